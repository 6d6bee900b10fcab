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

const STEP_CHANGE_LABELS: Record<string, string> = {
  MOVE: "Verplaatst",
  PROMOTE: "In de pijplijn gezet",
  PARK: "Geparkeerd",
  REVIVE: "Weer opgepakt",
  ACKNOWLEDGE: "Vrijwilligheid bevestigd",
  STOP: "Samenwerking gestopt",
  RESTART: "Opnieuw begonnen",
};

/**
 * One line of the step history that says what happened: a move is "Van Verbinden naar Verleiden";
 * other kinds say what they are, and name the steps only when the step changed with it
 * ("Vrijwilligheid bevestigd", not "Vrijwilligheid bevestigd: Verleiden → Verleiden").
 */
export function describeStepChange(change: { kind: string; fromStep: PipelineStep; toStep: PipelineStep }): string {
  const from = STEP_LABELS[change.fromStep] ?? change.fromStep;
  const to = STEP_LABELS[change.toStep] ?? change.toStep;
  if (change.kind === "MOVE") return `Van ${from} naar ${to}`;
  const label = STEP_CHANGE_LABELS[change.kind] ?? change.kind;
  if (change.fromStep === change.toStep) return label;
  return `${label}: van ${from} naar ${to}`;
}
