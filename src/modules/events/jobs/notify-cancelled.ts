/**
 * `events.cancelled`: tell everyone who registered for a cancelled event. One `mail.send` job per
 * registrant, each retried on its own and enqueued at most once per registration (onceKey): a failing
 * address or a retry of this job does not resend the others. Enqueued once per event (onceKey), only
 * by cancelEvent.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { buildCancelledMail } from "./mail-text";

export const ZCancelledPayload = z.object({ gemeenteId: z.uuid(), eventId: z.uuid(), reason: z.string().max(500).default("") });

export async function notifyCancelled({ gemeenteId, eventId, reason }: z.infer<typeof ZCancelledPayload>) {
  const g = await platformDb().gemeente.findUnique({ where: { id: gemeenteId }, select: { name: true } });
  if (!g) return { queued: 0 };
  const data = await withTenant({ gemeenteId }, async (db) => {
    const event = await db.event.findFirst({
      where: { id: eventId },
      select: { kind: true, title: true, description: true, location: true, startsAt: true, endsAt: true, cancelledAt: true },
    });
    if (!event?.cancelledAt) return null;
    const regs = await db.eventRegistration.findMany({
      where: { eventId },
      select: { id: true, user: { select: { email: true, name: true, disabledAt: true } } },
    });
    const guests = await db.eventGuest.findMany({ where: { eventId }, select: { id: true, name: true, email: true } });
    return { event, regs, guests };
  });
  if (!data) return { queued: 0 };
  let queued = 0;
  for (const r of data.regs) {
    if (r.user.disabledAt) continue;
    const mail = buildCancelledMail({ gemeenteName: g.name, name: r.user.name, event: data.event, reason });
    // null: this registrant's notice was queued before (a retry of this job); not counted again.
    if (await enqueueJob(mailSendJob, { to: r.user.email, ...mail }, { onceKey: `event-cancelled:${r.id}` })) queued++;
  }
  for (const guest of data.guests) {
    const mail = buildCancelledMail({ gemeenteName: g.name, name: guest.name, event: data.event, reason });
    if (await enqueueJob(mailSendJob, { to: guest.email, ...mail }, { onceKey: `event-cancelled-guest:${guest.id}` })) queued++;
  }
  return { queued };
}

export const cancelledNoticeJob = defineJob("events.cancelled", ZCancelledPayload, (payload) => notifyCancelled(payload), {
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 300,
});
