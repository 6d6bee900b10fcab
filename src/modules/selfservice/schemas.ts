/** Zod input schemas for the entrepreneur self-service (shared by client forms and the server). */
import { z } from "zod";
import { visibleName } from "@/lib/names";
import { WHEN_THE_GEMEENTE_BUYS } from "@/modules/engagement";
import { ZFiveM, ZMotive, ZSector } from "@/modules/engagement";

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} moet tekst zijn.` })
    .trim()
    .max(max, { error: `${label} mag hoogstens ${max} tekens hebben.` });
const required = (max: number, label: string) => text(max, label).min(1, { error: `Vul ${label.toLowerCase()} in.` });
const optional = (max: number, label: string) =>
  text(max, label)
    .optional()
    .transform((v) => (v ? v : undefined));

export const ZContributionType = z.enum(
  [
    "SIGNALEREN",
    "INFORMATIE_VERSPREIDEN",
    "COMMUNITY",
    "ACTIVITEIT_ORGANISEREN",
    "EXTRA_GASTVRIJ",
    "MEDEWERKERS_BESCHIKBAAR",
    "RUIMTE_MATERIAAL_EXPERTISE",
  ],
  { error: "Kies een bijdrage uit de lijst." },
);

/** Claim or create the organisation's profile in one gemeente. */
export const ZRegisterOrganisation = z.strictObject({
  name: visibleName(required(200, "De naam van je organisatie")),
  kvkNumber: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^\d{8}$/.test(v), { error: "Een KvK-nummer heeft 8 cijfers." }),
  website: optional(200, "De website").refine(
    (v) => v === undefined || (v.length <= 200 && /^(https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}(\/.*)?$/i.test(v)),
    {
      error: "Vul een geldig webadres in, bijvoorbeeld www.voorbeeld.nl.",
    },
  ),
  sector: ZSector,
  address: optional(300, "Het adres"),
});
export type TRegisterOrganisation = z.input<typeof ZRegisterOrganisation>;

const mustAgree = (message: string) => z.literal(true, { error: message });

/** Joining a gemeente's coalition: the entrepreneur's own acknowledgement, in plain Dutch. */
export const ZJoinCoalition = z.strictObject({
  sector: ZSector.optional(),
  address: optional(300, "Het adres"),
  ackVoluntary: mustAgree("Vink aan dat meedoen vrijwillig is."),
  ackNoProcurement: mustAgree(`Vink aan dat meedoen geen voordeel geeft ${WHEN_THE_GEMEENTE_BUYS}.`),
  ackNoMoney: mustAgree("Vink aan dat je geen geld of sponsoring geeft."),
});
export type TJoinCoalition = z.input<typeof ZJoinCoalition>;

export const ZLeave = z.strictObject({ kind: z.enum(["PAUZE", "STOPPEN"], { error: "Kies pauzeren of stoppen." }) });

export const ZProfile = z.strictObject({
  sector: ZSector,
  address: optional(300, "Het adres"),
  publicDescription: optional(500, "Wat je doet"),
  openingHours: optional(200, "De openingstijden"),
  motives: z.array(ZMotive).max(4).default([]),
  fiveMs: z.array(ZFiveM).max(5).default([]),
  contributions: z.array(ZContributionType).max(7).default([]),
  contactName: required(200, "De naam van de contactpersoon"),
  contactEmail: z.string().trim().max(200).email({ error: "Vul een geldig e-mailadres in." }),
  contactPhone: optional(40, "Het telefoonnummer"),
});
export type TProfile = z.input<typeof ZProfile>;

export const ZDecideClaim = z.strictObject({ approve: z.boolean({ error: "Kies goedkeuren of afwijzen." }) });

export const ZDeleteAccount = z.strictObject({
  confirm: z.literal("VERWIJDEREN", { error: "Typ VERWIJDEREN om te bevestigen." }),
});
