/**
 * The path and query of the current request, set by src/proxy.ts on every request (overwriting
 * anything a client sent). Layouts cannot see the URL; a login redirect needs the full target so the
 * person lands where they were going (e.g. one event in the agenda), not on the gemeente's home.
 */
export const REQUEST_PATH_HEADER = "x-samenkracht-request-path";

/** The stamped path if it lies under `prefix` (the route that asks), else `fallback`. */
export function returnPathFrom(stamped: string | null | undefined, prefix: string, fallback: string): string {
  if (typeof stamped !== "string" || stamped.length > 2000) return fallback;
  if (!stamped.startsWith("/") || stamped.startsWith("//") || stamped.startsWith("/\\")) return fallback;
  return stamped === prefix || stamped.startsWith(`${prefix}/`) || stamped.startsWith(`${prefix}?`) ? stamped : fallback;
}
