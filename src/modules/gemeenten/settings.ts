/** Gemeente.settings read as an object: pure, for server and browser code alike (the writer is server/settings.ts). */

/** A stored JSON value as an object; anything else (null, an array, a string) reads as empty. */
export function settingsObject(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
