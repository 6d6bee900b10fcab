/**
 * The plan forms' fields, in form order, and how each is read from the posted form: one list per
 * form for the server action and the browser's check (src/lib/input/form-values.ts). No zod here, so
 * the forms can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

export const BUDGET_ACTUAL_FORM = { year: "number", line: "text", amount: "text", note: "text" } as const satisfies FormFields;

/** The status of one theme or building block: a note that is not posted stays as it is. */
export const PLAN_STATUS_FORM = { key: "text", status: "text" } as const satisfies FormFields;
/** Its toelichting (with the current status): a note posted empty removes it. */
export const PLAN_NOTE_FORM = { ...PLAN_STATUS_FORM, note: "text" } as const satisfies FormFields;

/** Which of the two a posted form is: the note form posts a `note` field (also when empty). */
export function planStatusFields(data: unknown): FormFields {
  return data instanceof FormData && data.has("note") ? PLAN_NOTE_FORM : PLAN_STATUS_FORM;
}

/** Begin and goal are required numbers (empty: "fill in a number"); the current figure may stay empty. */
export const SMART_GOAL_FORM = {
  title: "text",
  indicator: "text",
  baseline: "number",
  target: "number",
  dueDate: "text",
  manualValue: "text",
  source: "text",
} as const satisfies FormFields;
