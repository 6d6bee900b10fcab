/**
 * A gemeente's own wijken: the list in its settings (Gemeente.settings.wijken). Framework-free.
 * The wijk of a signal is always one of these — never free text from the public — so nothing a
 * stranger types can reach the council report or another official document. Matching ignores
 * case, accents and extra spaces and gives the list's own spelling back.
 */
import { listLines } from "@/lib/text/lines";
import { settingsObject } from "./settings";

const MAX_WIJKEN = 200;
const MAX_WIJK_LENGTH = 100;

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();

/** The wijken in a gemeente's settings (trimmed, without duplicates, in the given order). */
export function wijkenOf(settings: unknown): string[] {
  const raw = settingsObject(settings).wijken;
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of raw) {
    if (typeof w !== "string") continue;
    const name = w.replace(/\s+/g, " ").trim();
    if (!name || name.length > MAX_WIJK_LENGTH || seen.has(fold(name))) continue;
    seen.add(fold(name));
    out.push(name);
  }
  return out.slice(0, MAX_WIJKEN);
}

/** The listed wijk a typed value means, or null when it is not on the list. */
export function listedWijk(list: readonly string[], value: string | null | undefined): string | null {
  if (!value) return null;
  const key = fold(value);
  return list.find((w) => fold(w) === key) ?? null;
}

/** Parse the regisseur's text (one wijk per line) into a list; Dutch message when too long. */
export function parseWijkenText(text: string): { ok: true; wijken: string[] } | { ok: false; message: string } {
  const lines = listLines(text);
  if (lines.some((l) => l.length > MAX_WIJK_LENGTH))
    return { ok: false, message: `Een wijknaam mag hoogstens ${MAX_WIJK_LENGTH} tekens hebben.` };
  if (lines.length > MAX_WIJKEN) return { ok: false, message: `Geef hoogstens ${MAX_WIJKEN} wijken op.` };
  return { ok: true, wijken: wijkenOf({ wijken: lines }) };
}
