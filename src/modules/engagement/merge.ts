/**
 * Merge fields of the mail templates ({{ondernemer}}): the list with Dutch labels, finding them in
 * a text and filling them in. Pure and small, so the send form can render the live preview in the
 * browser with exactly the code the server uses to send.
 */
export const MERGE_FIELDS = {
  ondernemer: "Naam van de ondernemer of vestiging",
  aanhef: "Naam van de contactpersoon",
  gemeente: "Naam van de gemeente",
  afzender: "Jouw naam",
  functie: "Jouw functie",
  contactgegevens: "Jouw telefoon en e-mail",
  team: "Naam van je team",
  datum: "Datum van de inspiratiesessie",
  compliment: "Een passend compliment",
  vraag: "De concrete vraag of suggestie",
  aanpak: "De kern van de aanpak in de gemeente",
  url: "Webadres met meer informatie",
} as const;

export type MergeField = keyof typeof MERGE_FIELDS;
export type MergeValues = Partial<Record<MergeField, string>>;

const FIELD_RE = /\{\{\s*([a-zA-Z_]+)\s*\}\}/g;

/** The merge fields in the texts, in order of first appearance, each once. */
export function fieldsIn(...texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => [...text.matchAll(FIELD_RE)].map((m) => m[1])))];
}

/** Fill in the merge fields. Missing values are left empty and reported in `missing`. */
export function renderTemplate(text: string, values: MergeValues): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const out = text.replace(FIELD_RE, (_, name: string) => {
    const v = (values as Record<string, string | undefined>)[name];
    if (v === undefined || v.trim() === "") {
      missing.add(name);
      return "";
    }
    return v.trim();
  });
  return { text: out, missing: [...missing] };
}

/** The Dutch name of a merge field (the field's own name when it is not in the list); pages name them from the catalogue. */
function mergeFieldLabel(name: string): string {
  return (MERGE_FIELDS as Record<string, string>)[name] ?? name;
}

/** "Vul eerst in: Jouw functie, Een passend compliment." — the refusal while fields are empty. */
export function missingFieldsMessage(missing: readonly string[]): string {
  return `Vul eerst in: ${missing.map(mergeFieldLabel).join(", ")}.`;
}
