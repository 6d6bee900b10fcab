/**
 * Registrations without an account — the one core for both ways in (framework-free):
 *
 * - a personal invitation link (issue 16 item 5): signed per EventInvitation (tokens.ts, purpose
 *   "invite"), registers and unregisters that invitee for that one event. An invitee who has an
 *   account (invitation.userId) is registered as that member; anyone else as an EventGuest.
 * - the public agenda (issue 17 item 4): name and e-mail address for a public event; a confirmation
 *   mail carries a signed cancel link (purpose "cancel") that removes that one registration, so it
 *   works once. Throttled per client address (EventRateLimit, the address only as a keyed hash).
 *
 * THE CAPACITY RULE: every registration (member or guest) is made while holding a row lock on the
 * event (SELECT … FOR UPDATE) and after counting both tables under that lock, so concurrent
 * registrations queue and the last place is given once. One registration per event and address
 * (unique index); the address is stored lower-cased (CHECK constraint).
 */
import { createHmac } from "node:crypto";
import { z } from "zod";
import { withTenant, type Db } from "@/lib/db/tenant";
import { hitWindowCounter } from "@/lib/db/window-counter";
import type { TenantContext } from "@/lib/auth/context";
import { authSecret } from "@/lib/auth/secret";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { appUrl } from "@/lib/env";
import { isEmailAddress } from "@/lib/text/email";
import { AppError, notFound, parseInput } from "@/lib/result";
import { FROM_EXPOSABLE_SOURCE_WHERE } from "@/modules/engagement/server";
import { EVENT_CANCELLED, EVENT_FULL, EVENT_PAST } from "./events";
import { signEventToken, tokenExpiry, verifyEventToken } from "./tokens";
import { buildGuestConfirmationMail } from "../jobs/mail-text";
import type { EventKind } from "@/generated/prisma/enums";

const PUBLIC_EVENT_FULL = "Deze bijeenkomst is vol. Aanmelden kan niet meer.";
const LINK_INVALID = "Deze link klopt niet. Gebruik de link uit uw e-mail, of vraag de gemeente om een nieuwe.";
const LINK_EXPIRED = "Deze link is verlopen: de bijeenkomst is voorbij.";
const TOO_MANY = "U heeft al vaak aangemeld vanaf dit adres. Probeer het over een uur opnieuw.";

/** At most `max` public registrations per window per client address and gemeente. */
export const GUEST_LIMIT = { max: 10, windowSeconds: 3_600 };

