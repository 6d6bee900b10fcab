/** Field lists for ActionForm (labels in Dutch B1); the schemas live in ../schemas.ts. */
import type { FieldSpec, Option } from "./action-form";
import { SECTORS } from "../sectors";
import {
  CHANNEL_LABELS,
  CONTACT_KIND_LABELS,
  CONTRIBUTION_LABELS,
  FIVE_M_LABELS,
  LEAD_SOURCE_LABELS,
  MOTIVE_LABELS,
  STEP_LABELS,
  STEP_ORDER,
} from "../labels";

const opts = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([k, v]) => [k, v] as const);

const STEP_OPTIONS: Option[] = STEP_ORDER.map((s) => [s, STEP_LABELS[s]] as const);

export const vestigingFields: FieldSpec[] = [
  { name: "name", label: "Naam van de vestiging" },
  { name: "sector", label: "Sector", type: "select", options: SECTORS.map((s) => [s.key, s.label] as const) },
  { name: "address", label: "Adres (niet verplicht)" },
  { name: "wijk", label: "Wijk (niet verplicht)" },
  { name: "leadSource", label: "Hoe is het contact ontstaan? (niet verplicht)", type: "select", options: opts(LEAD_SOURCE_LABELS) },
  { name: "organisationName", label: "Organisatie of keten (niet verplicht)" },
];

export const moveFields: FieldSpec[] = [
  { name: "to", label: "Naar stap", type: "select", options: STEP_OPTIONS },
  { name: "reason", label: "Waarom?", type: "text" },
];
export const reasonFields: FieldSpec[] = [{ name: "reason", label: "Reden", type: "textarea" }];
export const acknowledgeFields: FieldSpec[] = [
  { name: "date", label: "Datum van de bevestiging", type: "date" },
  { name: "channel", label: "Hoe bevestigd?", type: "select", options: opts(CHANNEL_LABELS) },
];
export const contactPersonFields: FieldSpec[] = [
  { name: "name", label: "Naam" },
  { name: "role", label: "Functie (niet verplicht)" },
  { name: "email", label: "E-mailadres (niet verplicht)", type: "email" },
  { name: "phone", label: "Telefoonnummer (niet verplicht)" },
];
export const contactMomentFields: FieldSpec[] = [
  { name: "kind", label: "Soort contact", type: "select", options: opts(CONTACT_KIND_LABELS) },
  { name: "at", label: "Datum (leeg is vandaag)", type: "date" },
  { name: "partContact", label: "1. Contact: wie ben je en waarom kom je?", type: "textarea" },
  { name: "partDoelgroep", label: "2. Doelgroep: over wie gaat het?", type: "textarea" },
  { name: "partRol", label: "3. Rol: wat kan de ondernemer betekenen?", type: "textarea" },
  { name: "partPropositie", label: "4. Wat de gemeente biedt: wat kan de ondernemer van ons krijgen?", type: "textarea" },
  { name: "partActie", label: "5. Concrete actie: wat spreken we af?", type: "textarea" },
  { name: "outcome", label: "Uitkomst", type: "textarea" },
  { name: "nextAction", label: "Volgende actie" },
  { name: "nextActionDate", label: "Datum volgende actie", type: "date" },
];
export const raiseDoubtFields: FieldSpec[] = [{ name: "reason", label: "Waarom twijfel je?", type: "textarea" }];
export const closeDoubtFields: FieldSpec[] = [
  {
    name: "decision",
    label: "Besluit",
    type: "select",
    options: [
      ["CONTINUE", "Doorgaan"],
      ["STOP", "Stoppen"],
    ],
  },
  { name: "note", label: "Toelichting bij het besluit", type: "textarea" },
];
/** The full menu, including the refused ones, so the principle message is shown by the server. */
export const contributionFields: FieldSpec[] = [
  {
    name: "type",
    label: "Soort bijdrage",
    type: "select",
    options: [...opts(CONTRIBUTION_LABELS), ["GELD", "Geld geven"], ["SPONSORING", "Sponsoring"]],
    hint: "Ondernemers helpen met tijd, aandacht, ruimte of kennis. Geld en sponsoring nemen we niet aan.",
  },
  { name: "description", label: "Beschrijving (niet verplicht)", type: "textarea" },
];
export const milestoneFields: FieldSpec[] = [
  { name: "title", label: "Mijlpaal" },
  { name: "description", label: "Beschrijving (niet verplicht)", type: "textarea" },
  { name: "achievedAt", label: "Datum", type: "date" },
];
export const motivesFields: FieldSpec[] = [
  { name: "motives", label: "Motieven", type: "checkboxes", options: opts(MOTIVE_LABELS) },
  { name: "fiveMs", label: "Wat brengt de ondernemer in?", type: "checkboxes", options: opts(FIVE_M_LABELS) },
];
export const templateFields: FieldSpec[] = [
  { name: "subject", label: "Onderwerp" },
  { name: "body", label: "Tekst", type: "textarea" },
];
export const propositionFields: FieldSpec[] = [
  { name: "title", label: "Titel" },
  { name: "description", label: "Beschrijving (niet verplicht)", type: "textarea" },
];
export const settingsFields: FieldSpec[] = [
  { name: "dueWeeks", label: "Na hoeveel weken zonder contact is aandacht nodig?", type: "number" },
];

/** Edit form: the same fields without the organisation, plus the accounthouder (staff of the gemeente). */
export function updateVestigingFields(staff: readonly Option[]): FieldSpec[] {
  return [
    ...vestigingFields.filter((f) => f.name !== "organisationName"),
    { name: "publicDescription", label: "Wat doet de ondernemer mee? (openbaar, niet verplicht)", type: "textarea" },
    { name: "accountHolderId", label: "Vaste contactpersoon", type: "select", options: staff },
  ];
}
