/**
 * Input schemas for the engagement domain. All are strict objects: unknown keys — such as
 * `exclusive`, `featured` or `priority` — are rejected, never silently stripped. The domain
 * functions scan raw input first (principles.ts) so such attempts get the principle's own code.
 */
import { z } from "zod";
// Only the Dutch locale: `z.locales` would put every zod locale into the browser bundle.
import nl from "zod/v4/locales/nl.js";
import { visibleName } from "@/lib/names";
import { SECTOR_KEYS } from "./sectors";
import { MATRIX_CRITERIA } from "./matrix";
import { pageNumber } from "@/lib/input/paging";

z.config(nl());

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} moet tekst zijn.` })
    .trim()
    .max(max, { error: `${label} mag hoogstens ${max} tekens hebben.` });
const required = (max: number, label: string) => text(max, label).min(1, { error: `Vul ${label.toLowerCase()} in.` });
const optionalText = (max: number, label: string) =>
  text(max, label)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

const ZId = z.string({ error: "Kies een geldige regel." }).uuid({ error: "Kies een geldige regel." });

export const ZPipelineStep = z.enum(["VOORBEREIDEN", "VERBINDEN", "VERLEIDEN", "VASTHOUDEN", "VERSTERKEN"], {
  error: "Kies een stap: voorbereiden, verbinden, verleiden, vasthouden of versterken.",
});
export const ZSector = z.enum(SECTOR_KEYS, { error: "Kies een sector uit de lijst." });
const ZLeadSource = z.enum(
  ["WARM_CONTACT", "COLLEGA_EZ", "WERKGEVERSSERVICEPUNT", "NATIONALE_COALITIE", "VERWIJZING", "ZELF_BINNENGELOPEN"],
  { error: "Kies hoe het contact is ontstaan." },
);
const ZOrganisationKind = z.enum(["SOCIALE_ONDERNEMING", "MVO_BEDRIJF", "COMMERCIEEL"], {
  error: "Kies het soort onderneming.",
});
const ZChannel = z.enum(["ZELFSERVICE", "GESPREK", "TELEFOON", "MAIL", "BRIEF"], { error: "Kies hoe de bevestiging is gegeven." });
const ZContactKind = z.enum(["BEZOEK", "TELEFOON", "MAIL", "BIJEENKOMST"], { error: "Kies het soort contact." });
export const ZMotive = z.enum(["PERSOONLIJK", "MAATSCHAPPELIJK", "ORGANISATORISCH", "COMMERCIEEL"]);
export const ZFiveM = z.enum(["MENSEN", "MIDDELEN", "MASSA", "MEDIA", "MUNTEN"]);
export const ZTemplateKey = z.enum(["COLLEGAS", "ONDERNEMERS"], { error: "Kies een sjabloon." });
/**
 * A date from a form or JSON: an ISO string (or a Date). Never coerced from null, a number or a
 * boolean — `z.coerce.date()` turned `null` into 1970-01-01, which made an acknowledgement "given".
 * Optional dates say so with `.optional().nullable()` (those short-circuit before this runs).
 */
const ZDate = z.preprocess(
  (v) => (v instanceof Date ? v : typeof v === "string" && v.trim() !== "" ? new Date(v.trim()) : undefined),
  z.date({ error: "Vul een geldige datum in." }),
);

const vestigingFields = {
  name: visibleName(required(200, "De naam")),
  sector: ZSector,
  address: optionalText(300, "Het adres"),
  wijk: optionalText(100, "De wijk"),
  leadSource: ZLeadSource.optional().nullable(),
  publicDescription: optionalText(500, "Wat de ondernemer doet"),
  accountHolderId: ZId.optional().nullable(),
};

export const ZCreateVestiging = z
  .strictObject({
    ...vestigingFields,
    /** An existing organisation (e.g. a national chain), or a name for a new one. */
    organisationId: ZId.optional(),
    organisationName: visibleName(optionalText(200, "De naam van de organisatie")),
    organisationKind: ZOrganisationKind.optional(),
    nationalChain: z.boolean().optional(),
  })
  .refine((v) => !(v.organisationId && v.organisationName), {
    error: "Kies een bestaande organisatie óf vul een nieuwe naam in, niet allebei.",
    path: ["organisationName"],
  });

export const ZUpdateVestiging = z.strictObject({
  name: vestigingFields.name.optional(),
  sector: ZSector.optional(),
  address: vestigingFields.address,
  wijk: vestigingFields.wijk,
  leadSource: vestigingFields.leadSource,
  publicDescription: vestigingFields.publicDescription,
  accountHolderId: vestigingFields.accountHolderId,
});

export const REGISTRY_SORTS = ["name", "sector", "wijk", "step", "matrixScore", "updatedAt"] as const;
export const ZSearchVestigingen = z.strictObject({
  q: text(100, "De zoekterm").optional(),
  sector: ZSector.optional(),
  wijk: text(100, "De wijk").optional(),
  step: ZPipelineStep.optional(),
  parked: z.boolean().optional(),
  stopped: z.boolean().optional(),
  sort: z.enum(REGISTRY_SORTS, { error: "Kies een geldige sortering." }).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: pageNumber("Het paginanummer").default(1),
  pageSize: pageNumber("Het aantal per pagina", 200).default(50),
});

export const ZMatrix = z.strictObject(
  Object.fromEntries(MATRIX_CRITERIA.map((c) => [c.key, z.boolean({ error: `Kies ja of nee bij '${c.label}'.` }).optional()])) as Record<
    (typeof MATRIX_CRITERIA)[number]["key"],
    z.ZodOptional<z.ZodBoolean>
  >,
);

export const ZPromote = z.strictObject({
  vestigingIds: z.array(ZId).min(1, { error: "Kies minstens één ondernemer." }).max(200).optional(),
  top: z.number().int().min(1).max(200).optional(),
  reason: optionalText(500, "De reden"),
});

/** Every move records who, when and why: the reason is required (also when going back). */
export const ZMoveStep = z.strictObject({
  to: ZPipelineStep,
  reason: required(1000, "De reden van de verplaatsing"),
});

export const ZReason = z.strictObject({ reason: required(1000, "De reden") });
export const ZOptionalReason = z.strictObject({ reason: optionalText(1000, "De reden") });

export const ZAcknowledge = z.strictObject({
  date: ZDate,
  channel: ZChannel,
});

export const ZContactPerson = z.strictObject({
  name: required(200, "De naam"),
  role: optionalText(100, "De functie"),
  email: z
    .email({ error: "Vul een geldig e-mailadres in." })
    .max(254)
    .optional()
    .nullable()
    .or(z.literal("").transform(() => null)),
  phone: optionalText(40, "Het telefoonnummer"),
});

const gespreksstarter = {
  partContact: optionalText(2000, "Contact"),
  partDoelgroep: optionalText(2000, "Doelgroep"),
  partRol: optionalText(2000, "Rol"),
  partPropositie: optionalText(2000, "Wat de gemeente biedt"),
  partActie: optionalText(2000, "Concrete actie"),
  outcome: optionalText(2000, "De uitkomst"),
  nextAction: optionalText(500, "De volgende actie"),
  nextActionDate: ZDate.optional().nullable(),
};

export const ZContactMoment = z
  .strictObject({
    kind: ZContactKind,
    at: ZDate.optional(),
    ...gespreksstarter,
  })
  .refine((v) => !v.nextActionDate || !!v.nextAction, { error: "Beschrijf de volgende actie bij de datum.", path: ["nextAction"] });
export const ZUpdateContactMoment = z.strictObject(gespreksstarter);

export const ZMilestone = z.strictObject({
  title: required(200, "De mijlpaal"),
  description: optionalText(2000, "De beschrijving"),
  achievedAt: ZDate,
});

export const ZContribution = z.strictObject({
  type: z.string({ error: "Kies een bijdrage uit de lijst." }),
  description: optionalText(1000, "De beschrijving"),
});

export const ZMotivesFiveMs = z.strictObject({
  motives: z.array(ZMotive).max(4).optional(),
  fiveMs: z.array(ZFiveM).max(5).optional(),
});

export const ZPropositionItem = z.strictObject({
  title: required(200, "De titel"),
  description: optionalText(1000, "De beschrijving"),
  position: z.number().int().min(0).max(1000).optional(),
  active: z.boolean().optional(),
});
export const ZUpdatePropositionItem = ZPropositionItem.partial();

export const ZMailTemplate = z.strictObject({
  subject: required(300, "Het onderwerp"),
  body: required(20000, "De tekst"),
});

export const ZMergeValues = z.record(z.string(), z.string().max(5000));

export const ZSendTemplateMail = z.strictObject({
  key: ZTemplateKey,
  // Length first, then the pattern (zod's e-mail pattern is slow on long crafted input).
  to: z
    .string({ error: "Vul een geldig e-mailadres in." })
    .max(254, { error: "Dit e-mailadres is te lang." })
    .pipe(z.email({ error: "Vul een geldig e-mailadres in." })),
  values: ZMergeValues.optional(),
});

export const ZLogSentMail = z.strictObject({
  key: ZTemplateKey,
  subject: required(300, "Het onderwerp"),
});

export const ZRaiseDoubt = z.strictObject({ reason: required(2000, "De reden van je twijfel") });
export const ZCloseDoubt = z.strictObject({
  decision: z.enum(["CONTINUE", "STOP"], { error: "Kies: doorgaan of stoppen." }),
  note: required(2000, "De toelichting bij het besluit"),
});

/** Gemeente settings for engagement. There is deliberately no setting to close joining. */
export const ZEngagementSettings = z.strictObject({
  dueWeeks: z
    .number({ error: "Vul een aantal weken in." })
    .int()
    .min(1, { error: "Kies minstens 1 week." })
    .max(52, { error: "Kies hoogstens 52 weken." }),
});

/** Exposure (public register, newsletter list): one rule for everyone, alphabetical only. */
export const ZExposureQuery = z.strictObject({
  order: z.literal("alfabetisch").optional(),
});

const PUBLIC_REGISTER_PAGE_SIZE = 100;
export const PUBLIC_REGISTER_MAX_PAGE_SIZE = 500;
/**
 * One page of the public register: still alphabetical only, the same fields for everyone; a page
 * and a name filter change what is shown, never the order.
 */
export const ZPublicRegisterPageQuery = ZExposureQuery.extend({
  page: pageNumber("Het paginanummer").default(1),
  pageSize: pageNumber("Het aantal per pagina", PUBLIC_REGISTER_MAX_PAGE_SIZE).default(PUBLIC_REGISTER_PAGE_SIZE),
  zoek: text(100, "De zoekterm").optional(),
});
