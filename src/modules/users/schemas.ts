/**
 * Input schemas for login and user administration. The login forms use these same schemas in the
 * browser (react-hook-form + zodResolver), so client and server cannot drift.
 */
import { z } from "zod";
import { TENANT_ROLES } from "@/lib/auth/permissions";

const ZEmail = z
  .string({ error: "Vul je e-mailadres in." })
  .trim()
  .toLowerCase()
  .min(1, "Vul je e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl." }));

export const ZPasswordLogin = z.object({
  email: ZEmail,
  password: z.string({ error: "Vul je wachtwoord in." }).min(1, "Vul je wachtwoord in.").max(200, "Dit wachtwoord is te lang."),
  /** Only for accounts with a login code (TOTP) switched on. Empty means: not given. */
  code: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, "De code bestaat uit 6 cijfers.")
    .optional(),
});
export type TPasswordLogin = z.infer<typeof ZPasswordLogin>;

export const ZEmailLogin = z.object({ email: ZEmail });
export type TEmailLogin = z.infer<typeof ZEmailLogin>;

export const ZUserId = z.object({ userId: z.uuid({ error: "Onbekende gebruiker." }) });

export const ZChangeRole = z.object({
  userId: z.uuid({ error: "Onbekende gebruiker." }),
  role: z.enum(TENANT_ROLES, { error: "Kies een rol uit de lijst." }),
});
export type TChangeRole = z.infer<typeof ZChangeRole>;

export const ZTotpConfirm = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "De code bestaat uit 6 cijfers."),
});

/** A new entrepreneur signs up: a name and an e-mail address; they log in with an e-mail link. */
export const ZOndernemerSignUp = z.strictObject({
  name: z
    .string({ error: "Vul je naam in." })
    .trim()
    .min(2, "Vul je naam in (minstens 2 tekens).")
    .max(120, "Je naam mag hoogstens 120 tekens hebben."),
  email: ZEmail,
});
export type TOndernemerSignUp = z.infer<typeof ZOndernemerSignUp>;

/** One's function and work contact details (account page); they prefill {{functie}} and {{contactgegevens}} in mails. */
const optionalLine = (max: number, what: string) =>
  z
    .string({ error: `${what} is geen tekst.` })
    .trim()
    .max(max, `${what} is te lang (hoogstens ${max} tekens).`)
    .transform((v) => (v === "" ? null : v));
export const ZWorkDetails = z.strictObject({
  jobTitle: optionalLine(120, "Je functie"),
  workContact: optionalLine(300, "Je contactgegevens"),
});
