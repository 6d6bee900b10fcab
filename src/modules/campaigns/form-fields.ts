/**
 * The campaign form's fields, in form order, and how each is read from the posted form: one list for
 * the server action and the browser's check (src/lib/input/form-values.ts). No zod here, so the form
 * can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

/** `status` is optional: none chosen becomes the schema's default (GEPLAND). */
export const CAMPAIGN_FORM = {
  title: "text",
  kind: "text",
  targetGroups: "checkboxes",
  startDate: "text",
  endDate: "text",
  status: "optional",
  owner: "text",
  description: "text",
} as const satisfies FormFields;
