/**
 * Invitations by e-mail for one event. The regisseur picks groups (coalition circles, pipeline
 * steps); the recipients are resolved here on the server, recorded per event and e-mail address
 * (unique: a second press or a retry never invites twice) and mailed by the job
 * `events.send-invitations` after the transaction commits. Paused (geparkeerd) or stopped
 * entrepreneurs are never invited; the job checks that again right before it sends.
 */
import { NOT_HELD_WHERE } from "@/modules/engagement/server";
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { sendInvitationsJob } from "../jobs/send-invitations";
import { isEmailAddress } from "@/lib/text/email";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import { recordAudit } from "@/lib/audit/record";
import { ZInviteInput } from "../schemas";
import { EVENT_CANCELLED, EVENT_PAST } from "./events";

export type Recipient = {
  email: string;
  name: string;
  recipientKind: "LID" | "ONDERNEMER";
  userId: string | null;
  vestigingId: string | null;
};
export type TInvitation = { email: string; name: string; recipientKind: "LID" | "ONDERNEMER"; sentAt: string | null };

const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;
const norm = (e: string) => e.trim().toLowerCase();

/** Who the chosen groups are, right now. Exported for the job's re-check and for tests. */
export async function resolveRecipients(
  db: Db,
  input: { partnerCircles: string[]; entrepreneurCircles: string[]; entrepreneurSteps: string[] },
): Promise<Recipient[]> {
  const out = new Map<string, Recipient>();
  const add = (r: Recipient) => {
    const email = norm(r.email);
    if (isEmailAddress(email) && !out.has(email)) out.set(email, { ...r, email });
  };
  if (input.partnerCircles.length) {
    const members = await db.membership.findMany({
      where: { role: "PARTNER", coalitionPartner: { circle: { in: input.partnerCircles as never[] } }, user: { disabledAt: null } },
      select: { userId: true, user: { select: { email: true, name: true } } },
      orderBy: { createdAt: "asc" },
    });
    for (const m of members) add({ email: m.user.email, name: m.user.name, recipientKind: "LID", userId: m.userId, vestigingId: null });
  }
  const or = [
    ...(input.entrepreneurCircles.length ? [{ coalitionCircle: { in: input.entrepreneurCircles as never[] } }] : []),
    ...(input.entrepreneurSteps.length ? [{ step: { in: input.entrepreneurSteps as never[] } }] : []),
  ];
  if (or.length) {
    const vestigingen = await db.vestiging.findMany({
      // Never an entrepreneur who is held: stopped, parked or with an open twijfel (exposure predicate).
      where: { OR: or, ...NOT_HELD_WHERE },
      select: {
        id: true,
        name: true,
        organisationId: true,
        contactPersons: { where: { email: { not: null } }, select: { name: true, email: true }, orderBy: { createdAt: "asc" } },
      },
      orderBy: { name: "asc" },
    });
    const accounts = vestigingen.length
      ? await db.membership.findMany({
          where: { role: "ONDERNEMER", organisationId: { in: vestigingen.map((v) => v.organisationId) }, user: { disabledAt: null } },
          select: { userId: true, organisationId: true, user: { select: { email: true, name: true } } },
        })
      : [];
    for (const v of vestigingen) {
      for (const c of v.contactPersons)
        add({ email: c.email!, name: `${c.name} (${v.name})`, recipientKind: "ONDERNEMER", userId: null, vestigingId: v.id });
      for (const a of accounts.filter((x) => x.organisationId === v.organisationId)) {
        add({ email: a.user.email, name: `${a.user.name} (${v.name})`, recipientKind: "ONDERNEMER", userId: a.userId, vestigingId: v.id });
      }
    }
  }
  return [...out.values()];
}

const NO_RECIPIENTS = "In de gekozen groepen staat niemand met een e-mailadres. Kies een andere groep.";

/** Record invitations for the chosen groups and start the mail job. Returns how many are new. */
export async function inviteToEvent(
  ctx: TenantContext,
  eventId: unknown,
  input: unknown,
  now = new Date(),
): Promise<{ invited: number; alreadyInvited: number }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  const groups = parseInput(ZInviteInput, input);
  const result = await ctx.run(async (db) => {
    const event = await db.event.findFirst({ where: { id: eventId }, select: { id: true, endsAt: true, cancelledAt: true } });
    if (!event) throw notFound();
    if (event.cancelledAt) throw new AppError("EVENT_CANCELLED", EVENT_CANCELLED, { status: 409 });
    if (event.endsAt.getTime() < now.getTime()) throw new AppError("EVENT_PAST", EVENT_PAST, { status: 409 });
    const recipients = await resolveRecipients(db, groups);
    if (recipients.length === 0) throw new AppError("NO_RECIPIENTS", NO_RECIPIENTS, { status: 422 });
    const res = await db.eventInvitation.createMany({
      data: recipients.map((r) => ({ ...r, gemeenteId: ctx.gemeente.id, eventId, invitedById: ctx.userId })),
      skipDuplicates: true,
    });
    await recordAudit(db, ctx, { action: "event.invite", entity: "Event", entityId: eventId });
    return { invited: res.count, alreadyInvited: recipients.length - res.count };
  });
  if (result.invited > 0) await enqueueJob(sendInvitationsJob, { gemeenteId: ctx.gemeente.id, eventId });
  return result;
}

/** Who was invited to one event, and whether the mail went out. Permission coalition:manage. */
export async function listInvitations(ctx: TenantContext, eventId: unknown): Promise<TInvitation[]> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  return ctx.run(async (db) => {
    const event = await db.event.findFirst({ where: { id: eventId }, select: { id: true } });
    if (!event) throw notFound();
    const rows = await db.eventInvitation.findMany({
      where: { eventId },
      select: { email: true, name: true, recipientKind: true, sentAt: true },
      orderBy: { createdAt: "asc" },
    });
    return rows.map((r) => ({ ...r, sentAt: r.sentAt?.toISOString() ?? null }));
  });
}
