/**
 * `signals.reporter-update`: tell the reporter (if they left an e-mail) that their signal was picked
 * up or closed. The payload holds ids only; the address is decrypted here. The mail says nothing
 * about the person or what happens with them.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { sendMail } from "@/lib/mail/transport";
import { withTenant } from "@/lib/db/tenant";
import { appendSignalAudit } from "@/lib/audit/signal-audit";
import { dec } from "../server/common";

export const ZReporterUpdate = z.object({
  gemeenteId: z.uuid(),
  signalId: z.uuid(),
  status: z.enum(["OPGEPAKT", "AFGESLOTEN"]),
});

export const REPORTER_MAIL = {
  OPGEPAKT: {
    subject: "Uw zorg is opgepakt",
    text: "Bedankt dat u uw zorg heeft doorgegeven.\n\nWe laten u weten dat iemand ermee aan de slag is gegaan.\nOm de privacy te beschermen vertellen we niet wat er gebeurt.\n\nMet vriendelijke groet,\nHet signaalpunt",
  },
  AFGESLOTEN: {
    subject: "Uw zorg is afgerond",
    text: "Bedankt dat u uw zorg heeft doorgegeven.\n\nWe hebben de melding afgerond.\nOm de privacy te beschermen vertellen we niet wat er is gebeurd.\n\nMet vriendelijke groet,\nHet signaalpunt",
  },
} as const;

export const reporterUpdateJob = defineJob(
  "signals.reporter-update",
  ZReporterUpdate,
  async ({ gemeenteId, signalId, status }) => {
    const to = await withTenant({ gemeenteId }, async (db) => {
      const row = await db.signal.findFirst({ where: { id: signalId }, select: { reporterEmailEnc: true, erasedAt: true } });
      if (!row || row.erasedAt || !row.reporterEmailEnc) return null;
      await appendSignalAudit(db, { gemeenteId, signalId, actorUserId: "system:reporter-update", action: "signal.reporter-mail", detail: { status } });
      return dec(gemeenteId, signalId, "reporterEmail", row.reporterEmailEnc);
    });
    if (!to) return { sent: false };
    const m = REPORTER_MAIL[status];
    await sendMail({ to, subject: m.subject, text: m.text });
    return { sent: true };
  },
  { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
);
