/**
 * The reporter's status code: a code a person can write down from a phone and read out over the
 * phone. 16 characters of Crockford's base-32 alphabet (no I, L, O, U) in four groups,
 * XXXX-XXXX-XXXX-XXXX: 16 × 5 = 80 random bits, like the 96-bit codes before it, far beyond guessing.
 * Input is read leniently: any case, spaces and dashes, and the look-alikes O→0, I/L→1 (and U→V).
 * Codes handed out before this format (16 characters of base64url) are stored hashed as typed;
 * they keep working, read exactly as given.
 */
import { randomBytes } from "node:crypto";

/** Crockford's base 32: digits and letters without I, L, O and U. */
export const STATUS_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const STATUS_CODE_LENGTH = 16;
const LOOK_ALIKES: Record<string, string> = { O: "0", I: "1", L: "1", U: "V" };

/** A fresh code, formatted XXXX-XXXX-XXXX-XXXX (80 random bits: 10 bytes, 5 bits a character). */
export function newStatusCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = "";
  for (let i = STATUS_CODE_LENGTH - 1; i >= 0; i--) out += STATUS_CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return formatStatusCode(out);
}

const formatStatusCode = (plain: string) => plain.match(/.{4}/g)!.join("-");

/**
 * What a person typed, as the canonical code (XXXX-XXXX-XXXX-XXXX), or null when it cannot be
 * one: case, spaces, dashes, dots and look-alikes do not matter.
 */
export function normalizeStatusCode(input: string): string | null {
  const plain = input
    .toUpperCase()
    .replace(/[\s\-–—._]/g, "")
    .replace(/[OILU]/g, (c) => LOOK_ALIKES[c]);
  if (plain.length !== STATUS_CODE_LENGTH || ![...plain].every((c) => STATUS_CODE_ALPHABET.includes(c))) return null;
  return formatStatusCode(plain);
}

/** A code of the earlier format (base64url, 16 characters), read exactly as given. */
const LEGACY = /^[A-Za-z0-9_-]{16}$/;

/**
 * The forms under which the code may be stored (hashed): the canonical new code, and for a code
 * from before the new format the code exactly as typed (trimmed). Empty: it cannot be a code.
 */
export function statusCodeCandidates(input: string): string[] {
  const trimmed = input.trim();
  const out = new Set<string>();
  const canonical = normalizeStatusCode(trimmed);
  if (canonical) out.add(canonical);
  if (LEGACY.test(trimmed)) out.add(trimmed);
  return [...out];
}
