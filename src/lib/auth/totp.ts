/**
 * Time-based one-time passwords (RFC 6238, HOTP from RFC 4226) with node:crypto only.
 * Framework-free. Secrets are base32 (RFC 4648, no padding), as authenticator apps expect.
 * Verification accepts the current 30-second step and one step either side (clock drift).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

type TotpAlgorithm = "sha1" | "sha256" | "sha512";
export type TotpOptions = { digits?: number; period?: number; algorithm?: TotpAlgorithm };

export function base32Encode(buf: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(input: string): Buffer {
  const clean = input.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const idx = BASE32.indexOf(ch);
    if (idx === -1) throw new Error("Invalid base32 character");
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new random secret: 20 bytes (160 bits, the RFC 4226 recommendation), base32. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** HOTP value for one counter (RFC 4226 §5.3, dynamic truncation). */
export function hotp(key: Buffer, counter: bigint | number, opts: TotpOptions = {}): string {
  const digits = opts.digits ?? 6;
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(opts.algorithm ?? "sha1", key)
    .update(msg)
    .digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const code = ((mac[offset] & 0x7f) << 24) | ((mac[offset + 1] & 0xff) << 16) | ((mac[offset + 2] & 0xff) << 8) | (mac[offset + 3] & 0xff);
  return String(code % 10 ** digits).padStart(digits, "0");
}

/** TOTP for a raw key at a time (ms since epoch). */
export function totpAt(key: Buffer, timeMs: number, opts: TotpOptions = {}): string {
  const step = Math.floor(timeMs / 1000 / (opts.period ?? 30));
  return hotp(key, step, opts);
}

/** The current code for a base32 secret (for tests and set-up screens). */
export function totpCode(secretBase32: string, timeMs = Date.now()): string {
  return totpAt(base32Decode(secretBase32), timeMs);
}

/**
 * The time step (counter) a 6-digit code belongs to, within ±1 step of `timeMs`, or null. The
 * caller stores the accepted step and refuses any step not after it (RFC 6238 §5.2: a code is
 * accepted once): see acceptTotpCode in totp-store.ts.
 */
export function matchTotpStep(secretBase32: string, code: string, timeMs = Date.now()): number | null {
  const candidate = String(code ?? "").replace(/\s/g, "");
  if (!/^\d{6}$/.test(candidate)) return null;
  let key: Buffer;
  try {
    key = base32Decode(secretBase32);
  } catch {
    return null;
  }
  if (key.length === 0) return null;
  const now = Math.floor(timeMs / 1000 / 30);
  let match: number | null = null;
  for (const step of [now - 1, now, now + 1]) {
    if (timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(candidate))) match = step;
  }
  return match;
}

/** Check a 6-digit code against a base32 secret, ±1 time step. Constant-time per comparison. */
export function verifyTotp(secretBase32: string, code: string, timeMs = Date.now()): boolean {
  const candidate = String(code ?? "").replace(/\s/g, "");
  if (!/^\d{6}$/.test(candidate)) return false;
  let key: Buffer;
  try {
    key = base32Decode(secretBase32);
  } catch {
    return false;
  }
  if (key.length === 0) return false;
  let ok = false;
  for (const drift of [-1, 0, 1]) {
    const expected = totpAt(key, timeMs + drift * 30_000);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(candidate))) ok = true;
  }
  return ok;
}

/** otpauth:// URI for authenticator apps (shown as text or QR code on the set-up page). */
export function totpUri(secretBase32: string, account: string, issuer = "Samenkracht"): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({ secret: secretBase32, issuer, algorithm: "SHA1", digits: "6", period: "30" });
  return `otpauth://totp/${label}?${params}`;
}
