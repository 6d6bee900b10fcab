"use server";
/** Server actions for the plan module. Each checks the session and permission itself. */
import type { ActionResult } from "@/lib/result";
import { tenantAction } from "@/server/action";
import type { ActualEntry } from "./budget";
import { setBudgetActual } from "./server/budget-actuals";
import { createSmartGoal, setPlanItemStatus } from "./server/plan";

const PLAN = (slug: string) => [`/app/${slug}/plan`];

export async function setBudgetActualAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<ActualEntry>> {
  return tenantAction("setBudgetActualAction", gemeenteSlug, "coalition:manage", (ctx) => setBudgetActual(ctx, input), {
    refresh: (slug) => [`/app/${slug}/budget`],
  });
}

export async function setPlanItemStatusAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<void>> {
  return tenantAction("setPlanItemStatusAction", gemeenteSlug, "coalition:manage", (ctx) => setPlanItemStatus(ctx, input), {
    refresh: PLAN,
  });
}

export async function createSmartGoalAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return tenantAction("createSmartGoalAction", gemeenteSlug, "coalition:manage", (ctx) => createSmartGoal(ctx, input), { refresh: PLAN });
}
