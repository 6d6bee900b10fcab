/**
 * Agenda: plan events (coalition:manage), register (any logged-in member of the gemeente:
 * staff, ondernemers, partners), record attendance (coalition:manage), public listing.
 */
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { AppError, forbidden, notFound, parseInput, unauthenticated } from "@/lib/result";
import { auditActorId } from "@/modules/partners/server/audit";
import { ZEventInput, type TEvent } from "../schemas";
import type { IcsEvent } from "../ics";

const SELECT = { id: true, kind: true, title: true, description: true, location: true, startsAt: true, endsAt: true, capacity: true, public: true } as const;
type Row = { id: string; kind: TEvent["kind"]; title: string; description: string; location: string; startsAt: Date; endsAt: Date; capacity: number | null; public: boolean };

function toDto(r: Row, registrations: number, mine: boolean): TEvent {
  return { ...r, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString(), registrations, registeredByMe: mine };
}

const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

export async function createEvent(ctx: TenantContext, input: unknown): Promise<TEvent> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZEventInput, input);
  return ctx.run(async (db) => {
    const row = await db.event.create({ data: { ...data, gemeenteId: ctx.gemeente.id, createdById: ctx.userId }, select: SELECT });
    await db.auditEvent.create({ data: { gemeenteId: ctx.gemeente.id, actorId: auditActorId(ctx), action: "event.create", entity: "Event", entityId: row.id } });
    return toDto(row, 0, false);
  });
}

/** The agenda for members: upcoming first, then the past. Permission gemeente:read. */
export async function listEvents(ctx: TenantContext): Promise<TEvent[]> {
  if (!can(ctx.role, "gemeente:read")) throw forbidden();
  return ctx.run(async (db) => {
    const rows = await db.event.findMany({ select: { ...SELECT, _count: { select: { registrations: true } } }, orderBy: { startsAt: "asc" } });
    const mine = ctx.userId
      ? new Set((await db.eventRegistration.findMany({ where: { userId: ctx.userId }, select: { eventId: true } })).map((r) => r.eventId))
      : new Set<string>();
    return rows.map(({ _count, ...r }) => toDto(r, _count.registrations, mine.has(r.id)));
  });
}

export const EVENT_FULL = "Deze bijeenkomst is vol. Vraag de regisseur of er nog een plek bij kan.";
export const EVENT_PAST = "Deze bijeenkomst is al voorbij. Aanmelden kan niet meer.";

/** The acting user registers. Capacity is checked under a row lock on the event (no overbooking). */
export async function registerForEvent(ctx: TenantContext, eventId: unknown, now = new Date()): Promise<{ registrations: number }> {
  if (!can(ctx.role, "gemeente:read")) throw forbidden();
  if (!ctx.userId) throw unauthenticated();
  if (!validId(eventId)) throw notFound();
  const userId = ctx.userId;
  return ctx.run(async (db) => {
    const locked = await db.$queryRaw<{ id: string; capacity: number | null; endsAt: Date }[]>`
      SELECT id, capacity, "endsAt" FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    const event = locked[0];
    if (!event) throw notFound();
    if (event.endsAt.getTime() < now.getTime()) throw new AppError("EVENT_PAST", EVENT_PAST, { status: 409 });
    const existing = await db.eventRegistration.findFirst({ where: { eventId, userId }, select: { id: true } });
    if (!existing) {
      const count = await db.eventRegistration.count({ where: { eventId } });
      if (event.capacity !== null && count >= event.capacity) throw new AppError("EVENT_FULL", EVENT_FULL, { status: 409 });
      await db.eventRegistration.create({ data: { gemeenteId: ctx.gemeente.id, eventId, userId } });
    }
    return { registrations: await db.eventRegistration.count({ where: { eventId } }) };
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
    return { registrations: await db.eventRegistration.count({ where: { eventId } }) };
  });
}

export type Registrant = { registrationId: string; name: string; attended: boolean };

/** Who registered (names of members, not residents). Permission coalition:manage. */
export async function listRegistrants(ctx: TenantContext, eventId: unknown): Promise<Registrant[]> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  return ctx.run(async (db) => {
    const event = await db.event.findFirst({ where: { id: eventId }, select: { id: true } });
    if (!event) throw notFound();
    const rows = await db.eventRegistration.findMany({ where: { eventId }, select: { id: true, attended: true, user: { select: { name: true } } }, orderBy: { createdAt: "asc" } });
    return rows.map((r) => ({ registrationId: r.id, name: r.user.name, attended: r.attended }));
  });
}

/** Set attendance for the given registrations of one event (the others become "not attended"). */
export async function recordAttendance(ctx: TenantContext, eventId: unknown, attendedRegistrationIds: unknown): Promise<{ attended: number }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(eventId)) throw notFound();
  const ids = Array.isArray(attendedRegistrationIds) ? attendedRegistrationIds.filter(validId) : [];
  return ctx.run(async (db) => {
    const event = await db.event.findFirst({ where: { id: eventId }, select: { id: true } });
    if (!event) throw notFound();
    await db.eventRegistration.updateMany({ where: { eventId }, data: { attended: false } });
    const res = await db.eventRegistration.updateMany({ where: { eventId, id: { in: ids } }, data: { attended: true } });
    await db.auditEvent.create({ data: { gemeenteId: ctx.gemeente.id, actorId: auditActorId(ctx), action: "event.attendance", entity: "Event", entityId: eventId } });
    return { attended: res.count };
  });
}

/** Public events from `from` on (public agenda page and .ics feed). Works with publicTenant(slug). */
export async function listPublicEvents(ctx: TenantContext, from = new Date(Date.now() - 30 * 86_400_000)): Promise<(IcsEvent & { kind: TEvent["kind"] })[]> {
  return ctx.run((db) =>
    db.event.findMany({
      where: { public: true, endsAt: { gte: from } },
      select: { id: true, kind: true, title: true, description: true, location: true, startsAt: true, endsAt: true, updatedAt: true },
      orderBy: { startsAt: "asc" },
    }),
  );
}
