/**
 * The self-service forms' fields, in form order, and how each is read from the posted form: one list
 * for the server action and the browser's check (src/lib/input/form-values.ts). No zod here, so the
 * forms can import it without loading the schemas (docs/decisions/0011).
 */
import type { FormFields } from "@/lib/input/form-values";

/** Register or claim an organisation (/ondernemer); the gemeente is the `gemeente` field. */
export const REGISTER_FORM = {
  name: "text",
  kvkNumber: "text",
  website: "text",
  sector: "text",
  address: "text",
} as const satisfies FormFields;

const ACKS = { ackVoluntary: "checkbox", ackNoProcurement: "checkbox", ackNoMoney: "checkbox" } as const satisfies FormFields;
/** Join a coalition; on /ondernemer the form asks for the sector too (its field is then in the form). */
export function joinForm(withSector: boolean): FormFields {
  return withSector ? { sector: "text", ...ACKS } : ACKS;
}

/** The profile on /mijn-organisatie, in the order of profileFields (components/profile-fields.ts). */
export const PROFILE_FORM = {
  sector: "text",
  address: "text",
  publicDescription: "text",
  openingHours: "text",
  contributions: "checkboxes",
  motives: "checkboxes",
  fiveMs: "checkboxes",
  contactName: "text",
  contactEmail: "text",
  contactPhone: "text",
} as const satisfies FormFields;

/** Pass on a worry about a customer. */
export const WORRY_FORM = { situation: "text", residentName: "text", wijk: "text", residentContact: "text" } as const satisfies FormFields;

/** Propose an activity for the aanbod. */
export const PROPOSAL_FORM = {
  title: "text",
  description: "text",
  howToJoin: "text",
  cost: "text",
  targetGroups: "checkboxes",
  degrees: "checkboxes",
} as const satisfies FormFields;

/** Delete one's own account. */
export const DELETE_ACCOUNT_FORM = { confirm: "text" } as const satisfies FormFields;
