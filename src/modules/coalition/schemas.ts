/**
 * Coalition circles and the klankbordgroep: input schemas and labels. The server validates with
 * these; forms send their fields as typed and show the Dutch field errors that come back.
 */
import { z } from "zod";
import { CoalitionCircle, KlankbordInputStatus, KlankbordRiskGroup } from "@/generated/prisma/enums";
import { PLAN_ITEMS } from "@/modules/plan";

export { COALITION_CIRCLE_LABELS } from "@/modules/partners";

/** The circles in the order of the stappenplan: from most to least involved. */
export const CIRCLE_ORDER = ["WERKGROEP", "KERNTEAM", "LOKALE_COALITIE", "GEINFORMEERD"] as const satisfies readonly CoalitionCircle[];

export const CIRCLE_DESCRIPTIONS: Record<CoalitionCircle, string> = {
  WERKGROEP: "De groep die de aanpak begint en het college adviseert.",
  KERNTEAM: "Partners die meedenken en meedoen. Elke partner heeft een ambassadeur.",
  LOKALE_COALITIE: "Partners die op de hoogte willen blijven en meedoen waar het past.",
  GEINFORMEERD: "Contacten die alleen op de hoogte gehouden worden.",
};

export const RISK_GROUP_LABELS: Record<KlankbordRiskGroup, string> = {
  OUDEREN_75_PLUS: "Ouderen (75+)",
  JONGEREN_15_24: "Jongeren (15–24 jaar)",
  ROUW_VERLIES: "Rouw en verlies",
  BEPERKING_PSYCHIATRIE: "Beperking of psychiatrische achtergrond",
  MANTELZORGERS: "Mantelzorgers",
  DAKLOZEN: "Dak- en thuislozen",
};

export const INPUT_STATUS_LABELS: Record<KlankbordInputStatus, string> = {
  OPEN: "Open",
  VERWERKT: "Verwerkt",
};

