/** Plan of approach: status per theme/building block, SMART goals with live or manual values. */
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { AppError, forbidden, parseInput } from "@/lib/result";
import { signalCategoriesOf } from "@/modules/signals";
import { recordAudit } from "@/lib/audit/record";
import { PLAN_ITEMS, goalProgress, type PlanStatus } from "../plan-items";
import { ZPlanStatusInput, ZSmartGoalInput } from "../schemas";
import { categoryOfIndicator, type GoalIndicatorKey, type IndicatorKey } from "../indicator-keys";
import { computeIndicators, type Indicators } from "./indicators";
import { computeCategoryCounts } from "./signal-figures";

export type PlanItemView = { key: string; group: string; label: string; status: PlanStatus; note: string | null };
export type SmartGoalView = {
  id: string;
  title: string;
  indicator: GoalIndicatorKey | null;
  baseline: number;
  target: number;
  dueDate: string;
  current: number | null;
  source: string | null;
  progress: number | null;
};

export async function listPlanItems(ctx: TenantContext): Promise<PlanItemView[]> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const rows = await ctx.run((db) => db.planItemStatus.findMany({ select: { key: true, status: true, note: true } }));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return PLAN_ITEMS.map((i) => ({
    ...i,
    status: (byKey.get(i.key)?.status as PlanStatus) ?? "NIET_GESTART",
    note: byKey.get(i.key)?.note ?? null,
  }));
}

export async function setPlanItemStatus(ctx: TenantContext, input: unknown): Promise<void> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZPlanStatusInput, input);
  await ctx.run(async (db) => {
    const row = await db.planItemStatus.upsert({
      where: { gemeenteId_key: { gemeenteId: ctx.gemeente.id, key: data.key } },
      create: { gemeenteId: ctx.gemeente.id, key: data.key, status: data.status, note: data.note || null },
      // Changing only the status keeps the toelichting; a note sent (also "") replaces it.
      update: { status: data.status, ...(data.note !== undefined ? { note: data.note || null } : {}) },
      select: { id: true },
    });
    await recordAudit(db, ctx, { action: "plan.status", entity: "PlanItemStatus", entityId: row.id });
  });
}

export async function createSmartGoal(ctx: TenantContext, input: unknown): Promise<{ id: string }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZSmartGoalInput, input);
  return ctx.run(async (db) => {
    // A hulpvraag indicator must name one of the gemeente's own hulpvragen.
    const category = categoryOfIndicator(data.indicator);
    if (category) {
      const g = await db.gemeente.findUnique({ where: { id: ctx.gemeente.id }, select: { settings: true } });
      if (!signalCategoriesOf(g?.settings).some((c) => c.key === category)) {
        throw new AppError("VALIDATION", undefined, { fieldErrors: { indicator: ["Kies een cijfer uit de lijst."] } });
      }
    }
    const row = await db.smartGoal.create({ data: { ...data, gemeenteId: ctx.gemeente.id }, select: { id: true } });
    await recordAudit(db, ctx, { action: "plan.goal.create", entity: "SmartGoal", entityId: row.id });
    return row;
  });
}

/**
 * Goals with their current value: live from the indicators, or the manual figure with its source.
 * A caller that needs the indicators itself (the council report) passes its own computation in, so
 * one request computes them once.
 */
export async function listSmartGoals(ctx: TenantContext, indicators?: Promise<Indicators>): Promise<SmartGoalView[]> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const [rows, ind] = await Promise.all([
    ctx.run((db) => db.smartGoal.findMany({ orderBy: { dueDate: "asc" } })),
    indicators ?? computeIndicators(ctx),
  ]);
  // Per-hulpvraag goals: signals with that hulpvraag since the beginning (one query, only when needed).
  const perCategory = rows.some((r) => categoryOfIndicator(r.indicator))
    ? await computeCategoryCounts(ctx, { from: null, to: new Date() })
    : {};
  return rows.map((r) => {
    const indicator = (r.indicator as GoalIndicatorKey | null) ?? null;
    const category = categoryOfIndicator(indicator);
    const current = category ? (perCategory[category] ?? 0) : indicator ? ind[indicator as IndicatorKey] : r.manualValue;
    return {
      id: r.id,
      title: r.title,
      indicator,
      baseline: r.baseline,
      target: r.target,
      dueDate: r.dueDate.toISOString().slice(0, 10),
      current: current ?? null,
      source: indicator ? "Samenkracht (telt zelf)" : r.source,
      progress: goalProgress(r.baseline, r.target, current ?? null),
    };
  });
}
