"use server";
/**
 * Server actions for the plan module. Each checks the session and permission itself. The forms post
 * their FormData here (useActionForm), read with the field lists of ./form-fields.ts.
 */
import type { FormState } from "@/lib/result";
import { tenantFormAction } from "@/server/action";
import type { ActualEntry } from "./budget";
import { BUDGET_ACTUAL_FORM, planStatusFields, SMART_GOAL_FORM } from "./form-fields";
import { setBudgetActual } from "./server/budget-actuals";
import { createSmartGoal, setPlanItemStatus } from "./server/plan";

const PLAN = (slug: string) => [`/app/${slug}/plan`];

export async function setBudgetActualAction(
  gemeenteSlug: string,
  _prev: FormState<ActualEntry>,
  fd: FormData,
): Promise<FormState<ActualEntry>> {
  return tenantFormAction(
    "setBudgetActualAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: BUDGET_ACTUAL_FORM },
    setBudgetActual,
    {
      refresh: (slug) => [`/app/${slug}/budget`],
    },
  );
}

/** The status of a theme or building block (the status select), or its toelichting (the note form, which posts `note`). */
export async function setPlanItemStatusAction(gemeenteSlug: string, _prev: FormState<void>, fd: FormData): Promise<FormState<void>> {
  return tenantFormAction(
    "setPlanItemStatusAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: planStatusFields(fd) },
    setPlanItemStatus,
    { refresh: PLAN },
  );
}

export async function createSmartGoalAction(
  gemeenteSlug: string,
  _prev: FormState<{ id: string }>,
  fd: FormData,
): Promise<FormState<{ id: string }>> {
  return tenantFormAction(
    "createSmartGoalAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: SMART_GOAL_FORM },
    createSmartGoal,
    { refresh: PLAN },
  );
}
