"use server";
/** Server actions for the plan module. Each checks the session and permission itself. */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import type { ActualEntry } from "./budget";
import { setBudgetActual } from "./server/budget-actuals";
import { createSmartGoal, setPlanItemStatus } from "./server/plan";

export async function setBudgetActualAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<ActualEntry>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const result = await setBudgetActual(ctx, input);
    revalidatePath(`/app/${ctx.gemeente.slug}/budget`);
    return result;
  }, "setBudgetActualAction");
}

export async function setPlanItemStatusAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<void>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    await setPlanItemStatus(ctx, input);
    revalidatePath(`/app/${ctx.gemeente.slug}/plan`);
  }, "setPlanItemStatusAction");
}

export async function createSmartGoalAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const r = await createSmartGoal(ctx, input);
    revalidatePath(`/app/${ctx.gemeente.slug}/plan`);
    return r;
  }, "createSmartGoalAction");
}
