/**
 * Agenda: plan events (coalition:manage), register (any logged-in member of the gemeente:
 * staff, ondernemers, partners), record attendance (coalition:manage), public listing.
 */
import type { z } from "zod";
import { FROM_EXPOSABLE_SOURCE_WHERE } from "@/modules/engagement/server";
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { AppError, forbidden, notFound, parseInput, unauthenticated } from "@/lib/result";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { cancelledNoticeJob } from "../jobs/notify-cancelled";
import { recordAudit } from "@/lib/audit/record";
import { ZCancelInput, ZCloseInput, ZEventInput, type TEvent, type ZRegistrant } from "../schemas";
import { placesTaken } from "./guests";
import type { IcsEvent } from "../ics";

const SELECT = {
  id: true,
  kind: true,
  title: true,
  description: true,
  location: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  public: true,
  cancelledAt: true,
  closedAt: true,
  walkIns: true,
  organisationsPresent: true,
  report: true,
} as const;
/** Registrations of members and of guests (no account): both take a place. */
const COUNTS = { _count: { select: { registrations: true, guests: true } } } as const;
type Row = {
  id: string;
  kind: TEvent["kind"];
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  public: boolean;
  cancelledAt: Date | null;
  closedAt: Date | null;
  walkIns: number;
  organisationsPresent: string[];
  report: string;
};

function toDto({ cancelledAt, closedAt, ...r }: Row, registrations: number, mine: boolean): TEvent {
  return {
    ...r,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    registrations,
    registeredByMe: mine,
    cancelled: cancelledAt !== null,
    closedAt: closedAt?.toISOString() ?? null,
  };
}
const taken = (c: { registrations: number; guests: number }) => c.registrations + c.guests;

const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

export async function createEvent(ctx: TenantContext, input: unknown): Promise<TEvent> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZEventInput, input);
  return ctx.run(async (db) => {
    const row = await db.event.create({ data: { ...data, gemeenteId: ctx.gemeente.id, createdById: ctx.userId }, select: SELECT });
    await recordAudit(db, ctx, { action: "event.create", entity: "Event", entityId: row.id });
    return toDto(row, 0, false);
  });
}

/** The agenda for members: upcoming first, then the past. Permission gemeente:read. */
export async function listEvents(ctx: TenantContext): Promise<TEvent[]> {
  if (!can(ctx.role, "gemeente:read")) throw forbidden();
  return ctx.run(async (db) => {
    const rows = await db.event.findMany({ select: { ...SELECT, ...COUNTS }, orderBy: { startsAt: "asc" } });
    const mine = ctx.userId
      ? new Set((await db.eventRegistration.findMany({ where: { userId: ctx.userId }, select: { eventId: true } })).map((r) => r.eventId))
      : new Set<string>();
    return rows.map(({ _count, ...r }) => toDto(r, taken(_count), mine.has(r.id)));
  });
}

export const EVENT_FULL = "Deze bijeenkomst is vol. Vraag de regisseur of er nog een plek bij kan.";
export const EVENT_PAST = "Deze bijeenkomst is al voorbij. Aanmelden kan niet meer.";
export const EVENT_CANCELLED = "Deze bijeenkomst gaat niet door. Aanmelden kan niet meer.";
const EVENT_CANCELLED_EDIT = "Deze bijeenkomst is afgelast. Wijzigen kan niet meer.";
const EVENT_ALREADY_CANCELLED = "Deze bijeenkomst is al afgelast.";
const capacityBelow = (n: number) => `Er zijn al ${n} aanmeldingen. Kies minstens ${n} plekken, of laat het veld leeg.`;

