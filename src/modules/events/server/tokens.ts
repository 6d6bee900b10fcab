/**
 * Signed, single-purpose links for people without an account. Framework-free.
 *
 * A token is "<id>.<gemeenteId>.<expiry>.<hmac>": the HMAC key is derived from the auth secret with a
 * purpose label, so an invitation token cannot be used as a cancel token (or for anything else), and
 * a token for one invitation or registration names nothing else. The expiry is the end of the event
 * (plus a day): after that the link only says that it has expired.
 *
 * - "invite": one EventInvitation (bound to event + invitee); registers and unregisters, repeatedly.
 * - "cancel": one EventGuest (a registration without an account); it deletes that registration, so
 *   the link works once: afterwards it finds nothing.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

export type TokenPurpose = "invite" | "cancel";
const PURPOSES: Record<TokenPurpose, string> = { invite: "event-invite:v1", cancel: "event-guest-cancel:v1" };
const ID = /^[0-9a-f-]{36}$/;

function mac(purpose: TokenPurpose, body: string): string {
  return createHmac("sha256", `${PURPOSES[purpose]}:${authSecret()}`).update(body).digest("base64url");
}

/** The link is valid until a day after the event ends. */
export function tokenExpiry(eventEndsAt: Date): Date {
  return new Date(eventEndsAt.getTime() + 86_400_000);
}

export function signEventToken(purpose: TokenPurpose, id: string, gemeenteId: string, expiresAt: Date): string {
  const body = `${id}.${gemeenteId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${body}.${mac(purpose, body)}`;
}

export type TokenCheck = { ok: true; id: string; gemeenteId: string } | { ok: false; reason: "INVALID" | "EXPIRED" };

/** Checks signature, purpose and expiry. Never throws on garbage. */
export function verifyEventToken(purpose: TokenPurpose, token: unknown, now = new Date()): TokenCheck {
  if (typeof token !== "string" || token.length > 300) return { ok: false, reason: "INVALID" };
  const parts = token.split(".");
  if (parts.length !== 4) return { ok: false, reason: "INVALID" };
  const [id, gemeenteId, expText, sig] = parts;
  if (!ID.test(id) || !ID.test(gemeenteId)) return { ok: false, reason: "INVALID" };
  const expected = Buffer.from(mac(purpose, `${id}.${gemeenteId}.${expText}`));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "INVALID" };
  const exp = Number(expText);
  if (!Number.isInteger(exp) || exp * 1000 < now.getTime()) return { ok: false, reason: "EXPIRED" };
  return { ok: true, id, gemeenteId };
}
