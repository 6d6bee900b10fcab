/**
 * PATCH semantics in one place: a partial update changes the keys the client sent and nothing else.
 * Schemas may turn an absent optional field into null (optionalText → null); for an update that
 * would wipe the stored value, so every patch keeps only the keys present in the raw input.
 */
export function sentKeysOnly<T extends Record<string, unknown>>(parsed: T, raw: unknown): Partial<T> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const sent = new Set(Object.keys(raw));
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => sent.has(k))) as Partial<T>;
}
