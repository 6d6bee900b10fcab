/**
 * The offer form's fields, in form order, and how each is read from the posted form: one list for
 * the server action and the browser's check (src/lib/input/form-values.ts). No zod here, so the form
 * can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

/** Add an entry to the support offer (OfferForm without an offer): a new entry is published. */
export const OFFER_FORM = {
  title: "text",
  provider: "text",
  providerEmail: "text",
  targetGroups: "checkboxes",
  degrees: "checkboxes",
  categories: "checkboxes",
  wijk: "text",
  locationName: "text",
  address: "text",
  scheduleDays: "checkboxes",
  startTime: "text",
  endTime: "text",
  scheduleNote: "text",
  // Empty or missing: the schema's default (ONBEKEND).
  costKind: "optional",
  costAmount: "text",
  cost: "text",
  accessibility: "checkboxes",
  howToJoin: "text",
  description: "text",
} as const satisfies FormFields;

/**
 * Change an entry: the same fields, and whether it stays on the public page (a hidden field the form
 * posts only for a published entry, so an edit keeps the entry's publication as it is).
 */
export const OFFER_EDIT_FORM = { ...OFFER_FORM, published: "checkbox" } as const satisfies FormFields;
