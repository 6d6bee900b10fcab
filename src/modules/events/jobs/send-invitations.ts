/**
 * `events.send-invitations`: mail every invitation of one event that has not gone out yet. Each row
 * is claimed (sentAt set) before its mail is sent, so a retry or a second worker never sends twice;
 * if SMTP fails the claim is released and the job is retried. An entrepreneur who was paused or
 * stopped, or got an open twijfel, after the invitation was recorded is skipped (NOT_HELD_WHERE). A cancelled or past event sends nothing.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { sendMail } from "@/lib/mail/transport";
import { invitationLink } from "../server/guests";
import { buildInvitationMail } from "./mail-text";
import { NOT_HELD_WHERE } from "@/modules/engagement/server";

export const ZSendInvitationsPayload = z.object({ gemeenteId: z.uuid(), eventId: z.uuid() });

export async function sendInvitations({ gemeenteId, eventId }: z.infer<typeof ZSendInvitationsPayload>, now = new Date()) {
  const g = await platformDb().gemeente.findUnique({ where: { id: gemeenteId }, select: { id: true, slug: true, name: true } });
  if (!g) return { sent: 0, skipped: 0 };
  const event = await withTenant({ gemeenteId }, (db) =>
    db.event.findFirst({
      where: { id: eventId },
      select: { id: true, kind: true, title: true, description: true, location: true, startsAt: true, endsAt: true, cancelledAt: true },
    }),
  );
  if (!event || event.cancelledAt || event.endsAt.getTime() < now.getTime()) return { sent: 0, skipped: 0 };
  const pending = await withTenant({ gemeenteId }, (db) =>
    db.eventInvitation.findMany({
      where: { eventId, sentAt: null },
      select: { id: true, email: true, name: true, vestigingId: true },
      orderBy: { createdAt: "asc" },
    }),
  );
  let sent = 0;
  let skipped = 0;
  for (const inv of pending) {
    const claimed = await withTenant({ gemeenteId }, async (db) => {
      if (inv.vestigingId) {
        const v = await db.vestiging.findFirst({ where: { id: inv.vestigingId, ...NOT_HELD_WHERE }, select: { id: true } });
        if (!v) return "skip" as const;
      }
      const res = await db.eventInvitation.updateMany({ where: { id: inv.id, sentAt: null }, data: { sentAt: now } });
      return res.count === 1 ? ("claimed" as const) : ("taken" as const);
    });
    if (claimed === "skip") {
      skipped++;
      continue;
    }
    if (claimed === "taken") continue;
    try {
      // A personal, signed link per invitee: registers and unregisters without an account (guests.ts).
      const link = invitationLink(g.slug, inv.id, g.id, event.endsAt);
      await sendMail({ to: inv.email, ...buildInvitationMail({ gemeenteName: g.name, name: inv.name, event, link }) });
      sent++;
    } catch (error) {
      await withTenant({ gemeenteId }, (db) => db.eventInvitation.updateMany({ where: { id: inv.id }, data: { sentAt: null } }));
      throw error;
    }
  }
  return { sent, skipped };
}

export const sendInvitationsJob = defineJob("events.send-invitations", ZSendInvitationsPayload, (payload) => sendInvitations(payload), {
  retryLimit: 8,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 600,
});
