/**
 * The account forms' fields, in form order, and how each is read from the posted form: one list per
 * form for the server action and the browser's check (src/lib/input/form-values.ts). No zod here,
 * so the forms can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

/** One's function and work contact details (account page); empty means none. */
export const WORK_DETAILS_FORM = { jobTitle: "text", workContact: "text" } as const satisfies FormFields;

/** A member's role in this gemeente (the member's id is a hidden field). */
export const ROLE_FORM = { userId: "text", role: "text" } as const satisfies FormFields;

/** The first code from the authenticator app, to switch the login code on. */
export const TOTP_CONFIRM_FORM = { code: "text" } as const satisfies FormFields;
