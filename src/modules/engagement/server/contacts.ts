/** Contact persons and contact moments (gespreksstarter: contact, doelgroep, rol, propositie, concrete actie). */
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { notFound } from "@/lib/result";
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
