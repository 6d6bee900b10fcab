/**
 * The gemeente forms' fields, in form order, and how each is read from the posted form: one list for
 * the server action and the browser's check (src/lib/input/form-values.ts). No zod here, so the forms
 * can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

/** The house style (ThemeForm); checked by parseTheme (../theme.ts), not by a zod schema. */
export const THEME_FORM = { primary: "text", accent: "text", font: "text" } as const satisfies FormFields;

/** The coalition's public contact (PublicContactForm). */
export const PUBLIC_CONTACT_FORM = { email: "text", phone: "text" } as const satisfies FormFields;

/**
 * The logo upload (LogoForm): listed for the form (its error and focus), but a file is not text:
 * formValues reads it as missing, and setLogoAction takes the file from the form data itself.
 */
export const LOGO_FORM = { logo: "optional" } as const satisfies FormFields;
