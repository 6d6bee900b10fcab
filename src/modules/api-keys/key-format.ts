/**
 * API key format — pure, framework-free.
 *
 *   sk_live_<gemeenteId>_<secret>
 *
 * - <gemeenteId> is the tenant's id (a UUID: hex and dashes, never "_").
 * - <secret> is 32 random bytes, base64url (may itself contain "_" and "-").
 *
 * Why the gemeente id is in the key: ApiKey is a tenant table under forced row-level security, so
 * the application role cannot search it without a gemeente set, and we may not add a SECURITY
 * DEFINER lookup function. So authentication parses the gemeente id from the key, opens
 * withTenant({gemeenteId}) and looks the key up by its sha256 hash there. A forged or altered
 * gemeente id simply finds no row (the hash covers the whole key, gemeente id included), so the id
 * in the key grants nothing by itself. The id is not secret; it appears in no URL but is harmless.
 *
 * Only the sha256 hash and a short display prefix are stored; the full key is shown once.
 */
import { createHash, randomBytes } from "node:crypto";

const KEY_PREFIX = "sk_live_";
const KEY_RE = /^sk_live_([0-9a-fA-F-]{36})_([A-Za-z0-9_-]{43})$/;

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function generateApiKey(gemeenteId: string): { key: string; prefix: string; keyHash: string } {
  if (!/^[0-9a-fA-F-]{36}$/.test(gemeenteId)) throw new Error("gemeenteId must be a UUID");
  const secret = randomBytes(32).toString("base64url"); // 43 characters
  const key = `${KEY_PREFIX}${gemeenteId}_${secret}`;
  return { key, prefix: `${KEY_PREFIX}${secret.slice(0, 6)}`, keyHash: hashApiKey(key) };
}

/** The gemeente id a well-formed key claims, or null. Claims nothing about validity. */
export function parseApiKey(key: string): { gemeenteId: string } | null {
  const m = KEY_RE.exec(key);
  return m ? { gemeenteId: m[1].toLowerCase() } : null;
}

/** Extract the token from an Authorization header value ("Bearer <key>"); null if absent/malformed. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header.trim());
  return m ? m[1] : null;
}
