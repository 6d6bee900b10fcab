/** Support offer (ondersteuningsaanbod / sociale kaart): labels and input schemas. */
import { z } from "zod";
import { pageNumber } from "@/lib/input/paging";
import { visibleName } from "@/lib/names";

/** The risk groups of the stappenplan's klankbordgroep, plus "everyone". */
export const TARGET_GROUPS = [
  "IEDEREEN",
  "OUDEREN_75",
  "JONGEREN_15_24",
  "ROUW_VERLIES",
  "BEPERKING_PSYCHIATRIE",
  "MANTELZORGERS",
  "DAK_THUISLOZEN",
] as const;
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

/** Days of the week (HSDS schedule byday, in Dutch). */
const DAYS = ["MA", "DI", "WO", "DO", "VR", "ZA", "ZO"] as const;
export type Day = (typeof DAYS)[number];
export const DAY_LABELS: Record<Day, string> = {
  MA: "maandag",
  DI: "dinsdag",
  WO: "woensdag",
  DO: "donderdag",
  VR: "vrijdag",
  ZA: "zaterdag",
  ZO: "zondag",
};

/** Part of the day, by start time: ochtend before 12:00, middag before 17:00, avond from 17:00. */
const DAYPARTS = ["OCHTEND", "MIDDAG", "AVOND"] as const;
export type Daypart = (typeof DAYPARTS)[number];
export const DAYPART_LABELS: Record<Daypart, string> = {
  OCHTEND: "ochtend (voor 12 uur)",
  MIDDAG: "middag (12 tot 17 uur)",
  AVOND: "avond (vanaf 17 uur)",
};
export const DAYPART_RANGES: Record<Daypart, [string, string]> = {
  OCHTEND: ["00:00", "12:00"],
  MIDDAG: ["12:00", "17:00"],
  AVOND: ["17:00", "24:00"],
};

/** What taking part costs a resident. */
const COST_KINDS = ["GRATIS", "BEDRAG", "ONBEKEND"] as const;
export type CostKind = (typeof COST_KINDS)[number];
export const COST_KIND_LABELS: Record<CostKind, string> = { GRATIS: "Gratis", BEDRAG: "Kost geld", ONBEKEND: "Kosten onbekend" };

/** Accessibility (HSDS accessibility_for_disabilities). */
export const ACCESSIBILITY = ["ROLSTOEL", "TOILET_AANGEPAST", "RINGLEIDING", "PRIKKELARM", "OV_DICHTBIJ"] as const;
export type Accessibility = (typeof ACCESSIBILITY)[number];
export const ACCESSIBILITY_LABELS: Record<Accessibility, string> = {
  ROLSTOEL: "Rolstoel toegankelijk",
  TOILET_AANGEPAST: "Aangepast toilet",
  RINGLEIDING: "Ringleiding voor slechthorenden",
  PRIKKELARM: "Rustig, weinig prikkels",
  OV_DICHTBIJ: "Bus of trein dichtbij",
};

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

/** "€ 2,50" from cents. */
export function formatCost(kind: CostKind, cents: number | null): string {
  if (kind === "GRATIS") return "Gratis";
  if (kind === "BEDRAG" && cents !== null) return euro.format(cents / 100);
  return "Kosten onbekend";
}

/** `label` as it stands mid-sentence ("de kosten"); at the start of a message with a capital. */
const text = (label: string, max: number) => {
  const Label = label[0]!.toUpperCase() + label.slice(1);
  return z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .max(max, { error: `${Label} mag hoogstens ${max} tekens hebben.` });
};

