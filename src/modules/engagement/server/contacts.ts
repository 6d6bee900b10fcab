/** Contact persons and contact moments (gespreksstarter: contact, doelgroep, rol, propositie, concrete actie). */
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { AppError, notFound } from "@/lib/result";
import type { Prisma } from "@/generated/prisma/client";
import { ZContactMoment, ZContactPerson, ZUpdateContactMoment } from "../schemas";
import { assertCan, loadVestiging, parseEngagementInput, parseId } from "./access";

export async function addContactPerson(ctx: TenantContext, vestigingId: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZContactPerson, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, vestigingId);
    return db.contactPerson.create({ data: { ...data, email: data.email ?? null, gemeenteId: ctx.gemeente.id, vestigingId: v.id } });
  });
}

async function loadContactPerson(db: Db, id: unknown) {
  const p = await db.contactPerson.findFirst({ where: { id: parseId(id) } });
  if (!p) throw notFound();
  return p;
}

export async function updateContactPerson(ctx: TenantContext, id: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZContactPerson.partial(), input);
  return ctx.run(async (db) => {
    const p = await loadContactPerson(db, id);
    return db.contactPerson.update({ where: { id: p.id }, data });
  });
}

export async function removeContactPerson(ctx: TenantContext, id: unknown) {
  assertCan(ctx, "engagement:manage");
  return ctx.run(async (db) => {
    const p = await loadContactPerson(db, id);
    await db.contactPerson.delete({ where: { id: p.id } });
    return { id: p.id };
  });
}

/** Keep Vestiging.lastContactAt (used for "due" relations) at the latest contact moment. */
export async function touchLastContact(db: Db, vestigingId: string, at: Date) {
  await db.vestiging.updateMany({
    where: { id: vestigingId, OR: [{ lastContactAt: null }, { lastContactAt: { lt: at } }] },
    data: { lastContactAt: at },
  });
}

/** Record a visit, call, mail or meeting with the five gespreksstarter parts, outcome and next action. */
export async function recordContactMoment(ctx: TenantContext, vestigingId: unknown, input: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZContactMoment, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, vestigingId);
    const at = data.at ?? now;
    const moment = await db.contactMoment.create({
      data: { ...data, at, gemeenteId: ctx.gemeente.id, vestigingId: v.id, byUserId: ctx.userId },
    });
    await touchLastContact(db, v.id, at);
    return moment;
  });
}

async function loadContactMoment(db: Db, id: unknown) {
  const m = await db.contactMoment.findFirst({ where: { id: parseId(id) } });
  if (!m) throw notFound();
  return m;
}

export async function updateContactMoment(ctx: TenantContext, id: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZUpdateContactMoment, input);
  return ctx.run(async (db) => {
    const m = await loadContactMoment(db, id);
    return db.contactMoment.update({ where: { id: m.id }, data });
  });
}

export async function listContactMoments(ctx: TenantContext, vestigingId: unknown) {
  assertCan(ctx, "engagement:read");
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, vestigingId);
    return db.contactMoment.findMany({ where: { vestigingId: v.id }, orderBy: [{ at: "desc" }, { id: "asc" }] });
  });
}

/** Open next actions of this gemeente up to a date (for the ambtenaar's day list). */
export async function listNextActions(ctx: TenantContext, until: Date) {
  assertCan(ctx, "engagement:read");
  return ctx.run((db) =>
    db.contactMoment.findMany({
      where: { nextActionDate: { lte: until }, vestiging: { stoppedAt: null } },
      orderBy: [{ nextActionDate: "asc" }, { id: "asc" }],
      select: { id: true, nextAction: true, nextActionDate: true, vestiging: { select: { id: true, name: true, accountHolderId: true } } },
      take: 500,
    }),
  );
}

/**
 * "Mijn acties" — THE predicate of an open next action and whose it is: a contact moment with a next
 * action that is not done, on a relation that is not stopped; it belongs to the relation's
 * accounthouder, or (no accounthouder) to whoever recorded the moment. The overview page, the
 * entrepreneur page and the weekly digest all read this.
 */