/** The acting user registers. Capacity is checked under a row lock on the event (no overbooking). */
export async function registerForEvent(ctx: TenantContext, eventId: unknown, now = new Date()): Promise<{ registrations: number }> {
  if (!can(ctx.role, "gemeente:read")) throw forbidden();
  if (!ctx.userId) throw unauthenticated();
  if (!validId(eventId)) throw notFound();
  const userId = ctx.userId;
  return ctx.run(async (db) => {
    const locked = await db.$queryRaw<{ id: string; capacity: number | null; endsAt: Date; cancelledAt: Date | null }[]>`
      SELECT id, capacity, "endsAt", "cancelledAt" FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    const event = locked[0];
    if (!event) throw notFound();
    if (event.cancelledAt) throw new AppError("EVENT_CANCELLED", EVENT_CANCELLED, { status: 409 });
    if (event.endsAt.getTime() < now.getTime()) throw new AppError("EVENT_PAST", EVENT_PAST, { status: 409 });
    const existing = await db.eventRegistration.findFirst({ where: { eventId, userId }, select: { id: true } });
    if (!existing) {
      const count = await placesTaken(db, eventId);
      if (event.capacity !== null && count >= event.capacity) throw new AppError("EVENT_FULL", EVENT_FULL, { status: 409 });
      await db.eventRegistration.create({ data: { gemeenteId: ctx.gemeente.id, eventId, userId } });
    }
    return { registrations: await placesTaken(db, eventId) };
  });
}

export async function cancelRegistration(ctx: TenantContext, eventId: unknown): Promise<{ registrations: number }> {
  if (!can(ctx.role, "gemeente:read")) throw forbidden();
  if (!ctx.userId) throw unauthenticated();
  if (!validId(eventId)) throw notFound();
  const userId = ctx.userId;
  return ctx.run(async (db) => {
    const event = await db.event.findFirst({ where: { id: eventId }, select: { id: true } });
    if (!event) throw notFound();
    await db.eventRegistration.deleteMany({ where: { eventId, userId } });
    return { registrations: await placesTaken(db, eventId) };
  });
}

/** A member (LID, with an account) or a guest (GAST: invitation link or public agenda, no account). */
export type Registrant = z.infer<typeof ZRegistrant>;

/** Who registered: members first, then guests without an account. Permission coalition:manage. */
export async function listRegistrants(ctx: TenantContext, eventId: unknown): Promise<Registrant[]> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  return ctx.run(async (db) => {
    const event = await db.event.findFirst({ where: { id: eventId }, select: { id: true } });
    if (!event) throw notFound();
    const rows = await db.eventRegistration.findMany({
      where: { eventId },
      select: { id: true, attended: true, user: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    });
    const guests = await db.eventGuest.findMany({
      where: { eventId },
      select: { id: true, name: true, attended: true },
      orderBy: { createdAt: "asc" },
    });
    return [
      ...rows.map((r) => ({ registrationId: r.id, name: r.user.name, attended: r.attended, kind: "LID" as const })),
      ...guests.map((g) => ({ registrationId: g.id, name: g.name, attended: g.attended, kind: "GAST" as const })),
    ];
  });
}

/** Set attendance for the given registrations of one event (the others become "not attended"). */
export async function recordAttendance(
  ctx: TenantContext,
  eventId: unknown,
  attendedRegistrationIds: unknown,
): Promise<{ attended: number }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  const ids = Array.isArray(attendedRegistrationIds) ? attendedRegistrationIds.filter(validId) : [];
  return ctx.run(async (db) => {
    const event = await db.event.findFirst({ where: { id: eventId }, select: { id: true } });
    if (!event) throw notFound();
    await db.eventRegistration.updateMany({ where: { eventId }, data: { attended: false } });
    const res = await db.eventRegistration.updateMany({ where: { eventId, id: { in: ids } }, data: { attended: true } });
    await recordAudit(db, ctx, { action: "event.attendance", entity: "Event", entityId: eventId });
    return { attended: res.count };
  });
}

/** Public events from `from` on (public agenda page and .ics feed). Works with publicTenant(slug). */
export async function listPublicEvents(
  ctx: TenantContext,
  from = new Date(Date.now() - 30 * 86_400_000),
): Promise<(IcsEvent & { kind: TEvent["kind"]; placesLeft: number | null })[]> {
  const rows = await ctx.run((db) =>
    db.event.findMany({
      // An event an entrepreneur hosts only while their vestiging may be shown (the one exposure predicate).
      where: { public: true, cancelledAt: null, endsAt: { gte: from }, ...FROM_EXPOSABLE_SOURCE_WHERE },
      select: {
        id: true,
        kind: true,
        title: true,
        description: true,
        location: true,
        startsAt: true,
        endsAt: true,
        updatedAt: true,
        capacity: true,
        ...COUNTS,
      },
      orderBy: { startsAt: "asc" },
    }),
  );
  // Places left (null: no limit); the registration itself counts again under a lock (guests.ts).
  return rows.map(({ capacity, _count, ...r }) => ({ ...r, placesLeft: capacity === null ? null : Math.max(0, capacity - taken(_count)) }));
}

/** One event with its registration count (for the edit screen). Permission coalition:manage. */
export async function getEvent(ctx: TenantContext, eventId: unknown): Promise<TEvent> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  return ctx.run(async (db) => {
    const row = await db.event.findFirst({ where: { id: eventId }, select: { ...SELECT, ...COUNTS } });
    if (!row) throw notFound();
    const { _count, ...r } = row;
    return toDto(r, taken(_count), false);
  });
}

/**
 * Change an event with the same schema as creating one. Locked like a registration, so the
 * capacity can never drop below the registrations already made. A cancelled event stays as it is.
 */
export async function updateEvent(ctx: TenantContext, eventId: unknown, input: unknown): Promise<TEvent> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  const data = parseInput(ZEventInput, input);
  return ctx.run(async (db) => {
    const locked = await db.$queryRaw<
      { id: string; cancelledAt: Date | null }[]
    >`SELECT id, "cancelledAt" FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    if (!locked[0]) throw notFound();
    if (locked[0].cancelledAt) throw new AppError("EVENT_CANCELLED", EVENT_CANCELLED_EDIT, { status: 409 });
    const registrations = await placesTaken(db, eventId);
    if (data.capacity !== null && data.capacity < registrations) {
      throw new AppError("VALIDATION", undefined, { fieldErrors: { capacity: [capacityBelow(registrations)] } });
    }
    const row = await db.event.update({ where: { id: eventId }, data, select: SELECT });
    await recordAudit(db, ctx, { action: "event.update", entity: "Event", entityId: eventId });
    return toDto(row, registrations, false);
  });
}

