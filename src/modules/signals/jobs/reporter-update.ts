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
import { nl } from "@/i18n/nl";
import { dec } from "../server/common";
import { formatLongDate } from "@/lib/text/dates";

const ZReporterUpdate = z.object({
  gemeenteId: z.uuid(),
  signalId: z.uuid(),
  status: z.enum(["OPGEPAKT", "AFGESLOTEN"]),
});

/** The day the worry was passed on, as the reporter reads it ("5 december 2026"). */
const reporterDate = (d: Date) => formatLongDate(d);

/** The mail for a status: names the gemeente and the day the worry was passed on (resident catalogue). */
function reporterMail(status: "OPGEPAKT" | "AFGESLOTEN", gemeenteName: string, filedAt: Date) {
  const m = nl.resident.reporterMail[status];
  return { subject: m.subject, text: m.text(gemeenteName, reporterDate(filedAt)) };
}

export const reporterUpdateJob = defineJob(
  "signals.reporter-update",
  ZReporterUpdate,
  async ({ gemeenteId, signalId, status }) => {
    const to = await withTenant({ gemeenteId }, async (db) => {
      const row = await db.signal.findFirst({
        where: { id: signalId },
        select: { reporterEmailEnc: true, erasedAt: true, createdAt: true },
      });
      if (!row || row.erasedAt || !row.reporterEmailEnc) return null;
      const g = await db.gemeente.findUnique({ where: { id: gemeenteId }, select: { name: true } });
      if (!g) return null;
      await appendSignalAudit(db, {
        gemeenteId,
        signalId,
        actorUserId: "system:reporter-update",
        action: "signal.reporter-mail",
        detail: { status },
      });
      return { address: dec(gemeenteId, signalId, "reporterEmail", row.reporterEmailEnc), gemeente: g.name, filedAt: row.createdAt };
    });
    if (!to?.address) return { sent: false };
    await sendMail({ to: to.address, ...reporterMail(status, to.gemeente, to.filedAt) });
    return { sent: true };
  },
  { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
);
