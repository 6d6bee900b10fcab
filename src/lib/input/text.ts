/**
 * Text PostgreSQL cannot store, and booleans from forms. Framework-free, shared by every schema and
 * by the two input choke points (parseInput in src/lib/result.ts, the API body reader).
 *
 * - A NUL character (U+0000) and a lone surrogate (half of a UTF-16 pair, e.g. "\ud800") cannot be
 *   stored in a PostgreSQL text column (SQLSTATE 22021). Such input is refused up front with a Dutch
 *   message, field by field, and nothing is written.
 * - A form boolean is strict: "true"/"on"/"1" is true, "false"/"off"/"0"/"" or absent is false,
 *   anything else is an error. (z.coerce.boolean turns every non-empty string, "false" too, into true.)
 */
import { z } from "zod";

export const UNSTORABLE_TEXT_MESSAGE = "Deze tekst bevat een teken dat niet kan worden opgeslagen. Haal het weg en probeer het opnieuw.";

/** Can PostgreSQL store this string as text? (No NUL, no lone surrogate.) */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/**
 * The paths of every string in `value` (objects, arrays, FormData-like entries) that cannot be
 * stored, as "a.b.0" (the form's field names). Object keys are checked too. Bounded by depth.
 */
export function unstorableTextPaths(value: unknown, path: string[] = [], out: string[] = [], depth = 0): string[] {
  if (depth > 32) return out;
  if (typeof value === "string") {
    if (!isStorableText(value)) out.push(path.length ? path.join(".") : "_form");
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unstorableTextPaths(v, [...path, String(i)], out, depth + 1));
  } else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      if (!isStorableText(k)) out.push([...path, "_key"].join("."));
      else unstorableTextPaths(v, [...path, k], out, depth + 1);
    }
  }
  return out;
}

const TRUE_VALUES = new Set(["true", "on", "1"]);
const FALSE_VALUES = new Set(["false", "off", "0", ""]);

/**
 * A strict boolean for forms and JSON: true/false, or the strings "true"/"on"/"1" and
 * "false"/"off"/"0"/"". Absent (undefined/null) is false. Anything else is a Dutch error.
 */
export function formBoolean(message = "Kies ja of nee.") {
  return z
    .union([z.boolean(), z.string(), z.null()], { error: message })
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === null) return false;
      if (typeof v === "boolean") return v;
      const s = v.trim().toLowerCase();
      if (TRUE_VALUES.has(s)) return true;
      if (FALSE_VALUES.has(s)) return false;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}
