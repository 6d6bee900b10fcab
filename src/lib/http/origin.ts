/**
 * Same-origin check for cookie-authenticated mutating route handlers (CSRF defence).
 * Framework-free: takes the request's Headers.
 *
 * A request passes when its Origin header is the app's own origin (APP_URL) or names the same host
 * the request was sent to (x-forwarded-host, else host) — the rule Next.js applies to server
 * actions. A missing, "null" or foreign Origin is refused with BAD_ORIGIN.
 *
 * /api/v1 does not need this: it authenticates by API key only, never by cookie.
 */
import { AppError } from "../result";
import { appUrl } from "../env";

function originOf(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export function isSameOrigin(headers: Headers, allowedOrigins: string[] = [appUrl()]): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const parsed = originOf(origin);
  if (!parsed) return false;
  for (const allowed of allowedOrigins) {
    const a = originOf(allowed);
    if (a && a.origin === parsed.origin) return true;
  }
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0].trim().toLowerCase();
  return host !== "" && parsed.host.toLowerCase() === host;
}

/** Throws BAD_ORIGIN (403) unless the request comes from the app itself. */
export function assertSameOrigin(headers: Headers, allowedOrigins?: string[]): void {
  if (!isSameOrigin(headers, allowedOrigins)) throw new AppError("BAD_ORIGIN");
}
