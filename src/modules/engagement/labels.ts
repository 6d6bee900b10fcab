/** Dutch labels for the engagement enums (interface text, B1). */
import type {
  AcknowledgementChannel,
  ContactKind,
  ContributionType,
  DoubtDecision,
  FiveM,
  LeadSource,
  MailTemplateKey,
  Motive,
  PipelineStep,
  StepChangeKind,
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

/** How staff see a stopped relation (the catalogue's labels.stopped points here; English beside it). */
export type StoppedWords = { paused: string; stopped: string };
export const STOPPED_WORDS: StoppedWords = { paused: "Pauze (gekozen door de ondernemer)", stopped: "Gestopt" };

/** What staff see for a stopped relation: the entrepreneur's own word "Pauze" when they paused. */
export function stoppedLabel(reason: string | null | undefined, words: StoppedWords = STOPPED_WORDS): string {
  return reason === PAUSE_REASON ? words.paused : words.stopped;
}

/** The decision that closes a doubt. */
export const DOUBT_DECISION_LABELS: Record<DoubtDecision, string> = {
  CONTINUE: "Doorgaan",
  STOP: "Stoppen",
};

export const TEMPLATE_LABELS: Record<MailTemplateKey, string> = {
  COLLEGAS: "Mail aan collega's",
  ONDERNEMERS: "Mail aan lokale ondernemers",
};

export function stepIndex(step: PipelineStep): number {
  return STEP_ORDER.indexOf(step);
}

/** The words of the step history (the catalogue's labels.stepChange points here; English beside it). */
export type StepChangeWords = {
  kinds: Record<StepChangeKind, string>;
  /** A move: "Van Verbinden naar Verleiden". */
  move: (from: string, to: string) => string;
  /** Another kind that changed the step: "Opnieuw begonnen: van Vasthouden naar Verbinden". */
  changed: (what: string, from: string, to: string) => string;
};

export const STEP_CHANGE_WORDS: StepChangeWords = {
  kinds: {
    MOVE: "Verplaatst",
    PROMOTE: "Naar de stap Verbinden gezet",
    PARK: "Stilgezet",
    REVIVE: "Weer opgepakt",
    ACKNOWLEDGE: "Vrijwilligheid bevestigd",
    STOP: "Samenwerking gestopt",
    RESTART: "Opnieuw begonnen",
  },
  move: (from, to) => `Van ${from} naar ${to}`,
  changed: (what, from, to) => `${what}: van ${from} naar ${to}`,
};

/**
 * One line of the step history that says what happened: a move is "Van Verbinden naar Verleiden";
 * other kinds say what they are, and name the steps only when the step changed with it
 * ("Vrijwilligheid bevestigd", not "Vrijwilligheid bevestigd: Verleiden → Verleiden").
 * Dutch unless a page passes the catalogue's words and step names (t.labels.stepChange, t.labels.step).
 */
export function describeStepChange(
  change: { kind: string; fromStep: PipelineStep; toStep: PipelineStep },
  words: StepChangeWords = STEP_CHANGE_WORDS,
  steps: Record<PipelineStep, string> = STEP_LABELS,
): string {
  const from = steps[change.fromStep] ?? change.fromStep;
  const to = steps[change.toStep] ?? change.toStep;
  if (change.kind === "MOVE") return words.move(from, to);
  const label = words.kinds[change.kind as StepChangeKind] ?? change.kind;
  if (change.fromStep === change.toStep) return label;
  return words.changed(label, from, to);
}
