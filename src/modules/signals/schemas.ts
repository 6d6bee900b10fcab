import { z } from "zod";
import { SignalSource as SignalSourceEnum } from "@/generated/prisma/enums";
import { enumValues } from "@/lib/enum-values";
import { formBoolean } from "@/lib/input/text";
import { SIGNAL_OUTCOMES, SIGNAL_STATUSES } from "./flow";
import { CATEGORY_KEY, DEFAULT_CATEGORIES, RISK_GROUPS, type SignalCategory } from "./categories";
import { settingsObject } from "@/modules/gemeenten";

const opt = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} mag niet langer zijn dan ${max} tekens.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const SIGNAL_SOURCES = enumValues(SignalSourceEnum);
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

/** Optional risk group: empty = none; anything else must be on the list. */
const ZRiskGroup = z
  .string({ error: "Kies een risicogroep uit de lijst." })
  .max(40, "Kies een risicogroep uit de lijst.")
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.enum(RISK_GROUPS, { error: "Kies een risicogroep uit de lijst." }).optional());

/** Intake: as little as needed. Name and a way to reach them, or only a wijk. */
export const ZSignalInput = z
  .object({
    residentName: opt(200, "De naam"),
    residentContact: opt(300, "Het contact"),
    wijk: opt(100, "De wijk"),
    situation: z
      .string({ error: "Schrijf op wat er is opgevallen." })
      .trim()
      .min(10, "Schrijf in een paar zinnen wat er is opgevallen.")
      .max(4000, "De tekst is te lang. Gebruik niet meer dan 4000 tekens."),
    reporterName: opt(200, "De naam van de melder"),
    reporterContact: opt(300, "Het telefoonnummer van de melder"),
    reporterEmail: z
      .string()
      .trim()
      .max(254, "Het e-mailadres is te lang.")
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.email("Vul een geldig e-mailadres in.").optional()),
    /** Hulpvraag: a key of the gemeente's list (createSignal checks it is on the list). Optional. */
    category: z
      .string()
      .trim()
      .max(40, "Kies een hulpvraag uit de lijst.")
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.string().regex(CATEGORY_KEY, "Kies een hulpvraag uit de lijst.").optional()),
    /** Risk group of the resident (the stappenplan's risk groups). Optional. */
    riskGroup: ZRiskGroup,
  })
  .refine((v) => !!v.residentName || !!v.wijk, {
    message: "Vul de naam van de persoon in, of alleen de wijk.",
    path: ["residentName"],
    // Also when another field has an error: an empty form names every missing field at once.
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });

export const ZTransitionInput = z.object({
  to: z.enum(SIGNAL_STATUSES, { error: "Kies een volgende stap." }),
  reason: z.string().trim().min(1, "Schrijf kort waarom.").max(1000, "Gebruik maximaal 1000 tekens."),
  assigneeUserId: z.uuid("Kies een medewerker.").optional(),
  volunteerUserId: z.uuid("Kies een vrijwilliger.").optional(),
  referralTo: opt(300, "De doorverwijzing"),
  supportOfferId: z.uuid().optional(),
  outcome: z.enum(SIGNAL_OUTCOMES, { error: "Kies een uitkomst." }).optional(),
  /** Set or correct the hulpvraag / risk group with any step (absent = unchanged). */
  category: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().regex(CATEGORY_KEY, "Kies een hulpvraag uit de lijst.").optional()),
  riskGroup: ZRiskGroup,
});

export const ZListInput = z.object({
  status: z.enum(SIGNAL_STATUSES).optional(),
  /** Hulpvraag key, or "geen" for signals without one. */
  category: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .regex(/^[a-z0-9-]{1,40}$/, "Kies een hulpvraag uit de lijst.")
        .optional(),
    ),
  /** Closed (afgesloten/geannuleerd) signals are hidden unless asked. */
  closed: formBoolean("Kies ja of nee bij 'afgesloten tonen'."),
  overdue: formBoolean("Kies ja of nee bij 'te laat'."),
  take: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional(),
});

const optMin = (min: number, max: number, short: string, long: string) =>
  z
    .string()
    .trim()
    .max(max, long)
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().min(min, short).optional());

const ZResidentQueryFields = z.object({
  residentName: optMin(2, 200, "Vul de hele naam in.", "De naam is te lang."),
  residentContact: optMin(3, 300, "Vul het hele adres of telefoonnummer in.", "Het contact is te lang."),
});
const oneOf = (v: { residentName?: string; residentContact?: string }) => !!v.residentName || !!v.residentContact;
const ONE_OF = { message: "Vul de naam of het adres/telefoonnummer van de bewoner in.", path: ["residentName"] };

/**
 * Find one resident's signals: by name, by contact (address or phone), or both (then both must
 * match). Matched on the decrypted values, exact but case- and spacing-insensitive.
 */
export const ZResidentQuery = ZResidentQueryFields.refine(oneOf, ONE_OF);
export type TResidentQuery = z.input<typeof ZResidentQuery>;

/** Why a regisseur restricts or erases: a fixed list, so no free text (personal data) enters the append-only audit log. */
export const RESIDENT_REQUEST_BASES = ["VERZOEK_BEWONER", "VERZOEK_VERTEGENWOORDIGER", "GEGEVENS_ONJUIST", "BEZWAAR_BEWONER"] as const;

/** Restrict or erase: the query, the reason, an explicit confirmation, and (optionally) the signals the regisseur saw. */
export const ZResidentChange = ZResidentQueryFields.extend({
  basis: z.enum(RESIDENT_REQUEST_BASES, { error: "Kies de reden." }),
  confirm: z.literal(true, { error: "Zet een vinkje om te bevestigen." }),
  signalIds: z.array(z.uuid()).max(1000).optional(),
}).refine(oneOf, ONE_OF);

/**
 * Per-gemeente settings under Gemeente.settings.signals (all optional, defaults in flow.ts). Read
 * leniently PER FIELD: one bad stored value falls back to its own default and leaves the others
 * (a retention period must never silently reset because a deadline was stored wrongly).
 */
const ZSignalSettings = z
  .object({
    deadlinesHours: z
      .partialRecord(
        z.enum(SIGNAL_STATUSES),
        z
          .number()
          .int()
          .min(1)
          .max(24 * 365),
      )
      .optional()
      .catch(undefined),
    retentionMonths: z.number().int().min(1).max(120).optional().catch(undefined),
    cancelledRetentionMonths: z.number().int().min(0).max(120).optional().catch(undefined),
    staleOpenMonths: z.number().int().min(3).max(120).optional().catch(undefined),
    dailyDigest: z.boolean().optional().catch(undefined),
    /** The gemeente's hulpvragen (signal categories); none stored = DEFAULT_CATEGORIES (categories.ts). */
    categories: z
      .array(z.object({ key: z.string().regex(CATEGORY_KEY), label: z.string().trim().min(2).max(80) }))
      .min(1)
      .max(30)
      .optional()
      .catch(undefined),
  })
  .catch({});
export type TSignalSettings = z.infer<typeof ZSignalSettings>;

export function signalSettingsOf(settings: unknown): TSignalSettings {
  const s = settingsObject(settings).signals;
  return ZSignalSettings.parse(s ?? {});
}

/** The gemeente's hulpvragen: its own list, or the defaults from the stappenplan's themes. */
export function signalCategoriesOf(settings: unknown): readonly SignalCategory[] {
  return signalSettingsOf(settings).categories ?? DEFAULT_CATEGORIES;
}
