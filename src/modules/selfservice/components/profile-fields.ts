/**
 * The profile form's fields and choices as data, given to ProfileForm by the page (a server
 * component), so their labels travel with the page's HTML and not in its JavaScript
 * (docs/decisions/0011). ProfileForm renders them in this order.
 */
import { SECTORS } from "@/modules/engagement";
import { CONTRIBUTION_LABELS, FIVE_M_LABELS } from "@/modules/engagement";

export type Choice = readonly [value: string, label: string];
export type ProfileField =
  | {
      kind: "input";
      name: string;
      id: string;
      label: string;
      type: "text" | "email" | "tel";
      hint?: string;
      autoComplete?: string;
      required?: boolean;
    }
  | { kind: "textarea"; name: string; id: string; label: string; hint?: string }
  | { kind: "select"; name: string; id: string; label: string; options: readonly Choice[] }
  | { kind: "checkboxes"; name: string; label: string; options: readonly Choice[] };

export const SECTOR_CHOICES: readonly Choice[] = SECTORS.map((s) => [s.key, s.label] as const);

/** The same labels staff see (engagement/labels.ts): one name for each contribution. */
const CONTRIBUTIONS: Choice[] = Object.entries(CONTRIBUTION_LABELS);
const MOTIVES: Choice[] = [
  ["PERSOONLIJK", "Persoonlijk"],
  ["MAATSCHAPPELIJK", "Maatschappelijk"],
  ["ORGANISATORISCH", "Goed voor de organisatie"],
  ["COMMERCIEEL", "Commercieel"],
];
const FIVE_MS: Choice[] = Object.entries(FIVE_M_LABELS);

export const PROFILE_FIELDS: readonly ProfileField[] = [
  { kind: "select", name: "sector", id: "p-sector", label: "Sector", options: SECTOR_CHOICES },
  { kind: "input", name: "address", id: "p-address", label: "Adres van je vestiging", type: "text", autoComplete: "street-address" },
  { kind: "textarea", name: "publicDescription", id: "p-desc", label: "Wat doe je tegen eenzaamheid? (komt op de openbare lijst)" },
  {
    kind: "input",
    name: "openingHours",
    id: "p-hours",
    label: "Openingstijden (niet verplicht)",
    type: "text",
    hint: "Bijvoorbeeld: maandag tot en met zaterdag 8.00 tot 18.00 uur. Alleen de gemeente ziet dit.",
  },
  { kind: "checkboxes", name: "contributions", label: "Wat draag je bij?", options: CONTRIBUTIONS },
  { kind: "checkboxes", name: "motives", label: "Waarom doe je mee?", options: MOTIVES },
  { kind: "checkboxes", name: "fiveMs", label: "Wat breng je in?", options: FIVE_MS },
  {
    kind: "input",
    name: "contactName",
    id: "p-cname",
    label: "Contactpersoon voor de gemeente",
    type: "text",
    autoComplete: "name",
    required: true,
    hint: "Alleen de gemeente ziet dit. Het staat nooit op de openbare lijst.",
  },
  {
    kind: "input",
    name: "contactEmail",
    id: "p-cemail",
    label: "E-mailadres van de contactpersoon",
    type: "email",
    autoComplete: "email",
    required: true,
  },
  { kind: "input", name: "contactPhone", id: "p-cphone", label: "Telefoonnummer (niet verplicht)", type: "tel", autoComplete: "tel" },
];
