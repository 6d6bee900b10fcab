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
});
export type TGemeenteSettings = z.infer<typeof ZGemeenteSettings>;
