/**
 * Vasthouden: relations that are due for contact, milestones, and the exposure list that
 * celebrated milestones feed (one rule for everyone: same fields, alphabetical).
 */
import { compareByNameKey } from "@/lib/names";
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { notFound } from "@/lib/result";
import { ACTIVE_STEPS } from "../labels";
import { EXPOSABLE_VESTIGING_WHERE } from "./exposure";
import { ZEngagementSettings, ZExposureQuery, ZMilestone } from "../schemas";
import { assertCan, loadVestiging, parseEngagementInput, parseId } from "./access";
import { writeSettings } from "@/modules/gemeenten/server";
import { holdIfScreened } from "./screen";

const DEFAULT_DUE_WEEKS = 6;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

type Settings = { engagement?: { dueWeeks?: unknown } };

export function dueWeeksFrom(settings: unknown): number {
  const w = (settings as Settings | null)?.engagement?.dueWeeks;
  return typeof w === "number" && Number.isInteger(w) && w >= 1 && w <= 52 ? w : DEFAULT_DUE_WEEKS;
}

export async function getEngagementSettings(ctx: TenantContext) {
  assertCan(ctx, "engagement:read");
  return ctx.run(async (db) => {
    const g = await db.gemeente.findUnique({ where: { id: ctx.gemeente.id }, select: { settings: true } });
    return { dueWeeks: dueWeeksFrom(g?.settings) };
  });
}

/** Only the engagement part of the gemeente settings; a setting to close joining is refused. */
export async function updateEngagementSettings(ctx: TenantContext, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZEngagementSettings, input);
  return ctx.run(async (db) => {
    await writeSettings(db, ctx.gemeente.id, { dueWeeks: data.dueWeeks }, { part: "engagement" });
    return { dueWeeks: data.dueWeeks };
  });
}

export type DueRelation = {
  id: string;
  name: string;
  step: string;
  accountHolderId: string | null;
  lastContactAt: Date | null;
  weeksWithoutContact: number | null;
};

/** Work inside an existing transaction (jobs use this with withTenant). */
export async function findDueRelationsInTx(db: Db, gemeenteId: string, now: Date): Promise<DueRelation[]> {
  const g = await db.gemeente.findUnique({ where: { id: gemeenteId }, select: { settings: true } });
  const threshold = new Date(now.getTime() - dueWeeksFrom(g?.settings) * WEEK_MS);
  const rows = await db.vestiging.findMany({
    where: {
      step: { in: [...ACTIVE_STEPS] },
      stoppedAt: null,
      parkedAt: null,
      OR: [
        { lastContactAt: { lt: threshold } },
        { lastContactAt: null, OR: [{ activeSince: { lt: threshold } }, { activeSince: null, updatedAt: { lt: threshold } }] },
      ],
    },
    orderBy: [{ lastContactAt: { sort: "asc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, step: true, accountHolderId: true, lastContactAt: true },
  });
  return rows.map((r) => ({
    ...r,
    weeksWithoutContact: r.lastContactAt ? Math.floor((now.getTime() - r.lastContactAt.getTime()) / WEEK_MS) : null,
  }));
}

/** Relations in vasthouden/versterken without contact for N weeks (gemeente setting, default 6). */
export async function findDueRelations(ctx: TenantContext, now = new Date()): Promise<DueRelation[]> {
  assertCan(ctx, "engagement:read");
  return ctx.run((db) => findDueRelationsInTx(db, ctx.gemeente.id, now));
}

/** Group due relations per accounthouder, for the e-mail digest. Relations without one go under null. */
export function groupByAccountHolder(rows: DueRelation[]): Map<string | null, DueRelation[]> {
  const out = new Map<string | null, DueRelation[]>();
  for (const r of rows) {
    const list = out.get(r.accountHolderId) ?? [];
    list.push(r);
    out.set(r.accountHolderId, list);
  }
  return out;
}

export async function recordMilestone(ctx: TenantContext, vestigingId: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZMilestone, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, vestigingId);
    const row = await db.milestone.create({ data: { ...data, gemeenteId: ctx.gemeente.id, vestigingId: v.id, recordedById: ctx.userId } });
    await holdIfScreened(db, ctx, v.id, "een mijlpaal", [data.title, data.description]);
    return row;
  });
}

/** Mark a milestone as celebrated: it then feeds the exposure list (if the relation is active). */
export async function celebrateMilestone(ctx: TenantContext, id: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  return ctx.run(async (db) => {
    const m = await db.milestone.findFirst({ where: { id: parseId(id) } });
    if (!m) throw notFound();
    return db.milestone.update({ where: { id: m.id }, data: { celebrated: true, celebratedAt: m.celebratedAt ?? now } });
  });
}

/** The one rule for "active collaboration" = the exposure predicate (./exposure.ts). */
export const ACTIVE_COLLABORATION_WHERE = EXPOSABLE_VESTIGING_WHERE;

/**
 * Exposure list for the newsletter and website: celebrated milestones of active collaborations.
 * Equal treatment: the same fields for every entry, alphabetical by name, no ranking input.
 */
export async function exposureList(ctx: TenantContext, input: unknown = {}) {
  assertCan(ctx, "engagement:read");
  parseEngagementInput(ZExposureQuery, input, { exposure: true });
  const rows = await ctx.run((db) =>
    db.milestone.findMany({
      where: { celebrated: true, vestiging: ACTIVE_COLLABORATION_WHERE },
      select: {
        title: true,
        achievedAt: true,
        vestiging: { select: { name: true, sortName: true, organisation: { select: { name: true } } } },
      },
    }),
  );
  // Alphabetical on the name's sort key (no leading punctuation, case or accents), like the public register.
  return rows
    .sort(
      (a, b) =>
        compareByNameKey({ key: a.vestiging.sortName, name: a.vestiging.name }, { key: b.vestiging.sortName, name: b.vestiging.name }) ||
        a.achievedAt.getTime() - b.achievedAt.getTime() ||
        a.title.localeCompare(b.title, "nl"),
    )
    .map((m) => ({ name: m.vestiging.name, organisation: m.vestiging.organisation.name, milestone: m.title, date: m.achievedAt }));
}
