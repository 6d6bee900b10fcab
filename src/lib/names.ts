/**
 * Names that the public sees (a vestiging, an organisation, a coalition partner, an offer and its
 * provider): one rule, shared by every schema and mirrored in PostgreSQL (issue 13, finding 5;
 * docs/decisions/0013-membership-and-relation-invariants.md).
 *
 * - A name needs at least one visible letter or digit: a name of only punctuation, symbols, spaces or
 *   invisible (zero-width) characters is refused with a Dutch message. The database refuses it too
 *   (CHECK name_is_visible(...), migration 20261205110000_relation_invariants).
 * - Public lists are ordered by a sort key that ignores leading punctuation, symbols and invisible
 *   characters, case and accents: PostgreSQL keeps it per row (name_sort_key → "sortName",
 *   "sortTitle"); `compareByNameKey` orders on it with the nl collation.
 */
import { z } from "zod";

/**
 * Characters that are no visible letter or digit (the same ranges as name_is_visible /
 * name_sort_key in the migration; tests/integration/names-order.test.ts checks they agree).
 */
const NAME_IGNORABLE =
  "\\u0000-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u00BF\\u00D7\\u00F7\\u0300-\\u036F\\u115F\\u1160\\u1680\\u180E\\u2000-\\u2BFF\\u2E00-\\u2E7F" +
  "\\u3000-\\u3004\\u3008-\\u3020\\u3164\\uFE00-\\uFE6F\\uFEFF\\uFF00-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\uFFA0\\uFFF0-\\uFFFF" +
  "\\u{1F000}-\\u{1FAFF}\\u{E0000}-\\u{E007F}\\u{E0100}-\\u{E01EF}";

const IGNORABLE = new RegExp(`[${NAME_IGNORABLE}]`, "gu");

/** Has the name a visible letter or digit? (Stricter than the database: a letter or digit in Unicode's sense.) */
export function hasVisibleLetterOrDigit(name: string): boolean {
  return /[\p{L}\p{N}]/u.test(name.replace(IGNORABLE, ""));
}

export const INVISIBLE_NAME_MESSAGE =
  "Een naam moet minstens één letter of cijfer hebben. Alleen leestekens, symbolen of onzichtbare tekens kan niet.";

/** A zod refinement for any public name field. */
export function visibleName<T extends z.ZodType<string | undefined | null>>(schema: T): T {
  return schema.refine((v) => v === undefined || v === null || v === "" || hasVisibleLetterOrDigit(v), {
    error: INVISIBLE_NAME_MESSAGE,
  }) as unknown as T;
}

const nl = new Intl.Collator("nl", { sensitivity: "base" });
const nlFull = new Intl.Collator("nl");

/** Order by the sort key (nl collation), then by the full name, so equal keys still sort the same way every time. */
export function compareByNameKey(a: { key: string; name: string }, b: { key: string; name: string }): number {
  return nl.compare(a.key, b.key) || nlFull.compare(a.name, b.name);
}

/** The first letter of a key for a letter index: A–Z, or "#" for anything else. */
export function indexLetter(key: string): string {
  const c = key.normalize("NFD").charAt(0).toUpperCase();
  return c >= "A" && c <= "Z" ? c : "#";
}

/**
 * A letter index over keys in list order: each first letter once, with the page (of `pageSize`) where it starts;
 * A–Z, then "#" for names that do not start with a letter.
 */
export function letterPages(keys: readonly string[], pageSize: number): { letter: string; page: number }[] {
  const first = new Map<string, number>();
  keys.forEach((key, i) => {
    const letter = indexLetter(key);
    if (!first.has(letter)) first.set(letter, Math.floor(i / pageSize) + 1);
  });
  return [...first]
    .map(([letter, page]) => ({ letter, page }))
    .sort((a, b) => (a.letter === "#" ? 1 : b.letter === "#" ? -1 : a.letter.localeCompare(b.letter)));
}

/** Lower case without accents, for a name search ("cafe" finds "Café", "sudwest" finds "Súdwest-Fryslân"). */
export const foldForSearch = (s: string) => s.toLocaleLowerCase("nl").normalize("NFD").replace(/\p{M}/gu, "");
