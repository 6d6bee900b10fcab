/**
 * `signals.reporter-feedback`: after a signal is closed, ask the reporter (if they left an e-mail)
 * one question — did this help? — through a single-use link (server/feedback.ts). Ids only in the
 * payload. No mail for an erased or restricted signal, one without an address (erased by retention)
 * or one that is no longer closed.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { sendMail } from "@/lib/mail/transport";
import { withTenant } from "@/lib/db/tenant";
import { appendSignalAudit } from "@/lib/audit/signal-audit";
import { appUrl } from "@/lib/env";
import { dec } from "../server/common";
import { createFeedbackRequest, FEEDBACK_LINK_DAYS } from "../server/feedback";

const ZReporterFeedback = z.object({ gemeenteId: z.uuid(), signalId: z.uuid() });

function feedbackMail(gemeenteName: string, link: string) {
  return {
    subject: "Heeft het geholpen? Eén vraag over uw zorg",
    text:
      `Bedankt dat u een zorg over iemand heeft doorgegeven aan de gemeente ${gemeenteName}.\n\n` +
      "We hebben uw zorg afgerond. We willen graag weten: heeft het geholpen?\n" +
      `Beantwoord één vraag via deze link (werkt één keer, ${FEEDBACK_LINK_DAYS} dagen geldig, u hoeft niet in te loggen):\n\n${link}\n\n` +
      "We koppelen uw antwoord niet aan uw zorg of aan de persoon.\n\n" +
      `Met vriendelijke groet,\nGemeente ${gemeenteName}`,
  };
}

export const reporterFeedbackJob = defineJob(
  "signals.reporter-feedback",
  ZReporterFeedback,
  async ({ gemeenteId, signalId }) => {
    const r = await withTenant({ gemeenteId }, async (db) => {
      const row = await db.signal.findFirst({
        where: { id: signalId },
        select: { reporterEmailEnc: true, erasedAt: true, restricted: true, status: true, closedAt: true },
      });
      if (!row || row.erasedAt || row.restricted || !row.reporterEmailEnc || row.status !== "AFGESLOTEN" || !row.closedAt) return null;
      const g = await db.gemeente.findUnique({ where: { id: gemeenteId }, select: { slug: true, name: true } });
      if (!g) return null;
      const token = await createFeedbackRequest(db, gemeenteId, row.closedAt);
      await appendSignalAudit(db, {
        gemeenteId,
        signalId,
        actorUserId: "system:reporter-feedback",
        action: "signal.feedback-mail",
        detail: {},
      });
      return { to: dec(gemeenteId, signalId, "reporterEmail", row.reporterEmailEnc), token, g };
    });
    if (!r?.to) return { sent: false };
    const link = `${appUrl()}/g/${r.g.slug}/zorgen/reactie?t=${encodeURIComponent(r.token)}`;
    await sendMail({ to: r.to, ...feedbackMail(r.g.name, link) });
    return { sent: true };
  },
  { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
);
