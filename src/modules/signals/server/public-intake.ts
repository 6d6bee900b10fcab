/**
 * Abuse protection for the public intake form, without third parties: a honeypot field, a signed
 * single-use form token (minimum fill time, maximum age, used once: ConsumedFormToken), size limits
 * (ZSignalInput) and a rate limit per client address per gemeente (table SignalRateLimit; the
 * address is stored only as a hash; the address is the connection's, see clientIp()).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { publicTenant } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { AppError, parseInput } from "@/lib/result";
import { ZSignalInput } from "../schemas";
import { createSignal, type CreatedSignal } from "./create-signal";
import { hitRateLimit } from "./rate-limit";

const MIN_FILL_MS = 3_000;
const MAX_FORM_AGE_MS = 2 * 3_600_000;
export { RATE_LIMIT } from "./rate-limit";

const sign = (ts: string, nonce: string) => createHmac("sha256", authSecret()).update(`signal-form|${ts}|${nonce}`).digest("base64url");

/** A token to put in the form when it is shown: time, a random nonce, and a signature over both. */
export function formToken(now = Date.now()): string {
  const ts = String(now);
  const nonce = randomBytes(12).toString("base64url");
  return `${ts}.${nonce}.${sign(ts, nonce)}`;
}

/** "expired": the form stood open longer than MAX_FORM_AGE_MS; reloading the page gives a fresh token. */
export function checkFormToken(token: unknown, now = Date.now()): "ok" | "too-fast" | "expired" | "invalid" {
  if (typeof token !== "string" || token.length > 200) return "invalid";
  const [ts, nonce, mac, extra] = token.split(".");
  if (!ts || !nonce || !mac || extra !== undefined || !/^\d{10,16}$/.test(ts) || !/^[\w-]{8,40}$/.test(nonce)) return "invalid";
  const expected = Buffer.from(sign(ts, nonce));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const age = now - Number(ts);
  if (age < MIN_FILL_MS) return "too-fast";
  if (age > MAX_FORM_AGE_MS) return "expired";
  return "ok";
}

/**
 * Use a (checked) form token up: true the first time, false for every later use. The token's hash
 * is kept in ConsumedFormToken until the token would have expired anyway (pruned by housekeeping).
 */
async function consumeFormToken(token: string): Promise<boolean> {
  const hash = createHash("sha256").update(`signal-form-used|${token}`).digest("hex");
  const ts = Number(token.split(".")[0]);
  const expiresAt = new Date((Number.isFinite(ts) ? ts : Date.now()) + MAX_FORM_AGE_MS);
  const rows = await platformDb().$queryRaw<{ hash: string }[]>`
    INSERT INTO "ConsumedFormToken" (hash, "expiresAt") VALUES (${hash}, ${expiresAt})
    ON CONFLICT (hash) DO NOTHING RETURNING hash`;
  return rows.length === 1;
}

export async function pruneConsumedFormTokens(now = new Date()): Promise<number> {
  const { count } = await platformDb().consumedFormToken.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

/** Waiting does not help a form that stood open too long (or lost its token): a fresh page does. */
const RELOAD_STEPS = "Kopieer eerst uw tekst. Laad dan de pagina opnieuw en verstuur het formulier nog een keer.";
export const FORM_EXPIRED = `Uw zorg is nog niet verstuurd, want het formulier stond te lang open. ${RELOAD_STEPS}`;
const RELOAD_FORM = `Uw zorg is nog niet verstuurd. ${RELOAD_STEPS}`;

/** The public form's submit: all checks, then the one intake (createSignal). */
export async function submitPublicSignal(
  gemeenteSlug: string,
  form: { token?: unknown; website?: unknown; [k: string]: unknown },
  address: string,
): Promise<CreatedSignal> {
  const ctx = await publicTenant(gemeenteSlug);
  const { residentName, residentContact, wijk, situation, reporterName, reporterContact, reporterEmail } = form;
  const input = { residentName, residentContact, wijk, situation, reporterName, reporterContact, reporterEmail };
  // Validate first, then the anti-abuse checks: a person who sends an empty or incomplete form
  // hears which fields are missing (not "too fast"), and a form with a mistake keeps its token,
  // so the corrected form can be sent.
  parseInput(ZSignalInput, input);
  if (typeof form.website === "string" && form.website.trim() !== "") throw new AppError("VALIDATION", RELOAD_FORM); // honeypot
  const t = checkFormToken(form.token);
  if (t !== "ok")
    throw new AppError(
      "VALIDATION",
      t === "too-fast" ? "Dat ging erg snel. Controleer uw tekst en verstuur opnieuw." : t === "expired" ? FORM_EXPIRED : RELOAD_FORM,
    );
  if (!(await hitRateLimit(ctx.gemeente.id, address || "unknown"))) {
    throw new AppError("RATE_LIMITED", "U heeft veel zorgen tegelijk doorgegeven. Probeer het over een uur opnieuw, of bel de gemeente.");
  }
  // Each form token works once: a replayed submission is refused.
  if (!(await consumeFormToken(form.token as string))) {
    throw new AppError("VALIDATION", "Dit formulier is al verstuurd. Laad de pagina opnieuw als u nog een zorg wilt doorgeven.");
  }
  return createSignal(ctx, input, "PUBLIEK_FORMULIER");
}
