/**
 * The engagement forms' fields, in form order, and how each is read from the posted form: one list
 * per server action, for the action and for the browser's check (src/lib/input/form-values.ts).
 * No zod here, so the forms can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

/** A select or date left empty is "not given" (undefined); text stays text ("" when empty). */
export const VESTIGING_FORM = {
  name: "text",
  sector: "optional",
  address: "text",
  wijk: "text",
  leadSource: "optional",
  organisationName: "text",
} as const satisfies FormFields;
export const UPDATE_VESTIGING_FORM = {
  name: "text",
  sector: "optional",
  address: "text",
  wijk: "text",
  leadSource: "optional",
  publicDescription: "text",
  accountHolderId: "optional",
} as const satisfies FormFields;
export const MOVE_FORM = { to: "optional", reason: "text" } as const satisfies FormFields;
export const REASON_FORM = { reason: "text" } as const satisfies FormFields;
export const ACKNOWLEDGE_FORM = { date: "optional", channel: "optional" } as const satisfies FormFields;
export const CONTACT_PERSON_FORM = { name: "text", role: "text", email: "text", phone: "text" } as const satisfies FormFields;
export const CONTACT_MOMENT_FORM = {
  kind: "optional",
  at: "optional",
  partContact: "text",
  partDoelgroep: "text",
  partRol: "text",
  partPropositie: "text",
  partActie: "text",
  outcome: "text",
  nextAction: "text",
  nextActionDate: "optional",
} as const satisfies FormFields;
export const CLOSE_DOUBT_FORM = { decision: "optional", note: "text" } as const satisfies FormFields;
export const CONTRIBUTION_FORM = { type: "optional", description: "text" } as const satisfies FormFields;
export const MILESTONE_FORM = { title: "text", description: "text", achievedAt: "optional" } as const satisfies FormFields;
export const MOTIVES_FORM = { motives: "checkboxes", fiveMs: "checkboxes" } as const satisfies FormFields;
export const TEMPLATE_FORM = { subject: "text", body: "text" } as const satisfies FormFields;
export const PROPOSITION_FORM = { title: "text", description: "text" } as const satisfies FormFields;
export const SETTINGS_FORM = { dueWeeks: "number" } as const satisfies FormFields;
/** "Gedaan" for a next action: a button, no fields. */
export const NO_FIELDS = {} as const satisfies FormFields;

/**
 * Promote to the pipeline: the chosen rows (checkboxes `vestigingIds`) or the top N (`top`), two
 * forms posting to the same action. See promoteInput.
 */
export const PROMOTE_FORM = { vestigingIds: "checkboxes", top: "optional" } as const satisfies FormFields;

/**
 * The promote form's values as the domain's input (ZPromote): the chosen ids (none is "not given"),
 * or the number typed for the top N (missing when the chosen-rows form was sent).
 */
export function promoteInput(values: Record<string, unknown>): Record<string, unknown> {
  const { vestigingIds, top, ...rest } = values;
  const ids = Array.isArray(vestigingIds) ? vestigingIds : [];
  return {
    ...rest,
    vestigingIds: ids.length ? ids : undefined,
    top: typeof top === "string" ? Number(top) : undefined,
  };
}