const OPEN_NEXT_ACTION_WHERE = {
  nextAction: { not: null },
  nextActionDoneAt: null,
  vestiging: { stoppedAt: null },
} satisfies Prisma.ContactMomentWhereInput;

function nextActionsOfWhere(userId: string): Prisma.ContactMomentWhereInput {
  return {
    ...OPEN_NEXT_ACTION_WHERE,
    OR: [
      { vestiging: { accountHolderId: userId, stoppedAt: null } },
      { vestiging: { accountHolderId: null, stoppedAt: null }, byUserId: userId },
    ],
  };
}

const NEXT_ACTION_SELECT = {
  id: true,
  nextAction: true,
  nextActionDate: true,
  byUserId: true,
  vestiging: { select: { id: true, name: true, accountHolderId: true } },
} satisfies Prisma.ContactMomentSelect;

export type OpenNextAction = {
  id: string;
  action: string;
  date: Date | null;
  overdue: boolean;
  vestigingId: string;
  vestigingName: string;
  /** The accounthouder, or whoever recorded the moment when the relation has none. */
  ownerId: string | null;
};

/** Dated actions by date (overdue ones come first that way), then the undated ones. */
function toOpenActions(rows: Prisma.ContactMomentGetPayload<{ select: typeof NEXT_ACTION_SELECT }>[], now: Date): OpenNextAction[] {
  const startOfToday = new Date(now);
  startOfToday.setUTCHours(0, 0, 0, 0);
  return rows.map((r) => ({
    id: r.id,
    action: r.nextAction ?? "",
    date: r.nextActionDate,
    overdue: !!r.nextActionDate && r.nextActionDate < startOfToday,
    vestigingId: r.vestiging.id,
    vestigingName: r.vestiging.name,
    ownerId: r.vestiging.accountHolderId ?? r.byUserId,
  }));
}

const NEXT_ACTION_ORDER = [
  { nextActionDate: { sort: "asc", nulls: "last" } },
  { at: "asc" },
  { id: "asc" },
] satisfies Prisma.ContactMomentOrderByWithRelationInput[];

/** The signed-in person's open next actions, overdue first. */
export async function listMyNextActions(ctx: TenantContext, now = new Date()): Promise<OpenNextAction[]> {
  assertCan(ctx, "engagement:read");
  if (!ctx.userId) return [];
  const userId = ctx.userId;
  const rows = await ctx.run((db) =>
    db.contactMoment.findMany({ where: nextActionsOfWhere(userId), orderBy: NEXT_ACTION_ORDER, select: NEXT_ACTION_SELECT, take: 200 }),
  );
  return toOpenActions(rows, now);
}

/** Every open next action of the gemeente due by `until` (or undated), for the weekly digest (inside withTenant). */
export async function openNextActionsInTx(db: Db, now: Date, until: Date): Promise<OpenNextAction[]> {
  const rows = await db.contactMoment.findMany({
    where: { ...OPEN_NEXT_ACTION_WHERE, OR: [{ nextActionDate: null }, { nextActionDate: { lte: until } }] },
    orderBy: NEXT_ACTION_ORDER,
    select: NEXT_ACTION_SELECT,
    take: 5000,
  });
  return toOpenActions(rows, now);
}

/** Mark a next action done: when and by whom are recorded; done once (409 the second time). */
export async function completeNextAction(ctx: TenantContext, contactMomentId: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  const id = parseId(contactMomentId);
  return ctx.run(async (db) => {
    const m = await db.contactMoment.findFirst({ where: { id }, select: { id: true, nextAction: true, nextActionDoneAt: true } });
    if (!m) throw notFound();
    if (!m.nextAction) throw new AppError("VALIDATION", "Bij dit contactmoment staat geen volgende actie.");
    // Conditional update: two people clicking "Gedaan" at once record it once.
    const { count } = await db.contactMoment.updateMany({
      where: { id: m.id, nextActionDoneAt: null },
      data: { nextActionDoneAt: now, nextActionDoneById: ctx.userId ?? null },
    });
    if (count === 0) throw new AppError("CONFLICT", "Deze actie is al afgerond.");
    return { id: m.id, doneAt: now };
  });
}
