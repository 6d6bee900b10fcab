/**
 * `signals.assigned`: mail a worker that a signal was assigned to them (no personal data in it).
 * Not sent when the worker chose the daily digest (DAGELIJKS): the digest lists new assignments.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { sendMail } from "@/lib/mail/transport";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { appUrl } from "@/lib/env";
import { mailModesFor } from "../server/settings";

export const assignmentMailJob = defineJob(
  "signals.assigned",
  z.object({ gemeenteSlug: z.string().min(1).max(100), signalId: z.uuid(), userId: z.uuid() }),
  async ({ gemeenteSlug, signalId, userId }) => {
    const g = await platformDb().gemeente.findUnique({ where: { slug: gemeenteSlug }, select: { id: true } });
    if (!g) return { sent: false };
    const mode = await withTenant({ gemeenteId: g.id }, async (db) => (await mailModesFor(db, g.id, [userId])).get(userId));
    if (mode === "DAGELIJKS") return { sent: false, digest: true };
    const user = await platformDb().user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user?.email) return { sent: false };
    const base = appUrl();
    await sendMail({
      to: user.email,
      subject: "Er is een signaal aan jou toegewezen",
      text: `Er is een signaal aan jou toegewezen.\n\nBekijk het in de werklijst:\n${base}/app/${gemeenteSlug}/signalen/${signalId}\n`,
    });
    return { sent: true };
  },
  { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
);
