/** Campaign year plan (bewustwordingscampagne): labels, fixed moments, input schema. */
import { z } from "zod";
import { TARGET_GROUPS, type TargetGroup } from "@/modules/offer";

const CAMPAIGN_KINDS = ["CAMPAGNE", "KLEINE_ACTIE"] as const;
export type CampaignKindName = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_KIND_LABELS: Record<CampaignKindName, string> = { CAMPAGNE: "Campagne", KLEINE_ACTIE: "Kleine actie" };

const CAMPAIGN_STATUSES = ["GEPLAND", "BEZIG", "AFGEROND"] as const;
export type CampaignStatusName = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatusName, string> = { GEPLAND: "Gepland", BEZIG: "Bezig", AFGEROND: "Afgerond" };

export const MONTH_NAMES = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The fixed moments of every year (stappenplan, nieuwsflits): filled by "Vul het jaar met vaste momenten". */
export const FIXED_MOMENTS = [
  {
    key: "ZOMER",
    title: "Zomereenzaamheid",
    kind: "KLEINE_ACTIE",
    start: [7, 1],
    end: [8, 31],
    targetGroups: ["OUDEREN_75", "JONGEREN_15_24", "MANTELZORGERS"],
    description:
      "In de zomer valt veel weg: clubs stoppen, buren en familie zijn op vakantie. Laat zien welke activiteiten doorgaan en waar mensen terecht kunnen.",
  },
  {
    key: "WEEK_TEGEN_EENZAAMHEID",
    title: "Week tegen Eenzaamheid",
    kind: "CAMPAGNE",
    start: [10, 1],
    end: [10, 8],
    targetGroups: ["IEDEREEN"],
    description:
      "De landelijke Week tegen Eenzaamheid (1 tot en met 8 oktober): de grote campagne van het jaar. Noem in elke boodschap waar mensen terecht kunnen.",
  },
  {
    key: "FEESTDAGEN",
    title: "Eenzaamheid rond de feestdagen",
    kind: "KLEINE_ACTIE",
    start: [12, 1],
    end: [12, 31],
    targetGroups: ["OUDEREN_75", "ROUW_VERLIES", "DAK_THUISLOZEN"],
    description:
      "Rond de feestdagen voelen mensen zich extra alleen. Nodig uit voor samen eten en open huizen, en noem waar mensen terecht kunnen.",
  },
] as const satisfies readonly {
  key: string;
  title: string;
  kind: CampaignKindName;
  start: [number, number];
  end: [number, number];
  targetGroups: readonly TargetGroup[];
  description: string;
}[];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A calendar date "JJJJ-MM-DD" as UTC midnight, or null when it is no real date. */
function parseDay(value: string): Date | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : null;
}
export const dayString = (d: Date) => d.toISOString().slice(0, 10);

const ZDay = (label: string) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, { error: `Vul ${label} in.` })
    .transform((v, c) => {
      const d = parseDay(v);
      if (!d) {
        c.addIssue({ code: "custom", message: `Vul ${label} in als dag, maand en jaar.` });
        return z.NEVER;
      }
      if (d.getUTCFullYear() < MIN_YEAR || d.getUTCFullYear() > MAX_YEAR) {
        c.addIssue({ code: "custom", message: `Kies ${label} tussen ${MIN_YEAR} en ${MAX_YEAR}.` });
        return z.NEVER;
      }
      return d;
    });

export const ZCampaignInput = z
  .object({
    title: z
      .string({ error: "Vul een titel in." })
      .trim()
      .min(2, { error: "De titel moet minstens 2 tekens hebben." })
      .max(120, { error: "De titel mag hoogstens 120 tekens hebben." }),
    kind: z.enum(CAMPAIGN_KINDS, { error: "Kies of het een campagne of een kleine actie is." }),
    targetGroups: z
      .array(z.string(), { error: "Kies minstens één doelgroep." })
      .min(1, { error: "Kies minstens één doelgroep." })
      .refine((a) => a.every((v) => (TARGET_GROUPS as readonly string[]).includes(v)), { error: "Kies een bestaande doelgroep." })
      .transform((a) => [...new Set(a)] as TargetGroup[]),
    startDate: ZDay("de begindatum"),
    endDate: ZDay("de einddatum"),
    description: z.string().trim().max(2000, { error: "De uitleg mag hoogstens 2000 tekens hebben." }).default(""),
    status: z.enum(CAMPAIGN_STATUSES, { error: "Kies een bestaande stand: gepland, bezig of afgerond." }).default("GEPLAND"),
    owner: z.string().trim().max(120, { error: "Wie het trekt mag hoogstens 120 tekens hebben." }).default(""),
  })
  .strict()
  .refine((c) => c.endDate.getTime() >= c.startDate.getTime(), {
    error: "De einddatum mag niet voor de begindatum liggen.",
    path: ["endDate"],
  })
  .refine((c) => c.endDate.getTime() - c.startDate.getTime() <= 366 * 86_400_000, {
    error: "Een campagne of actie duurt hoogstens een jaar.",
    path: ["endDate"],
  });

export type TCampaign = {
  id: string;
  year: number;
  title: string;
  kind: CampaignKindName;
  targetGroups: TargetGroup[];
  startDate: string;
  endDate: string;
  description: string;
  status: CampaignStatusName;
  owner: string;
  fixedKey: string | null;
};

/** The year from `?jaar=`, or the current year when it is missing or not a sensible year. */
export function yearFrom(value: unknown, now = new Date()): number {
  const s = Array.isArray(value) ? value[0] : value;
  const n = typeof s === "string" && /^\d{4}$/.test(s) ? Number(s) : NaN;
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : now.getFullYear();
}

/** Month 1..12 → the campaigns that run (partly) in that month of `year`. Every month is present. */
export function byMonth(campaigns: TCampaign[], year: number): { month: number; items: TCampaign[] }[] {
  return MONTH_NAMES.map((_, i) => {
    const from = Date.UTC(year, i, 1);
    const to = Date.UTC(year, i + 1, 1) - 1;
    return { month: i + 1, items: campaigns.filter((c) => Date.parse(c.startDate) <= to && Date.parse(c.endDate) >= from) };
  });
}
