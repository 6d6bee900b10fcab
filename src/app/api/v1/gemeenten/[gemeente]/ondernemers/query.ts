/**
 * Query-string helpers for the /ondernemers API (not a route). Query values are strings; the domain
 * schemas are strict and typed, so booleans are converted here and everything else passes through
 * untouched — unknown keys like `featured` still reach the principle scans and get their own code.
 */
import { PrincipleError } from "@/modules/engagement/principles";

const BOOLEAN_PARAMS = new Set(["parked", "stopped"]);

export function registryQuery(raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (BOOLEAN_PARAMS.has(k)) out[k] = v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v;
    else out[k] = v;
  }
  // The internal registry may sort (name, matrix score, …) but never by contribution: that would rank
  // entrepreneurs by what they give (PRINCIPLE_EQUAL_TREATMENT).
  for (const key of ["sort", "order", "orderBy", "volgorde"]) {
    const v = raw[key];
    if (typeof v === "string" && /contribut|bijdrage|sponsor|donat/i.test(v))
      throw new PrincipleError("PRINCIPLE_EQUAL_TREATMENT", undefined, key);
  }
  return out;
}
