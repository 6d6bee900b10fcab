/** What entrepreneurs contribute (in kind only), and the gemeente's propositie (what it offers). */
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { notFound } from "@/lib/result";
import { checkContributionType, checkNotStopped } from "../principles";
import { ZContribution, ZPropositionItem, ZUpdatePropositionItem } from "../schemas";
import { DEFAULT_PROPOSITION } from "../templates";
import { assertCan, loadVestiging, parseEngagementInput, parseId } from "./access";
import { holdIfScreened } from "./screen";

/** Add a contribution from the menu. Money, donations and sponsoring are refused (PRINCIPLE_NO_SPONSORSHIP). */
export async function addContribution(ctx: TenantContext, vestigingId: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZContribution, input, { money: true });
  const type = checkContributionType(data.type);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, vestigingId);
    checkNotStopped(v);
    const row = await db.contribution.create({
      data: { gemeenteId: ctx.gemeente.id, vestigingId: v.id, type, description: data.description, createdById: ctx.userId },
    });
    await holdIfScreened(db, ctx, v.id, "een bijdrage", [data.description]);
    return row;
  });
}

/**
 * Self-service: the entrepreneur replaces the list of contribution types of their own vestiging.
 * Same rules as addContribution (in kind only; a stopped relation changes nothing). Inside the
 * caller's transaction (updateOwnProfile).
 */
export async function replaceContributionsInTx(
  db: Db,
  ctx: TenantContext,
  v: { id: string; stoppedAt: Date | null },
  types: readonly unknown[],
) {
  checkNotStopped(v);
  const checked = [...new Set(types.map((t) => checkContributionType(t)))];
  const current = await db.contribution.findMany({ where: { vestigingId: v.id }, select: { id: true, type: true } });
  const keep = new Set(checked);
  const remove = current.filter((c) => !keep.has(c.type)).map((c) => c.id);
  if (remove.length) await db.contribution.deleteMany({ where: { id: { in: remove } } });
  const have = new Set(current.map((c) => c.type));
  for (const type of checked) {
    if (!have.has(type))
      await db.contribution.create({ data: { gemeenteId: ctx.gemeente.id, vestigingId: v.id, type, createdById: ctx.userId } });
  }
}

export async function removeContribution(ctx: TenantContext, id: unknown) {
  assertCan(ctx, "engagement:manage");
  return ctx.run(async (db) => {
    const c = await db.contribution.findFirst({ where: { id: parseId(id) } });
    if (!c) throw notFound();
    checkNotStopped(await loadVestiging(db, c.vestigingId));
    await db.contribution.delete({ where: { id: c.id } });
    return { id: c.id };
  });
}

export async function listContributions(ctx: TenantContext, vestigingId: unknown) {
  assertCan(ctx, "engagement:read");
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, vestigingId);
    return db.contribution.findMany({ where: { vestigingId: v.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  });
}

// ── Propositie ──────────────────────────────────────────────────────────────────────────────────

/** Fill the gemeente's propositie with the handreiking's voorbeeldpropositie when it is empty. */
async function ensureDefaultProposition(db: Db, gemeenteId: string) {
  if ((await db.propositionItem.count()) > 0) return;
  await db.propositionItem.createMany({ data: DEFAULT_PROPOSITION.map((title, position) => ({ gemeenteId, title, position })) });
}

export async function listProposition(ctx: TenantContext, opts: { includeInactive?: boolean } = {}) {
  assertCan(ctx, "engagement:read");
  return ctx.run(async (db) => {
    await ensureDefaultProposition(db, ctx.gemeente.id);
    return db.propositionItem.findMany({
      where: opts.includeInactive ? {} : { active: true },
      orderBy: [{ position: "asc" }, { title: "asc" }],
    });
  });
}

export async function addPropositionItem(ctx: TenantContext, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZPropositionItem, input);
  return ctx.run(async (db) => {
    const last = await db.propositionItem.aggregate({ _max: { position: true } });
    return db.propositionItem.create({
      data: { ...data, gemeenteId: ctx.gemeente.id, position: data.position ?? (last._max.position ?? -1) + 1 },
    });
  });
}

async function loadItem(db: Db, id: unknown) {
  const item = await db.propositionItem.findFirst({ where: { id: parseId(id) } });
  if (!item) throw notFound();
  return item;
}

export async function updatePropositionItem(ctx: TenantContext, id: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZUpdatePropositionItem, input);
  return ctx.run(async (db) => {
    const item = await loadItem(db, id);
    return db.propositionItem.update({ where: { id: item.id }, data });
  });
}

export async function removePropositionItem(ctx: TenantContext, id: unknown) {
  assertCan(ctx, "engagement:manage");
  return ctx.run(async (db) => {
    const item = await loadItem(db, id);
    await db.propositionItem.delete({ where: { id: item.id } });
    return { id: item.id };
  });
}