/**
 * Cancel an event: it stays on record, leaves the public agenda and the .ics feed, takes no more
 * registrations, and every registrant gets a mail (job `events.cancelled`, enqueued after commit).
 */
export async function cancelEvent(
  ctx: TenantContext,
  eventId: unknown,
  input: unknown = {},
  now = new Date(),
): Promise<{ id: string; title: string; notified: number }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  const { reason } = parseInput(ZCancelInput, input ?? {});
  const result = await ctx.run(async (db) => {
    const locked = await db.$queryRaw<
      { id: string; title: string; cancelledAt: Date | null }[]
    >`SELECT id, title, "cancelledAt" FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    const event = locked[0];
    if (!event) throw notFound();
    if (event.cancelledAt) throw new AppError("EVENT_ALREADY_CANCELLED", EVENT_ALREADY_CANCELLED, { status: 409 });
    await db.event.update({ where: { id: eventId }, data: { cancelledAt: now } });
    await recordAudit(db, ctx, { action: "event.cancel", entity: "Event", entityId: eventId });
    return { id: event.id, title: event.title, notified: await placesTaken(db, eventId) };
  });
  if (result.notified > 0) {
    await enqueueJob(
      cancelledNoticeJob,
      { gemeenteId: ctx.gemeente.id, eventId: result.id, reason },
      { onceKey: `cancelled:${result.id}` },
    );
  }
  return result;
}

const EVENT_NOT_STARTED = "Deze bijeenkomst is nog niet begonnen. Afsluiten kan pas als hij begonnen is.";

/**
 * Close a meeting or training with its attendance: which registrations (members and guests) were
 * there, how many came without registering (walk-ins, no account, not named), which organisations
 * were present and a short report. Can be done again to correct it. A training's attendance counts in
 * "Mensen getraind in signaleren" (plan/server/indicators.ts). Permission coalition:manage.
 */
export async function closeEvent(ctx: TenantContext, eventId: unknown, input: unknown, now = new Date()): Promise<{ attended: number }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  const data = parseInput(ZCloseInput, input);
  return ctx.run(async (db) => {
    const locked = await db.$queryRaw<
      { id: string; startsAt: Date; cancelledAt: Date | null }[]
    >`SELECT id, "startsAt", "cancelledAt" FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    const event = locked[0];
    if (!event) throw notFound();
    if (event.cancelledAt) throw new AppError("EVENT_CANCELLED", EVENT_CANCELLED_EDIT, { status: 409 });
    if (event.startsAt.getTime() > now.getTime()) throw new AppError("EVENT_NOT_STARTED", EVENT_NOT_STARTED, { status: 409 });
    const members = data.attended.filter((k) => k.startsWith("lid:")).map((k) => k.slice(4));
    const guests = data.attended.filter((k) => k.startsWith("gast:")).map((k) => k.slice(5));
    await db.eventRegistration.updateMany({ where: { eventId }, data: { attended: false } });
    await db.eventGuest.updateMany({ where: { eventId }, data: { attended: false } });
    const m = await db.eventRegistration.updateMany({ where: { eventId, id: { in: members } }, data: { attended: true } });
    const g = await db.eventGuest.updateMany({ where: { eventId, id: { in: guests } }, data: { attended: true } });
    await db.event.update({
      where: { id: eventId },
      data: { closedAt: now, walkIns: data.walkIns, organisationsPresent: data.organisations, report: data.report },
    });
    await recordAudit(db, ctx, { action: "event.close", entity: "Event", entityId: eventId });
    return { attended: m.count + g.count + data.walkIns };
  });
}
