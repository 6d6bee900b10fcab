/** Dutch labels for the engagement enums (interface text, B1). */
import type {
  AcknowledgementChannel,
  ContactKind,
  ContributionType,
  FiveM,
  LeadSource,
  MailTemplateKey,
  Motive,
  PipelineStep,
} from "@/generated/prisma/enums";

export const STEP_ORDER: readonly PipelineStep[] = ["VOORBEREIDEN", "VERBINDEN", "VERLEIDEN", "VASTHOUDEN", "VERSTERKEN"];
export const ACTIVE_STEPS: readonly PipelineStep[] = ["VASTHOUDEN", "VERSTERKEN"];

export const STEP_LABELS: Record<PipelineStep, string> = {
  VOORBEREIDEN: "Voorbereiden",
  VERBINDEN: "Verbinden",
  VERLEIDEN: "Verleiden",
  VASTHOUDEN: "Vasthouden",
  VERSTERKEN: "Versterken",
};

export const LEAD_SOURCE_LABELS: Record<LeadSource, string> = {
  WARM_CONTACT: "Warm contact",
  COLLEGA_EZ: "Collega Economische Zaken",
  WERKGEVERSSERVICEPUNT: "Werkgeversservicepunt",
  NATIONALE_COALITIE: "Lid van de Nationale Coalitie tegen Eenzaamheid",
  VERWIJZING: "Verwijzing door anderen",
  ZELF_BINNENGELOPEN: "Zelf binnengelopen",
};

export const CHANNEL_LABELS: Record<AcknowledgementChannel, string> = {
  ZELFSERVICE: "Zelf bevestigd in Samenkracht",
  GESPREK: "In een gesprek",
  TELEFOON: "Telefonisch",
  MAIL: "Per mail",
  BRIEF: "Per brief",
};

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  BEZOEK: "Bezoek",
  TELEFOON: "Telefoongesprek",
  MAIL: "Mail",
  BIJEENKOMST: "Bijeenkomst",
};

export const CONTRIBUTION_LABELS: Record<ContributionType, string> = {
  SIGNALEREN: "Signaleren en zorgen doorgeven",
  INFORMATIE_VERSPREIDEN: "Informatie verspreiden",
  COMMUNITY: "Bouwen aan een community in de buurt",
  ACTIVITEIT_ORGANISEREN: "Activiteiten organiseren",
  EXTRA_GASTVRIJ: "Extra gastvrij zijn",
  MEDEWERKERS_BESCHIKBAAR: "Medewerkers beschikbaar stellen",
  RUIMTE_MATERIAAL_EXPERTISE: "Ruimte, materiaal of kennis geven",
};

export const MOTIVE_LABELS: Record<Motive, string> = {
  PERSOONLIJK: "Persoonlijk",
  MAATSCHAPPELIJK: "Maatschappelijk",
  ORGANISATORISCH: "Organisatorisch",
  COMMERCIEEL: "Commercieel",
};

export const FIVE_M_LABELS: Record<FiveM, string> = {
  MENSEN: "Mensen",
  MIDDELEN: "Middelen",
  MASSA: "Massa",
  MEDIA: "Media",
  MUNTEN: "Munten",
};

export const TEMPLATE_LABELS: Record<MailTemplateKey, string> = {
  COLLEGAS: "Mail aan collega's",
  ONDERNEMERS: "Mail aan lokale ondernemers",
};

export function stepIndex(step: PipelineStep): number {
  return STEP_ORDER.indexOf(step);
}
