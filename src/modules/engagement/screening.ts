/**
 * Free-text screening (issue 13, finding 4). Text that reaches the public, or that describes a
 * contribution or a milestone, is checked for three things the principles rule out:
 *   - money (PRINCIPLE_NO_SPONSORSHIP): amounts in euro, donatie, sponsoring, gift, schenking …
 *   - exclusivity (PRINCIPLE_NOT_EXCLUSIVE): exclusief, als enige, alleen wij …
 *   - a procurement advantage (PRINCIPLE_VOLUNTARY): aanbesteding, inkoop, voorrang, gunning …
 *
 * A hit is never refused and never silently public: the domain core stores the text, and opens a
 * twijfel with the reason and the words found; while it is open the relation is off every outward
 * surface (exposure predicate). A second person decides (four eyes, server/doubts.ts), so a false
 * positive such as "geen geld, wel tijd" costs one review, never the relation.
 *
 * The word lists below are the data; the matcher is linear (no backtracking patterns over user
 * text): the text is cut to MAX_SCREEN_CHARS, folded (lower case, accents off), split into words,
 * and each rule is a word prefix or a short sequence of words.
 */

import { WHEN_THE_GEMEENTE_BUYS } from "./principle-words";

export type ScreeningCategory = "GELD" | "EXCLUSIEF" | "AANBESTEDING";

export const SCREENING_LABELS: Record<ScreeningCategory, string> = {
  GELD: "geld of sponsoring",
  EXCLUSIEF: "exclusiviteit",
  AANBESTEDING: `voordeel ${WHEN_THE_GEMEENTE_BUYS}`,
};

/**
 * One rule: a sequence of word prefixes that must follow each other ("als enige" = ["als", "enige"]).
 * `exact: true` means every word must match whole (for short words such as "gift" or "euro" whose
 * prefix would hit unrelated words: "giftig", "europa").
 */
type Rule = { words: readonly string[]; exact?: boolean };

const SCREENING_WORDS: Record<ScreeningCategory, readonly Rule[]> = {
  GELD: [
    { words: ["euro"], exact: true },
    { words: ["euros"], exact: true },
    { words: ["eur"], exact: true },
    { words: ["€"] },
    { words: ["donati"] }, // donatie, donaties
    { words: ["doneer"] }, // doneren, doneert
    { words: ["doneren"] },
    { words: ["gedoneerd"] },
    { words: ["sponsor"] }, // sponsor, sponsoring, sponsoren, sponsort
    { words: ["gesponsord"] },
    { words: ["gift"], exact: true },
    { words: ["giften"], exact: true },
    { words: ["schenking"] },
    { words: ["schenken"], exact: true },
    { words: ["geld"], exact: true },
    { words: ["geldbedrag"] },
    { words: ["geldelijke"] },
    { words: ["financiele", "bijdrage"] },
    { words: ["bijdrage", "in", "geld"] },
    { words: ["betalen", "wij"] },
    { words: ["wij", "betalen"] },
  ],
  EXCLUSIEF: [
    { words: ["exclusie"] }, // exclusief, exclusieve
    { words: ["exclusiviteit"] },
    { words: ["als", "enige"] },
    { words: ["alleen", "wij"] },
    { words: ["enige", "partner"] },
    { words: ["vaste", "partner", "van", "de", "gemeente"] },
    { words: ["geen", "andere", "ondernemers"] },
    { words: ["geen", "concurrent"] },
  ],
  AANBESTEDING: [
    { words: ["aanbested"] }, // aanbesteding, aanbestedingen
    { words: ["inkoop"] },
    { words: ["inkopen"], exact: true },
    { words: ["voorrang"] },
    { words: ["gunning"] },
    { words: ["gegund"] },
    { words: ["gunnen"], exact: true },
    { words: ["opdracht", "van", "de", "gemeente"] },
    { words: ["opdrachten", "van", "de", "gemeente"] },
    { words: ["voorkeurs"] }, // voorkeursbehandeling, voorkeurspositie
    { words: ["tegenprestatie"] },
    { words: ["in", "ruil", "voor"] },
  ],
};

/**
 * A rule right after one of these words is a denial ("geen geld", "zonder sponsoring", "niet
 * exclusief") and is not a hit. Only the word directly before counts: "geen 250 euro maar 500 euro"
 * still hits on the second amount, and "wij sponsoren niets" is a hit (a second person clears it).
 */
const SCREENING_NEGATIONS: readonly string[] = ["geen", "zonder", "nooit", "niet", "nimmer"];

const MAX_SCREEN_CHARS = 10_000;

export type ScreeningHit = { category: ScreeningCategory; words: string[] };
export type ScreeningResult = { hits: ScreeningHit[]; reason: string | null };

/** Lower case, accents off, "€" kept as its own word; everything else that is not a letter or digit splits words. */
export function foldWords(text: string): string[] {
  const folded = text
    .slice(0, MAX_SCREEN_CHARS)
    .normalize("NFKD")
    // Accents off, and invisible format characters (zero-width space, soft hyphen …) out, so
    // "spon\u200Bsoring" is still one word.
    .replace(/[\u0300-\u036f]|\p{Cf}/gu, "")
    .toLowerCase()
    .replace(/€/g, " € ");
  const out: string[] = [];
  let cur = "";
  for (const ch of folded) {
    if (ch === "€") {
      if (cur) out.push(cur);
      out.push("€");
      cur = "";
    } else if (/[\p{L}\p{N}]/u.test(ch)) {
      cur += ch;
    } else if (cur) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur) out.push(cur);
  return out;
}

function matchAt(words: string[], i: number, rule: Rule): boolean {
  for (let k = 0; k < rule.words.length; k++) {
    const w = words[i + k];
    if (w === undefined) return false;
    if (rule.exact || k < rule.words.length - 1 ? w !== rule.words[k] : !w.startsWith(rule.words[k])) return false;
  }
  return true;
}

/** Screen one or more texts; returns the hits per category with the words found (as written, folded). */
export function screenText(...texts: Array<string | null | undefined>): ScreeningResult {
  const found = new Map<ScreeningCategory, Set<string>>();
  for (const text of texts) {
    if (!text) continue;
    const words = foldWords(text);
    for (let i = 0; i < words.length; i++) {
      for (const category of Object.keys(SCREENING_WORDS) as ScreeningCategory[]) {
        for (const rule of SCREENING_WORDS[category]) {
          if (matchAt(words, i, rule) && !(i > 0 && SCREENING_NEGATIONS.includes(words[i - 1]))) {
            const set = found.get(category) ?? new Set<string>();
            set.add(words.slice(i, i + rule.words.length).join(" "));
            found.set(category, set);
          }
        }
      }
    }
  }
  const hits = [...found.entries()].map(([category, set]) => ({ category, words: [...set] }));
  return { hits, reason: hits.length ? screeningReason(hits) : null };
}

/** The Dutch reason of the automatic twijfel: what was found, and why it waits for a second person. */
export function screeningReason(hits: ScreeningHit[], where?: string): string {
  const parts = hits.map((h) => `${SCREENING_LABELS[h.category]} (gevonden: ${h.words.map((w) => `"${w}"`).join(", ")})`);
  return (
    `Automatische controle${where ? ` van ${where}` : ""}: de tekst lijkt te gaan over ${parts.join("; ")}. ` +
    "De tekst is niet openbaar tot iemand anders dan de schrijver hierover besluit."
  );
}
