/**
 * The coalition forms' fields (circles and klankbordgroep), in form order, and how each is read from
 * the posted form: one list per form for the server action and the browser's check
 * (src/lib/input/form-values.ts). No zod here, so the forms can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

/** One row's circle and ambassadeur (a partner or an entrepreneur already in the list). */
export const PLACEMENT_FORM = { circle: "text", ambassador: "text" } as const satisfies FormFields;
/** An entrepreneur not in a circle yet: which one comes from the form, then the same fields. */
export const PLACE_VESTIGING_FORM = { vestigingId: "text", ...PLACEMENT_FORM } as const satisfies FormFields;

export const KLANKBORD_MEMBER_FORM = {
  displayName: "text",
  contact: "text",
  riskGroups: "checkboxes",
  consentAt: "text",
} as const satisfies FormFields;

export const KLANKBORD_MEETING_FORM = { date: "text", topic: "text", notes: "text" } as const satisfies FormFields;

export const KLANKBORD_INPUT_FORM = { meetingId: "text", text: "text", theme: "text" } as const satisfies FormFields;

export const KLANKBORD_STATUS_FORM = { status: "text", followUp: "text" } as const satisfies FormFields;
