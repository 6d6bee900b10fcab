import { z } from "zod";

/** The tenant as the API shows it. */
export const ZGemeente = z.object({
  slug: z.string(),
  name: z.string(),
  inhabitants: z.number().int(),
});
export type TGemeente = z.infer<typeof ZGemeente>;

/**
 * Per-gemeente settings (Gemeente.settings JSON). Starts small; capability modules add optional
 * keys here. Unknown keys are kept so older rows stay readable.
 */
export const ZGemeenteSettings = z.looseObject({
  signalPointPhone: z.string().trim().max(30, { error: "Het telefoonnummer mag hoogstens 30 tekens hebben." }).optional(),
  /** The gemeente's own wijken (src/modules/gemeenten/wijken.ts): a signal's wijk is one of these. */
  wijken: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
  /** The house style (design tokens), validated by parseTheme in ../theme.ts (contrast AA). */
  theme: z.looseObject({}).optional(),
  /** Who to contact to join the coalition, shown on the public pages when set (./server/public-contact.ts). */
  publicContactEmail: z.string().max(254).optional(),
  publicContactPhone: z.string().max(30).optional(),
});

/**
 * The coalition's public contact (for organisations and entrepreneurs who want to join). Both
 * optional; an empty field removes it. Set by the regisseur (coalition:manage).
 */
export const ZPublicContact = z.object({
  email: z
    .string({ error: "Vul een e-mailadres in, of laat het veld leeg." })
    .trim()
    .max(254, { error: "Dit e-mailadres is te lang." })
    .pipe(z.union([z.literal(""), z.email({ error: "Vul een geldig e-mailadres in, of laat het veld leeg." })]))
    .transform((v) => v.toLowerCase()),
  phone: z
    .string({ error: "Vul een telefoonnummer in, of laat het veld leeg." })
    .trim()
    .max(30, { error: "Het telefoonnummer mag hoogstens 30 tekens hebben." })
    .regex(/^(|\+?[0-9][0-9 ()-]{5,28}[0-9])$/, {
      error: "Vul een telefoonnummer in met alleen cijfers, spaties, haakjes, een streepje of een + vooraan.",
    }),
});
export type TPublicContact = { email: string | null; phone: string | null };
