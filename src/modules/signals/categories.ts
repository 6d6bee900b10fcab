/**
 * Signals by theme (issue 16): a signal's hulpvraag ("category") and the resident's risk group.
 * Pure: no database. The category list is the gemeente's own (Gemeente.settings.signals.categories);
 * without one, DEFAULT_CATEGORIES below, taken from the themes of the stappenplan Terneuzen (stap 7:
 * "komen er veel meldingen binnen over rouw en verlies? Dan … een rouw- en verliesgroep"; team welzijn:
 * "behoefte aan een maatje, boodschappen, samen koffie drinken"; avond-eenzaamheid: "Samen eten Axel")
 * and the routekaart (bestaanszekerheid, zingeving, mantelzorg).
 * Risk groups are the offer's target groups (the stappenplan's "meest voorkomende risicogroepen").
 */
import { listLines } from "@/lib/text/lines";
import { TARGET_GROUPS, type TargetGroup } from "@/modules/offer";

export type SignalCategory = { key: string; label: string };

export const DEFAULT_CATEGORIES: readonly SignalCategory[] = [
  { key: "rouw", label: "Rouw en verlies" },
  { key: "sociaal-contact", label: "Behoefte aan sociaal contact (maatje, samen koffie)" },
  { key: "praktische-hulp", label: "Praktische hulp (boodschappen, vervoer)" },
  { key: "alleen-thuis", label: "Alleen thuis na het werk of 's avonds" },
  { key: "mantelzorg", label: "Zware mantelzorg" },
  { key: "gezondheid", label: "Gezondheid of beperking" },
  { key: "geldzorgen", label: "Geldzorgen" },
  { key: "zingeving", label: "Zingeving en levenslust" },
  { key: "anders", label: "Iets anders" },
];

export const CATEGORY_KEY = /^[a-z0-9-]{1,40}$/;
const UNKNOWN_CATEGORY = "Hulpvraag onbekend";

/** Risk groups at intake: the offer's target groups without "Iedereen". */
export const RISK_GROUPS = TARGET_GROUPS.filter((g) => g !== "IEDEREEN") as Exclude<TargetGroup, "IEDEREEN">[];
export type RiskGroup = (typeof RISK_GROUPS)[number];

/** A category key from a label: lower case, accents off, words joined by "-" (linear, no regex over user text beyond simple classes). */
export function categoryKeyOf(label: string): string {
  const folded = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .slice(0, 80);
  let out = "";
  for (const ch of folded) {
    if ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9")) out += ch;
    else if (out && !out.endsWith("-")) out += "-";
  }
  return out.replace(/-$/, "").slice(0, 40);
}

/** The label for a stored key: the gemeente's list first; a key no longer listed reads as itself. */
export function categoryLabel(categories: readonly SignalCategory[], key: string | null | undefined): string {
  if (!key) return UNKNOWN_CATEGORY;
  return categories.find((c) => c.key === key)?.label ?? key;
}

/** A short label for titles: the part before a bracket ("Behoefte aan sociaal contact"). */
function shortCategoryLabel(categories: readonly SignalCategory[], key: string | null | undefined): string | null {
  if (!key) return null;
  return categoryLabel(categories, key).split(" (")[0]!;
}

const titleDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Amsterdam" });

/**
 * A signal's title that says something without naming anyone: hulpvraag · wijk · date
 * ("Rouw en verlies · Noord · 5 dec 2026"). Never the resident's name (only non-personal list values).
 */
export function signalTitle(
  categories: readonly SignalCategory[],
  s: { category?: string | null; wijk?: string | null; createdAt: Date; erasedAt?: Date | null },
): string {
  const date = titleDate.format(s.createdAt).replace(".", "");
  if (s.erasedAt) return `Gewist signaal · ${date}`;
  const parts = [shortCategoryLabel(categories, s.category) ?? "Signaal", s.wijk?.trim() || null, date].filter(Boolean);
  return parts.join(" · ");
}

export const MAX_CATEGORIES = 30;
const LABEL_MIN = 2;
const LABEL_MAX = 80;

/**
 * The regisseur's list of hulpvragen, one per line. A line whose label is already in the list (case
 * and spaces aside) keeps its key, so signals that have it keep their hulpvraag; a new line gets a key
 * from its label. Duplicate lines count once. Limits as ZSignalSettings reads them back.
 */
export function parseCategoriesText(
  text: string,
  current: readonly SignalCategory[],
): { ok: true; categories: SignalCategory[] } | { ok: false; message: string } {
  const fold = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  const lines = listLines(text);
  const seen = new Set<string>();
  const categories: SignalCategory[] = [];
  for (const label of lines) {
    if (seen.has(fold(label))) continue;
    seen.add(fold(label));
    if (label.length < LABEL_MIN || label.length > LABEL_MAX)
      return { ok: false, message: `Een hulpvraag heeft ${LABEL_MIN} tot ${LABEL_MAX} tekens: "${label.slice(0, 40)}".` };
    const key = current.find((c) => fold(c.label) === fold(label))?.key ?? categoryKeyOf(label);
    if (!CATEGORY_KEY.test(key)) return { ok: false, message: `Gebruik letters of cijfers in de hulpvraag "${label.slice(0, 40)}".` };
    const twin = categories.find((c) => c.key === key);
    if (twin)
      return { ok: false, message: `"${twin.label}" en "${label.slice(0, 40)}" lijken te veel op elkaar. Maak er één hulpvraag van.` };
    categories.push({ key, label });
  }
  if (categories.length === 0) return { ok: false, message: "Vul minstens één hulpvraag in, één per regel." };
  if (categories.length > MAX_CATEGORIES) return { ok: false, message: `Geef hoogstens ${MAX_CATEGORIES} hulpvragen op.` };
  return { ok: true, categories };
}