const ZOfferFields = z.object({
  title: visibleName(text("de naam van de activiteit", 120).min(2, { error: "De naam moet minstens 2 tekens hebben." })),
  description: text("een korte uitleg", 1000).default(""),
  provider: visibleName(text("de aanbieder", 120).min(2, { error: "Vul de aanbieder in." })),
  providerEmail: z
    // Length first, then the pattern (zod's e-mail pattern is slow on long crafted input).
    .union([
      z.literal(""),
      z
        .string()
        .max(254, { error: "Dit e-mailadres is te lang." })
        .pipe(z.email({ error: "Vul een geldig e-mailadres in, of laat het veld leeg." })),
    ])
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
  wijk: text("de wijk", 80)
    .optional()
    .transform((v) => v || null),
  howToJoin: text("hoe je meedoet", 500).min(2, { error: "Vertel hoe iemand mee kan doen." }),
  cost: text("de kosten", 120).default(""),
  locationName: text("de naam van de plek", 120)
    .optional()
    .transform((v) => v || null),
  address: text("het adres", 200)
    .optional()
    .transform((v) => v || null),
  scheduleDays: z
    .array(z.string(), { error: "Kies bestaande dagen." })
    .default([])
    .refine((a) => a.every((v) => (DAYS as readonly string[]).includes(v)), { error: "Kies bestaande dagen." })
    .transform((a) => DAYS.filter((d) => a.includes(d)) as Day[]),
  startTime: z
    .string()
    .trim()
    .regex(/^(|([01][0-9]|2[0-3]):[0-5][0-9])$/, { error: "Vul de begintijd in als uu:mm, bijvoorbeeld 10:00." })
    .optional()
    .transform((v) => v || null),
  endTime: z
    .string()
    .trim()
    .regex(/^(|([01][0-9]|2[0-3]):[0-5][0-9])$/, { error: "Vul de eindtijd in als uu:mm, bijvoorbeeld 12:00." })
    .optional()
    .transform((v) => v || null),
  scheduleNote: text("wanneer", 200).default(""),
  costKind: z.enum(COST_KINDS, { error: "Kies wat het kost: gratis, een bedrag of onbekend." }).default("ONBEKEND"),
  costAmount: z
    .string()
    .trim()
    .max(12, { error: "Vul een bedrag in, bijvoorbeeld 2,50." })
    .regex(/^(|\d{1,5}([.,]\d{1,2})?)$/, { error: "Vul een bedrag in euro in, bijvoorbeeld 2,50." })
    .optional(),
  accessibility: z
    .array(z.string(), { error: "Kies bestaande kenmerken." })
    .default([])
    .refine((a) => a.every((v) => (ACCESSIBILITY as readonly string[]).includes(v)), { error: "Kies bestaande kenmerken." })
    .transform((a) => ACCESSIBILITY.filter((x) => a.includes(x)) as Accessibility[]),
  published: z.boolean().default(true),
});

/** Staff input for an entry: the fields, their combinations, and the amount in cents. */
export const ZOfferInput = ZOfferFields.superRefine((v, ctx) => {
  if (v.endTime && !v.startTime) ctx.addIssue({ code: "custom", path: ["startTime"], message: "Vul ook de begintijd in." });
  if (v.endTime && v.startTime && v.endTime <= v.startTime)
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "De eindtijd moet na de begintijd zijn." });
  if (v.costKind === "BEDRAG" && !v.costAmount)
    ctx.addIssue({ code: "custom", path: ["costAmount"], message: "Vul het bedrag in, of kies gratis of onbekend." });
}).transform(({ costAmount, ...v }) => ({
  ...v,
  costCents: v.costKind === "BEDRAG" && costAmount ? Math.round(Number(costAmount.replace(",", ".")) * 100) : null,
}));

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
  locationName: string | null;
  address: string | null;
  scheduleDays: Day[];
  startTime: string | null;
  endTime: string | null;
  scheduleNote: string;
  costKind: CostKind;
  costCents: number | null;
  accessibility: Accessibility[];
  published: boolean;
  confirmedAt: string;
  stale: boolean;
};
/**
 * What the public sociale kaart shows (page and GET /api/v1/gemeenten/{g}/aanbod): no e-mail address
 * of the provider. The source of truth for the API's schema.
 */
