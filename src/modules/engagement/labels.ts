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

/** One wording for staff and entrepreneurs (the self-service profile reads the same labels). */
export const CONTRIBUTION_LABELS: Record<ContributionType, string> = {
  SIGNALEREN: "Zorgen over klanten doorgeven",
  INFORMATIE_VERSPREIDEN: "Informatie verspreiden",
  COMMUNITY: "Mensen met elkaar verbinden",
  ACTIVITEIT_ORGANISEREN: "Activiteiten organiseren",
  EXTRA_GASTVRIJ: "Extra gastvrij zijn",
  MEDEWERKERS_BESCHIKBAAR: "Medewerkers inzetten",
  RUIMTE_MATERIAAL_EXPERTISE: "Ruimte, materiaal of kennis geven",
};

export const MOTIVE_LABELS: Record<Motive, string> = {
  PERSOONLIJK: "Persoonlijk",
  MAATSCHAPPELIJK: "Maatschappelijk",
  ORGANISATORISCH: "Organisatorisch",
  COMMERCIEEL: "Commercieel",
};

/** The handreiking's "5 M's" in plain words, for staff and entrepreneurs alike (no "massa", no "munten"). */
export const FIVE_M_LABELS: Record<FiveM, string> = {
  MENSEN: "Mensen: medewerkers die meehelpen",
  MIDDELEN: "Middelen: ruimte of spullen",
  MASSA: "Bereik: veel klanten of bezoekers",
  MEDIA: "Media: aandacht in een nieuwsbrief of op sociale media",
  MUNTEN: "Kennis van geld en zaken (geen sponsoring)",
};

/** The reason stored when an entrepreneur pauses in self-service (a pause is a stop they can undo with the gemeente). */
export const PAUSE_REASON = "Pauze (door de ondernemer zelf)";
export const STOP_REASON_SELF = "Gestopt (door de ondernemer zelf)";

/** What staff see for a stopped relation: the entrepreneur's own word "Pauze" when they paused. */
export function stoppedLabel(reason: string | null | undefined): string {
  return reason === PAUSE_REASON ? "Pauze (gekozen door de ondernemer)" : "Gestopt";
}

export const TEMPLATE_LABELS: Record<MailTemplateKey, string> = {
  COLLEGAS: "Mail aan collega's",
  ONDERNEMERS: "Mail aan lokale ondernemers",
};

export function stepIndex(step: PipelineStep): number {
  return STEP_ORDER.indexOf(step);
}

const STEP_CHANGE_LABELS: Record<string, string> = {
  MOVE: "Verplaatst",
  PROMOTE: "Naar de stap Verbinden gezet",
  PARK: "Stilgezet",
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
