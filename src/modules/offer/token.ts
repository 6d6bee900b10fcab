/**
 * Signed confirmation tokens for providers: "<offerId>.<gemeenteId>.<expiry>.<hmac>". The HMAC key is
 * derived from the auth secret with a purpose label, so a token cannot be reused for anything else.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

const PURPOSE = "offer-confirm:v1";
const TOKEN_DAYS = 30;

function mac(body: string): string {
  return createHmac("sha256", `${PURPOSE}:${authSecret()}`).update(body).digest("base64url");
}

export function signConfirmToken(offerId: string, gemeenteId: string, now = new Date(), days = TOKEN_DAYS): string {
  const exp = Math.floor(now.getTime() / 1000) + days * 86_400;
  const body = `${offerId}.${gemeenteId}.${exp}`;
  return `${body}.${mac(body)}`;
}

/** The ids in a valid, unexpired token; null otherwise (never throws on garbage). */
export function verifyConfirmToken(token: unknown, now = new Date()): { offerId: string; gemeenteId: string } | null {
  if (typeof token !== "string" || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [offerId, gemeenteId, expText, sig] = parts;
  const body = `${offerId}.${gemeenteId}.${expText}`;
  const expected = Buffer.from(mac(body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const exp = Number(expText);
  if (!Number.isInteger(exp) || exp * 1000 < now.getTime()) return null;
  return { offerId, gemeenteId };
}