const ZGuestInput = z.object({
  name: z
    .string({ error: "Vul uw naam in." })
    .trim()
    .min(1, { error: "Vul uw naam in." })
    .max(120, { error: "Uw naam mag hoogstens 120 tekens hebben." })
    .refine((v) => /\S/u.test(v), { error: "Vul uw naam in." }),
  email: z
    .string({ error: "Vul uw e-mailadres in." })
    .trim()
    .toLowerCase()
    .refine((v) => v.length > 0, { error: "Vul uw e-mailadres in." })
    .refine((v) => v.length === 0 || isEmailAddress(v), { error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl." }),
});

type LockedEvent = {
  id: string;
  kind: EventKind;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  cancelledAt: Date | null;
  public: boolean;
};

/** Lock the event row for this transaction (registrations queue behind it). */
async function lockEvent(db: Db, eventId: string): Promise<LockedEvent | null> {
  const rows = await db.$queryRaw<LockedEvent[]>`
    SELECT id, kind, title, description, location, "startsAt", "endsAt", capacity, "cancelledAt", public FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Places taken: members and guests together. */
export async function placesTaken(db: Db, eventId: string): Promise<number> {
  const [members, guests] = await Promise.all([
    db.eventRegistration.count({ where: { eventId } }),
    db.eventGuest.count({ where: { eventId } }),
  ]);
  return members + guests;
}

function assertOpen(e: LockedEvent, now: Date, fullMessage = EVENT_FULL) {
  if (e.cancelledAt) throw new AppError("EVENT_CANCELLED", EVENT_CANCELLED, { status: 409 });
  if (e.endsAt.getTime() < now.getTime()) throw new AppError("EVENT_PAST", EVENT_PAST, { status: 409 });
  return (taken: number) => {
    if (e.capacity !== null && taken >= e.capacity) throw new AppError("EVENT_FULL", fullMessage, { status: 409 });
  };
}

function limiterKey(gemeenteId: string, address: string) {
  return createHmac("sha256", authSecret()).update(`event-guest-rl|${gemeenteId}|${address}`).digest("hex");
}

/** Count one public registration attempt for this address; true while within the limit. Atomic. */
async function hitGuestLimit(gemeenteId: string, address: string): Promise<boolean> {
  return (await hitWindowCounter("EventRateLimit", limiterKey(gemeenteId, address), GUEST_LIMIT.windowSeconds)) <= GUEST_LIMIT.max;
}

const cancelLink = (slug: string, guestId: string, gemeenteId: string, endsAt: Date) =>
  `${appUrl()}/g/${slug}/aanmelding/${signEventToken("cancel", guestId, gemeenteId, tokenExpiry(endsAt))}`;
export const invitationLink = (slug: string, invitationId: string, gemeenteId: string, endsAt: Date) =>
  `${appUrl()}/g/${slug}/uitnodiging/${signEventToken("invite", invitationId, gemeenteId, tokenExpiry(endsAt))}`;

/**
 * A visitor registers for a public event with name and e-mail address (public context). Within
 * capacity; a confirmation mail with a cancel link follows. Registering twice with one address
 * changes nothing and sends the confirmation again (the answer does not tell whether the address was
 * registered already).
 */
export async function registerPublicGuest(
  ctx: TenantContext,
  eventId: unknown,
  input: unknown,
  clientAddress: string,
  now = new Date(),
): Promise<{ registered: true }> {
  if (typeof eventId !== "string" || eventId.length === 0 || eventId.length > 64) throw notFound();
  const data = parseInput(ZGuestInput, input);
  if (!(await hitGuestLimit(ctx.gemeente.id, clientAddress))) throw new AppError("RATE_LIMITED", TOO_MANY, { status: 429 });
  const result = await ctx.run(async (db) => {
    const e = await lockEvent(db, eventId);
    // Only what the public agenda shows: public, and hosted by an entrepreneur only while they may be shown.
    const visible =
      e && e.public
        ? await db.event.findFirst({ where: { id: eventId, public: true, ...FROM_EXPOSABLE_SOURCE_WHERE }, select: { id: true } })
        : null;
    if (!e || !visible) throw notFound();
    const checkRoom = assertOpen(e, now, PUBLIC_EVENT_FULL);
    let guest = await db.eventGuest.findFirst({ where: { eventId, email: data.email }, select: { id: true, name: true } });
    if (!guest) {
      checkRoom(await placesTaken(db, eventId));
      guest = await db.eventGuest.create({
        data: { gemeenteId: ctx.gemeente.id, eventId, name: data.name, email: data.email, source: "PUBLIEK" },
        select: { id: true, name: true },
      });
    }
    return { guest, event: e };
  });
  const mail = buildGuestConfirmationMail({
    gemeenteName: ctx.gemeente.name,
    name: result.guest.name,
    event: result.event,
    cancelLink: cancelLink(ctx.gemeente.slug, result.guest.id, ctx.gemeente.id, result.event.endsAt),
  });
  await enqueueJob(mailSendJob, { to: data.email, ...mail });
  return { registered: true };
}

export type GuestCancelView =
  | { state: "invalid" | "expired" | "gone" }
  | { state: "registered"; name: string; event: { title: string; startsAt: Date; endsAt: Date; location: string } };

function tokenFailure(reason: "INVALID" | "EXPIRED") {
  return { state: reason === "EXPIRED" ? ("expired" as const) : ("invalid" as const) };
}

/** What the cancel link shows (read only; a GET never cancels: mail scanners follow links). */
export async function viewGuestCancel(slugGemeenteId: string, token: unknown, now = new Date()): Promise<GuestCancelView> {
  const t = verifyEventToken("cancel", token, now);
  if (!t.ok) return tokenFailure(t.reason);
  if (t.gemeenteId !== slugGemeenteId) return { state: "invalid" };
  const g = await withTenant({ gemeenteId: t.gemeenteId }, (db) =>
    db.eventGuest.findFirst({
      where: { id: t.id },
      select: { name: true, event: { select: { title: true, startsAt: true, endsAt: true, location: true } } },
    }),
  );
  return g ? { state: "registered", name: g.name, event: g.event } : { state: "gone" };
}

/** The cancel link's button: removes that one registration. A second use finds nothing. */
export async function cancelGuestByToken(slugGemeenteId: string, token: unknown, now = new Date()): Promise<{ cancelled: boolean }> {
  const t = verifyEventToken("cancel", token, now);
  if (!t.ok) throw new AppError("VALIDATION", t.reason === "EXPIRED" ? LINK_EXPIRED : LINK_INVALID, { status: 400 });
  if (t.gemeenteId !== slugGemeenteId) throw new AppError("VALIDATION", LINK_INVALID, { status: 400 });
  return withTenant({ gemeenteId: t.gemeenteId }, async (db) => {
    const res = await db.eventGuest.deleteMany({ where: { id: t.id } });
    return { cancelled: res.count === 1 };
  });
}

export type InvitationView =
  | { state: "invalid" | "expired" }
  | {
      state: "open" | "cancelled" | "past";
      name: string;
      registered: boolean;
      full: boolean;
      event: { kind: EventKind; title: string; description: string; location: string; startsAt: Date; endsAt: Date };
    };

async function invitationFor(db: Db, invitationId: string) {
  return db.eventInvitation.findFirst({
    where: { id: invitationId },
    select: { id: true, eventId: true, email: true, name: true, userId: true },
  });
}

async function isRegistered(db: Db, inv: { eventId: string; email: string; userId: string | null }) {
  if (inv.userId) {
    const r = await db.eventRegistration.findFirst({ where: { eventId: inv.eventId, userId: inv.userId }, select: { id: true } });
    if (r) return true;
  }
  return (await db.eventGuest.count({ where: { eventId: inv.eventId, email: inv.email } })) > 0;
}

/** What the personal invitation link shows. */
export async function viewInvitation(slugGemeenteId: string, token: unknown, now = new Date()): Promise<InvitationView> {
  const t = verifyEventToken("invite", token, now);
  if (!t.ok) return tokenFailure(t.reason);
  if (t.gemeenteId !== slugGemeenteId) return { state: "invalid" };
  return withTenant({ gemeenteId: t.gemeenteId }, async (db) => {
    const inv = await invitationFor(db, t.id);
    if (!inv) return { state: "invalid" as const };
    const event = await db.event.findFirst({
      where: { id: inv.eventId },
      select: {
        kind: true,
        title: true,
        description: true,
        location: true,
        startsAt: true,
        endsAt: true,
        capacity: true,
        cancelledAt: true,
      },
    });
    if (!event) return { state: "invalid" as const };
    const registered = await isRegistered(db, inv);
    const full = event.capacity !== null && (await placesTaken(db, inv.eventId)) >= event.capacity;
    const state = event.cancelledAt
      ? ("cancelled" as const)
      : event.endsAt.getTime() < now.getTime()
        ? ("past" as const)
        : ("open" as const);
    const shown = {
      kind: event.kind,
      title: event.title,
      description: event.description,
      location: event.location,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
    };
    return { state, name: inv.name, registered, full, event: shown };
  });
}

/** "Ik kom" / "Ik kom niet" through the personal link. Within capacity; repeatable. */
export async function respondToInvitation(
  slugGemeenteId: string,
  token: unknown,
  answer: unknown,
  now = new Date(),
): Promise<{ registered: boolean }> {
  const t = verifyEventToken("invite", token, now);
  if (!t.ok) throw new AppError("VALIDATION", t.reason === "EXPIRED" ? LINK_EXPIRED : LINK_INVALID, { status: 400 });
  if (t.gemeenteId !== slugGemeenteId) throw new AppError("VALIDATION", LINK_INVALID, { status: 400 });
  if (answer !== "ja" && answer !== "nee") throw new AppError("VALIDATION", "Kies of u komt.", { status: 400 });
  return withTenant({ gemeenteId: t.gemeenteId }, async (db) => {
    const inv = await invitationFor(db, t.id);
    if (!inv) throw new AppError("VALIDATION", LINK_INVALID, { status: 400 });
    const e = await lockEvent(db, inv.eventId);
    if (!e) throw new AppError("VALIDATION", LINK_INVALID, { status: 400 });
    if (answer === "nee") {
      if (inv.userId) await db.eventRegistration.deleteMany({ where: { eventId: inv.eventId, userId: inv.userId } });
      await db.eventGuest.deleteMany({ where: { eventId: inv.eventId, email: inv.email } });
      return { registered: false };
    }
    const checkRoom = assertOpen(e, now);
    if (await isRegistered(db, inv)) return { registered: true };
    checkRoom(await placesTaken(db, inv.eventId));
    if (inv.userId) {
      await db.eventRegistration.create({ data: { gemeenteId: t.gemeenteId, eventId: inv.eventId, userId: inv.userId } });
    } else {
      await db.eventGuest.create({
        data: { gemeenteId: t.gemeenteId, eventId: inv.eventId, name: guestName(inv.name), email: inv.email, source: "UITNODIGING" },
      });
    }
    return { registered: true };
  });
}

/** Invitation names for entrepreneurs read "Naam (Vestiging)"; the guest list keeps it as it is. */
const guestName = (name: string) => (/\S/u.test(name) ? name : "Genodigde");
