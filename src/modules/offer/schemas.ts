/** Support offer (ondersteuningsaanbod / sociale kaart): labels and input schemas. */
import { z } from "zod";
import { visibleName } from "@/lib/names";

/** The risk groups of the stappenplan's klankbordgroep, plus "everyone". */
export const TARGET_GROUPS = ["IEDEREEN", "OUDEREN_75", "JONGEREN_15_24", "ROUW_VERLIES", "BEPERKING_PSYCHIATRIE", "MANTELZORGERS", "DAK_THUISLOZEN"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  IEDEREEN: "Iedereen",
  OUDEREN_75: "Ouderen (75+)",
  JONGEREN_15_24: "Jongeren (15 tot 24 jaar)",
  ROUW_VERLIES: "Mensen met rouw of verlies",
  BEPERKING_PSYCHIATRIE: "Mensen met een beperking of psychische klachten",
  MANTELZORGERS: "Mantelzorgers",
  DAK_THUISLOZEN: "Dak- en thuislozen",
};

export const DEGREES = ["LICHT", "MATIG", "ERNSTIG"] as const;
export type Degree = (typeof DEGREES)[number];
export const DEGREE_LABELS: Record<Degree, string> = {
  LICHT: "Een beetje eenzaam",
  MATIG: "Best eenzaam",
  ERNSTIG: "Erg eenzaam",
};

const text = (label: string, max: number) =>
  z.string({ error: `Vul ${label} in.` }).trim().max(max, { error: `${label[0].toUpperCase()}${label.slice(1)} mag hoogstens ${max} tekens hebben.` });

export const ZOfferInput = z.object({
  title: visibleName(text("de naam van de activiteit", 120).min(2, { error: "De naam moet minstens 2 tekens hebben." })),
  description: text("een korte uitleg", 1000).default(""),
  provider: visibleName(text("de aanbieder", 120).min(2, { error: "Vul de aanbieder in." })),
  providerEmail: z
    // Length first, then the pattern (zod's e-mail pattern is slow on long crafted input).
    .union([z.literal(""), z.string().max(254, { error: "Dit e-mailadres is te lang." }).pipe(z.email({ error: "Vul een geldig e-mailadres in, of laat het veld leeg." }))])
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
  // Whole-array checks so that errors land on the field itself ("degrees"), not on "degrees.0".
  targetGroups: z
    .array(z.string(), { error: "Kies minstens één doelgroep." })
    .min(1, { error: "Kies minstens één doelgroep." })
    .refine((a) => a.every((v) => (TARGET_GROUPS as readonly string[]).includes(v)), { error: "Kies een bestaande doelgroep." })
    .transform((a) => [...new Set(a)] as TargetGroup[]),
  degrees: z
    .array(z.string(), { error: "Kies minstens één mate van eenzaamheid." })
    .min(1, { error: "Kies minstens één mate van eenzaamheid." })
    .refine((a) => a.every((v) => (DEGREES as readonly string[]).includes(v)), { error: "Kies een bestaande mate van eenzaamheid." })
    .transform((a) => [...new Set(a)] as Degree[]),
  /** Hulpvragen (the gemeente's signal categories) this offer answers; the server checks them against the list. */
  categories: z
    .array(z.string().max(40), { error: "Kies een hulpvraag uit de lijst." })
    .max(30)
    .default([])
    .refine((a) => a.every((v) => /^[a-z0-9-]{1,40}$/.test(v)), { error: "Kies een hulpvraag uit de lijst." })
    .transform((a) => [...new Set(a)]),
  wijk: text("de wijk", 80).optional().transform((v) => v || null),
  howToJoin: text("hoe je meedoet", 500).min(2, { error: "Vertel hoe iemand mee kan doen." }),
  cost: text("de kosten", 120).default(""),
  published: z.boolean().default(true),
});
export type TOfferInput = z.input<typeof ZOfferInput>;

export type TOffer = {
  id: string;
  title: string;
  description: string;
  provider: string;
  providerEmail: string | null;
  targetGroups: TargetGroup[];
  degrees: Degree[];
  /** Hulpvragen (signal category keys) this offer answers. */
  categories: string[];
  wijk: string | null;
  howToJoin: string;
  cost: string;
  published: boolean;
  confirmedAt: string;
  stale: boolean;
};
/** What the public page shows: no e-mail address of the provider. */
export type TPublicOffer = Omit<TOffer, "providerEmail" | "published" | "stale" | "categories">;

/**
 * An entrepreneur proposes an activity they host (coffee morning, klets-kassa, shared meal). The
 * provider and contact come from their own account and organisation, never from the input; unknown
 * keys (e.g. `published`) are refused.
 */
export const ZActivityProposal = ZOfferInput.pick({
  title: true,
  description: true,
  targetGroups: true,
  degrees: true,
  wijk: true,
  howToJoin: true,
  cost: true,
}).strict();
export type TActivityProposal = z.input<typeof ZActivityProposal>;
