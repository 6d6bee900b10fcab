/**
 * Words residents and entrepreneurs do not use, with the plain word to write instead. The list in
 * docs/terminology.md explains each one; plain-language.test.ts fails when one of these appears in
 * a resident's or entrepreneur's text (the catalogue's resident, entrepreneur and shared sections,
 * and the resident-facing files it scans). Staff may use some of them (they are work words there),
 * but not the words of STAFF_JARGON.
 */
export type Jargon = { word: string; pattern: RegExp; instead: string };

export const JARGON: readonly Jargon[] = [
  { word: "signaalpunt", pattern: /\bsignaalpunt/i, instead: 'de gemeente (met haar naam); "zorgen doorgeven"' },
  { word: "melding", pattern: /\bmelding/i, instead: 'zorg ("uw zorg", "zorgen doorgeven")' },
  {
    word: "meldpunt",
    pattern: /\bmeldpunt/i,
    instead: 'zorg ("uw zorg", "zorgen doorgeven"); staff: signalen ("centrale plek voor signalen", "instellingen signalen")',
  },
  { word: "accounthouder", pattern: /\baccounthouder/i, instead: "vaste contactpersoon bij de gemeente" },
  { word: "propositie", pattern: /\bpropositie/i, instead: "wat de gemeente biedt" },
  { word: "pijplijn", pattern: /\bpijplijn/i, instead: "stappen" },
  { word: "shortlist / longlist", pattern: /\b(short|long)list/i, instead: "eerste keus / lijst van ondernemers" },
  { word: "parkeren", pattern: /\bgeparkeerd|\bparkeren/i, instead: "even stilzetten; stilgezet" },
  { word: "export / inzage", pattern: /\bexport|\binzage/i, instead: "een kopie van de gegevens" },
  {
    word: "5 M's",
    pattern: /\b5 M['’]s|\bmassa\b|\bmunten\b/i,
    instead: "wat je kunt bijdragen: mensen, spullen, bereik, aandacht in de media, geld",
  },
  { word: "claimen", pattern: /\bclaim/i, instead: "laten bevestigen dat je bij de organisatie hoort" },
  {
    word: "mediane tijd",
    pattern: /\bmedia(an|ne?)\b/i,
    instead: 'de tijd, en dat de helft sneller was ("tijd tot oppakken in uren (de helft was sneller)")',
  },
  { word: "aanbesteding", pattern: /\baanbested/i, instead: "als de gemeente iets inkoopt of een opdracht geeft" },
  { word: "in natura", pattern: /\bin natura\b/i, instead: "hulp met tijd, ruimte, spullen of kennis" },
  { word: "subsidiëren", pattern: /\bsubsidi/i, instead: "geld geven aan" },
  { word: "sociale kaart", pattern: /\bsociale kaart/i, instead: "activiteiten en hulp" },
  { word: "iCal", pattern: /\bical\b/i, instead: "in de agenda op uw telefoon of computer zetten" },
  { word: "database", pattern: /\bdatabase/i, instead: 'Samenkracht ("is even niet bereikbaar")' },
  { word: "professional", pattern: /\bprofessional/i, instead: "hulpverlener, medewerker" },
  { word: "community", pattern: /\bcommunity/i, instead: "groep, ontmoeting" },
  {
    word: "beperken",
    // The law's word only where the plain words explain it: "minder te gebruiken (beperken)", "de verwerking beperken".
    pattern: /(?<![(]|verwerking )\bbeperk(en\b|\b)/i,
    instead: "op slot zetten / van slot halen (the law's word once, in the explanation)",
  },
  { word: "nulmeting", pattern: /\bnulmeting/i, instead: "beginmeting: hoe het nu is" },
  { word: "streefgetal", pattern: /\bstreefgetal/i, instead: "doel: hoeveel we willen halen" },
];

/**
 * The jargon words that staff screens do not use either: they have a plain word that the staff
 * screens use. plain-language.test.ts checks the catalogue's staff sections and the staff files.
 * Not here: "melding" (staff still say it in a few places) and the others
 * that remain work words on the staff screens.
 */
export const STAFF_JARGON: readonly Jargon[] = JARGON.filter((j) =>
  [
    "mediane tijd",
    "nulmeting",
    "streefgetal",
    "sociale kaart",
    "iCal",
    "accounthouder",
    "propositie",
    "shortlist / longlist",
    "meldpunt",
    "signaalpunt",
    "export / inzage",
    "pijplijn",
    "parkeren",
    "beperken",
  ].includes(j.word),
);

/** "u"-forms and "je"-forms (whole words). */
const U_FORMS = /(?<![\p{L}\d-])(u|uw|uzelf)(?![\p{L}\d-])/iu;
const JE_FORMS = /(?<![\p{L}\d-])(je|jij|jou|jouw|jezelf)(?![\p{L}\d-])/iu;

export type Audience = "resident" | "entrepreneur" | "staff" | "shared";

/** What is wrong with a text for an audience (empty: nothing). */
export function problems(text: string, audience: Audience): string[] {
  const out: string[] = [];
  if ((audience === "resident" || audience === "shared") && JE_FORMS.test(text)) out.push(`"${text.match(JE_FORMS)![0]}" (je-vorm)`);
  if ((audience === "staff" || audience === "entrepreneur" || audience === "shared") && U_FORMS.test(text))
    out.push(`"${text.match(U_FORMS)![0]}" (u-vorm)`);
  out.push(...jargonIn(text, audience === "staff" ? STAFF_JARGON : JARGON));
  return out;
}

/** The words of a jargon list that a text uses, each with the plain word to write instead. */
export function jargonIn(text: string, list: readonly Jargon[]): string[] {
  return list.filter((j) => j.pattern.test(text)).map((j) => `jargon "${j.word}": schrijf ${j.instead}`);
}

/**
 * The literal texts of a source file: string and template literals and JSX text, without comments.
 * Only sentences and labels of more than one word, unless `singleWords` (then also one-word labels
 * such as "Nulmeting", and identifiers: fine for a jargon check, not for the u/je check).
 */
export function literalTexts(source: string, singleWords = false): string[] {
  const code = source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\s\/\/ .*$/gm, "");
  const out: string[] = [];
  for (const m of code.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g))
    out.push((m[1] ?? m[2] ?? m[3]!).replace(/\$\{[^}]*\}/g, " "));
  // JSX text may be wrapped over lines by the formatter: one space, so a phrase still matches.
  for (const m of code.matchAll(/>([^<>{}]*[A-Za-z][^<>{}]*)</g)) out.push(m[1]!.replace(/\s+/g, " ").trim());
  if (singleWords) return out.filter((t) => t.trim() !== "");
  // Only sentences and labels (a space, then a lower-case word); not class names.
  return out.filter(
    (t) => /\s[a-zé]{2,}/u.test(t) && !/(^|\s)(mt|mb|px|py|text|font|rounded|border|bg|grid|flex|list|max|min|w|h)-/.test(t),
  );
}
