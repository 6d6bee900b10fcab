"use server";
/** Server actions for the plan module. Each checks the session and permission itself. */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import type { ActualEntry } from "./budget";
import { setBudgetActual } from "./server/budget-actuals";

export async function setBudgetActualAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<ActualEntry>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const result = await setBudgetActual(ctx, input);
    revalidatePath(`/app/${ctx.gemeente.slug}/budget`);
    return result;
  }, "setBudgetActualAction");
}
