/**
 * Abuse protection for the public intake form, without third parties: a honeypot field, a signed
 * form timestamp (minimum fill time, maximum age), size limits (ZSignalInput) and a rate limit per
 * address per gemeente (table SignalRateLimit; the address is stored only as a hash).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { publicTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { createSignal, type CreatedSignal } from "./create-signal";
import { hitRateLimit } from "./rate-limit";

export const MIN_FILL_MS = 3_000;
export const MAX_FORM_AGE_MS = 2 * 3_600_000;
export { hitRateLimit, RATE_LIMIT } from "./rate-limit";

const sign = (ts: string) => createHmac("sha256", authSecret()).update(`signal-form|${ts}`).digest("base64url");

/** A token to put in the form when it is shown. */
export function formToken(now = Date.now()): string {
  const ts = String(now);
  return `${ts}.${sign(ts)}`;
}

export function checkFormToken(token: unknown, now = Date.now()): "ok" | "too-fast" | "invalid" {
  if (typeof token !== "string" || token.length > 200) return "invalid";
  const [ts, mac] = token.split(".");
  if (!ts || !mac || !/^\d{10,16}$/.test(ts)) return "invalid";
  const expected = Buffer.from(sign(ts));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const age = now - Number(ts);
  if (age < MIN_FILL_MS) return "too-fast";
  if (age > MAX_FORM_AGE_MS) return "invalid";
  return "ok";
}

const RETRY = "Uw zorg kon niet worden verstuurd. Wacht even en probeer het opnieuw.";

/** The public form's submit: all checks, then the one intake (createSignal). */
export async function submitPublicSignal(
  gemeenteSlug: string,
  form: { token?: unknown; website?: unknown; [k: string]: unknown },
  address: string,
): Promise<CreatedSignal> {
  const ctx = await publicTenant(gemeenteSlug);
  if (typeof form.website === "string" && form.website.trim() !== "") throw new AppError("VALIDATION", RETRY); // honeypot
  const t = checkFormToken(form.token);
  if (t !== "ok") throw new AppError("VALIDATION", t === "too-fast" ? "Dat ging erg snel. Controleer uw tekst en verstuur opnieuw." : RETRY);
  if (!(await hitRateLimit(ctx.gemeente.id, address || "unknown"))) {
    throw new AppError("RATE_LIMITED", "U heeft veel zorgen tegelijk doorgegeven. Probeer het over een uur opnieuw, of bel de gemeente.");
  }
  const { residentName, residentContact, wijk, situation, reporterName, reporterContact, reporterEmail } = form;
  return createSignal(ctx, { residentName, residentContact, wijk, situation, reporterName, reporterContact, reporterEmail }, "PUBLIEK_FORMULIER");
}
