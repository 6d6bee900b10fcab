/**
 * The signal forms' fields, in form order, and how each is read from the posted form: one list per
 * form for the server action and the browser (src/lib/input/form-values.ts), plus the pure
 * conversions from those values to the domain functions' input. No zod here, so the forms can
 * import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

type Values = Record<string, unknown>;

// The intake's list is in its own file: the public worry page (first-load budget) loads that one alone.
export { INTAKE_FORM } from "./intake-fields";

/** The next step of a signal: empty selects and fields mean "not given" (absent = unchanged). */
export const TRANSITION_FORM = {
  to: "optional",
  reason: "text",
  assigneeUserId: "optional",
  volunteerUserId: "optional",
  referralTo: "optional",
  outcome: "optional",
  category: "optional",
  riskGroup: "optional",
} as const satisfies FormFields;

/** The reporter's status check: the one-time code (in the POST body, never in a URL). */
export const STATUS_CHECK_FORM = { code: "text" } as const satisfies FormFields;

/** The reporter's answer through the single-use link. */
export const FEEDBACK_FORM = { token: "text", helped: "optional", remark: "text" } as const satisfies FormFields;

/**
 * The resident-rights page (regisseur): the search, the export and the change forms (restrict,
 * lift, erase) all post these fields; `intent` says which one. The change forms carry the query and
 * the signals shown (hidden fields, `signalId` once per signal).
 */
export const RESIDENT_RIGHTS_FORM = {
  intent: "optional",
  residentName: "optional",
  residentContact: "optional",
  basis: "optional",
  confirm: "checkbox",
  signalId: "checkboxes",
} as const satisfies FormFields;

const filled = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

/** The resident-rights values as the action uses them: the intent (search by default), the query and a change's input. */
export function residentRightsInput(values: Values) {
  const query = { residentName: filled(values.residentName), residentContact: filled(values.residentContact) };
  return {
    intent: typeof values.intent === "string" ? values.intent : "zoek",
    query,
    change: { ...query, basis: filled(values.basis), confirm: values.confirm === true, signalIds: values.signalId },
  };
}

/** The deadline field of a step: named after the domain's input (deadlineDays.<step>), so its errors land on it. */
export const deadlineField = (step: string) => `deadlineDays.${step}`;

/**
 * The gemeente's signal settings (regisseur): months, days per step (empty = the default), the daily
 * digest. `steps`: the steps that have a deadline (DEADLINE_STEPS of server/settings.ts; the page
 * hands the same list to the form).
 */
export function signalSettingsForm(steps: readonly string[]): FormFields {
  return {
    retentionMonths: "text",
    cancelledRetentionMonths: "text",
    staleOpenMonths: "optional",
    ...Object.fromEntries(steps.map((s) => [deadlineField(s), "optional"] as const)),
    dailyDigest: "checkbox",
  };
}

/** The settings values as updateSignalSettings takes them: the days per step gathered in `deadlineDays`. */
export function signalSettingsInput(values: Values, steps: readonly string[]) {
  const deadlineDays: Record<string, unknown> = {};
  for (const step of steps) {
    const v = values[deadlineField(step)];
    if (v !== undefined) deadlineDays[step] = v;
  }
  return {
    retentionMonths: values.retentionMonths,
    cancelledRetentionMonths: values.cancelledRetentionMonths,
    staleOpenMonths: values.staleOpenMonths,
    deadlineDays,
    dailyDigest: values.dailyDigest,
  };
}

/** One's own mail choice (a radio group). */
export const MAIL_PREFERENCE_FORM = { mode: "optional" } as const satisfies FormFields;

/** Running retention now: the confirmation tick. */
export const RETENTION_RUN_FORM = { confirm: "checkbox" } as const satisfies FormFields;

/** The gemeente's wijken, one per line. */
export const WIJKEN_FORM = { wijken: "text" } as const satisfies FormFields;

/** The gemeente's hulpvragen, one per line. */
export const CATEGORIES_FORM = { categories: "text" } as const satisfies FormFields;