/** The nine routekaart themes (Movisie 2023): what the klankbordgroep's input is about. */
export const KLANKBORD_THEMES = PLAN_ITEMS.filter((i) => i.key.startsWith("thema:")).map((i) => ({ key: i.key, label: i.label }));
const THEME_KEYS = KLANKBORD_THEMES.map((t) => t.key) as [string, ...string[]];
export const THEME_LABELS: Record<string, string> = Object.fromEntries(KLANKBORD_THEMES.map((t) => [t.key, t.label]));

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} moet tekst zijn.` })
    .trim()
    .max(max, { error: `${label} mag hoogstens ${max} tekens hebben.` })
    .nullish()
    .transform((v) => (v ? v : null));

/** A calendar day "YYYY-MM-DD" (what <input type="date"> sends), stored as a date without time. */
const ZDay = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: message })
    .transform((v) => new Date(`${v}T00:00:00.000Z`))
    .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, { error: message });

// ── Circles ─────────────────────────────────────────────────────────────────────────────────────

/** Place (or move) a partner or an entrepreneur; an empty circle means "not in a circle" (entrepreneurs only). */
export const ZPlacementInput = z.object({
  circle: z
    .union([z.literal(""), z.null(), z.enum(CoalitionCircle, { error: "Kies een kring uit de lijst." })], {
      error: "Kies een kring uit de lijst.",
    })
    .transform((v) => (v ? v : null)),
  ambassador: optionalText(120, "De naam van de ambassadeur"),
});

// ── Klankbordgroep ──────────────────────────────────────────────────────────────────────────────

export const ZKlankbordMemberInput = z.object({
  displayName: z
    .string({ error: "Vul een naam of schuilnaam in." })
    .trim()
    .min(2, { error: "De naam of schuilnaam moet minstens 2 tekens hebben." })
    .max(80, { error: "De naam of schuilnaam mag hoogstens 80 tekens hebben." }),
  contact: optionalText(120, "Het contact"),
  riskGroups: z
    .array(z.enum(KlankbordRiskGroup, { error: "Kies een groep uit de lijst." }), { error: "Kies minstens één groep." })
    .min(1, { error: "Kies minstens één groep." })
    .max(6)
    .transform((v) => [...new Set(v)]),
  consentAt: ZDay("Vul de datum in waarop deze persoon toestemming gaf."),
});

export const ZKlankbordMeetingInput = z.object({
  date: ZDay("Vul de datum van de bijeenkomst in."),
  topic: z
    .string({ error: "Vul het onderwerp in." })
    .trim()
    .min(3, { error: "Het onderwerp moet minstens 3 tekens hebben." })
    .max(200, { error: "Het onderwerp mag hoogstens 200 tekens hebben." }),
  notes: optionalText(4000, "Het verslag"),
});

export const ZKlankbordInputInput = z.object({
  meetingId: z
    .union([z.literal(""), z.null(), z.string().max(64)], { error: "Kies een bijeenkomst uit de lijst." })
    .optional()
    .transform((v) => (v ? v : null)),
  text: z
    .string({ error: "Vul in wat er gezegd is." })
    .trim()
    .min(5, { error: "Beschrijf de inbreng in minstens 5 tekens." })
    .max(2000, { error: "De inbreng mag hoogstens 2000 tekens hebben." }),
  theme: z.enum(THEME_KEYS, { error: "Kies een thema uit de lijst." }),
});

/** What the coalition did with the input. VERWERKT needs a short account of it. */
export const ZKlankbordInputStatus = z
  .object({
    status: z.enum(KlankbordInputStatus, { error: "Kies een status." }),
    followUp: optionalText(2000, "Wat de coalitie ermee deed"),
  })
  .refine((v) => v.status !== "VERWERKT" || v.followUp !== null, {
    error: "Schrijf op wat de coalitie met deze inbreng gedaan heeft.",
    path: ["followUp"],
  });

/**
 * Klankbordgroep input as the domain returns it (listKlankbordInputs) and the API serves it: what
 * was said, its theme and what the coalition did with it — never a member's name, contact or risk
 * groups (the page shows none either). The type is inferred from this schema (one description).
 */
export const ZKlankbordInputOut = z
  .object({
    id: z.string(),
    meetingId: z.string().nullable(),
    meetingTopic: z.string().nullable().describe("Onderwerp van de bijeenkomst waar het gezegd is"),
    meetingDate: z.string().nullable().describe("Datum van die bijeenkomst (JJJJ-MM-DD)"),
    text: z.string().describe("Wat er gezegd is"),
    theme: z.enum(THEME_KEYS),
    status: z.enum(KlankbordInputStatus).describe("Wat de coalitie ermee deed"),
    followUp: z.string().nullable().describe("Hoe de inbreng verwerkt is"),
    createdAt: z.string().describe("ISO 8601"),
  })
  .meta({
    examples: [
      {
        id: "a1b2c3d4-0000-4000-8000-000000000001",
        meetingId: "a1b2c3d4-0000-4000-8000-000000000002",
        meetingTopic: "Drempels bij activiteiten",
        meetingDate: "2026-09-12",
        text: "De activiteiten zijn vaak 's avonds; dan durven ouderen niet over straat.",
        theme: THEME_KEYS[0],
        status: "VERWERKT",
        followUp: "Twee activiteiten verplaatst naar de middag.",
        createdAt: "2026-09-12T14:00:00.000Z",
      },
    ],
  });
export const ZKlankbordMeetingOut = z.object({
  id: z.string(),
  date: z.string().describe("JJJJ-MM-DD"),
  topic: z.string(),
  notes: z.string().nullable(),
  inputCount: z.number().int().describe("Aantal keer inbreng uit deze bijeenkomst"),
});
/** The API's filter on input (status); the same enum the domain stores. */
export const ZKlankbordInputQuery = z.strictObject({
  status: z.enum(KlankbordInputStatus, { error: "Kies een bestaande status." }).optional().describe("Alleen inbreng met deze status"),
});
