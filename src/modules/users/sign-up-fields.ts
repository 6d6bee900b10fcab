/**
 * The sign-up form's fields, in form order, and how each is read from the posted form: one list for
 * the server action and the browser's check (src/lib/input/form-values.ts). No zod here, so the form
 * can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

export const SIGN_UP_FORM = { name: "text", email: "text" } as const satisfies FormFields;