export const ZPublicOffer = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  provider: z.string().describe("Wie het organiseert"),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).describe("Doelgroepen"),
  degrees: z.array(z.enum(DEGREES)).describe("Voor welke mate van eenzaamheid"),
  wijk: z.string().nullable(),
  locationName: z.string().nullable().describe("Naam van de plek"),
  address: z.string().nullable().describe("Adres van de plek"),
  scheduleDays: z.array(z.enum(DAYS)).describe("Dagen van de week (MA … ZO)"),
  startTime: z.string().nullable().describe("Begintijd, uu:mm"),
  endTime: z.string().nullable().describe("Eindtijd, uu:mm"),
  scheduleNote: z.string().describe("Wanneer, in woorden (bijvoorbeeld 'op afspraak')"),
  howToJoin: z.string(),
  cost: z.string().describe("Toelichting op de kosten"),
  costKind: z.enum(COST_KINDS).describe("GRATIS, BEDRAG of ONBEKEND: wat meedoen een inwoner kost"),
  costCents: z.number().int().nullable().describe("Bedrag in eurocent, alleen bij BEDRAG"),
  accessibility: z.array(z.enum(ACCESSIBILITY)).describe("Toegankelijkheid"),
  confirmedAt: z.string().describe("Wanneer de aanbieder de gegevens het laatst bevestigde (ISO 8601)"),
});
export type TPublicOffer = z.infer<typeof ZPublicOffer>;

export const OFFER_PAGE_SIZE = 20;
const oneOf = <T extends readonly string[]>(values: T, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toUpperCase() : undefined))
    .pipe(z.enum(values, { error: message }).optional());

/**
 * The sociale kaart's search (page query string and API query alike; every value a string). Lists
 * (toegankelijk) are comma-separated. Unknown values get a Dutch message.
 */
export const ZOfferSearch = z.object({
  doelgroep: oneOf(TARGET_GROUPS, "Kies een bestaande doelgroep.").describe(`Doelgroep: ${TARGET_GROUPS.join(", ")}`),
  wijk: z
    .string()
    .trim()
    .max(100, { error: "De wijk mag hoogstens 100 tekens hebben." })
    .optional()
    .transform((v) => v || undefined)
    .describe("Wijk (precies zoals in het aanbod)"),
  dag: oneOf(DAYS, "Kies een dag van de week.").describe(`Dag: ${DAYS.join(", ")}`),
  dagdeel: oneOf(DAYPARTS, "Kies ochtend, middag of avond.").describe("Dagdeel van de begintijd: OCHTEND, MIDDAG, AVOND"),
  kosten: oneOf(["GRATIS", "BEDRAG", "ONBEKEND"] as const, "Kies gratis, kost geld of onbekend.").describe(
    "Kosten: GRATIS, BEDRAG, ONBEKEND",
  ),
  toegankelijk: z
    .string()
    .max(200)
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((x) => x.trim().toUpperCase())
            .filter(Boolean)
        : [],
    )
    .refine((a) => a.every((x) => (ACCESSIBILITY as readonly string[]).includes(x)), {
      error: "Kies bestaande kenmerken van toegankelijkheid.",
    })
    .transform((a) => [...new Set(a)] as Accessibility[])
    .describe(`Toegankelijkheid, met komma's: ${ACCESSIBILITY.join(", ")} (alle gekozen kenmerken)`),
  pagina: pageNumber("Het paginanummer").optional().describe("Paginanummer (vanaf 1)"),
});
export type TOfferSearch = z.output<typeof ZOfferSearch>;

/**
 * An entrepreneur proposes an activity they host (coffee morning, klets-kassa, shared meal). The
 * provider and contact come from their own account and organisation, never from the input; unknown
 * keys (e.g. `published`) are refused.
 */
export const ZActivityProposal = ZOfferFields.pick({
  title: true,
  description: true,
  targetGroups: true,
  degrees: true,
  wijk: true,
  howToJoin: true,
  cost: true,
}).strict();
export type TActivityProposal = z.input<typeof ZActivityProposal>;
