/**
 * The profile form's fields and choices as data, given to ProfileForm by the page (a server
 * component), so their labels travel with the page's HTML and not in its JavaScript
 * (docs/decisions/0011). ProfileForm renders them in this order.
 */
import { SECTORS } from "@/modules/engagement";
import { CONTRIBUTION_LABELS, FIVE_M_LABELS } from "@/modules/engagement";
import type { Messages } from "@/i18n/messages";

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

/** The sectors with their Dutch names (the /ondernemer forms'). */
export const SECTOR_CHOICES: readonly Choice[] = SECTORS.map((s) => [s.key, s.label] as const);

type Words = Pick<Messages["labels"], "sector" | "contribution" | "fiveM">;

/**
 * The fields, with their texts from the catalogue (selfServicePages.profileFields and .form) and their choices named
 * in the reader's language (`words`: the labels section, the names staff see too), in the modules' order.
 */
export function profileFields(
  x: Messages["selfServicePages"]["profileFields"],
  form: Messages["selfServicePages"]["form"],
  words: Words,
): readonly ProfileField[] {
  const named = <K extends string>(keys: readonly K[], names: Readonly<Record<K, string>>): Choice[] => keys.map((k) => [k, names[k]]);
  const sectors = named(
    SECTORS.map((s) => s.key),
    words.sector,
  );
  const contributions = named(Object.keys(CONTRIBUTION_LABELS) as (keyof typeof CONTRIBUTION_LABELS)[], words.contribution);
  const fiveMs = named(Object.keys(FIVE_M_LABELS) as (keyof typeof FIVE_M_LABELS)[], words.fiveM);
  const motives: Choice[] = [
    ["PERSOONLIJK", x.motivePersonal],
    ["MAATSCHAPPELIJK", x.motiveSocial],
    ["ORGANISATORISCH", x.motiveOrganisation],
    ["COMMERCIEEL", x.motiveCommercial],
  ];
  return [
    { kind: "select", name: "sector", id: "p-sector", label: form.sector, options: sectors },
    { kind: "input", name: "address", id: "p-address", label: x.address, type: "text", autoComplete: "street-address" },
    { kind: "textarea", name: "publicDescription", id: "p-desc", label: x.publicDescription },
    { kind: "input", name: "openingHours", id: "p-hours", label: x.openingHours, type: "text", hint: x.openingHoursHint },
    { kind: "checkboxes", name: "contributions", label: x.contributions, options: contributions },
    { kind: "checkboxes", name: "motives", label: x.motives, options: motives },
    { kind: "checkboxes", name: "fiveMs", label: x.fiveMs, options: fiveMs },
    {
      kind: "input",
      name: "contactName",
      id: "p-cname",
      label: x.contactName,
      type: "text",
      autoComplete: "name",
      required: true,
      hint: x.contactNameHint,
    },
    { kind: "input", name: "contactEmail", id: "p-cemail", label: x.contactEmail, type: "email", autoComplete: "email", required: true },
    { kind: "input", name: "contactPhone", id: "p-cphone", label: x.contactPhone, type: "tel", autoComplete: "tel" },
  ];
}
