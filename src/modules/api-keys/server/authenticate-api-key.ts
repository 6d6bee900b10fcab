import { ANONYMOUS, type Actor } from "@/lib/auth/context";
import { withTenant } from "@/lib/db/tenant";
import { bearerToken, hashApiKey, parseApiKey } from "../key-format";

/** lastUsedAt is written at most once per this interval per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Authenticate a request by API key. Accepts the Authorization header value ("Bearer <key>") or the
 * bare key. Returns an apiKey Actor, or ANONYMOUS for a missing, malformed, unknown or revoked key.
 *
 * How the lookup works under RLS: see key-format.ts — the gemeente id is parsed from the key, then
 * the key is looked up by sha256 hash inside withTenant({gemeenteId}).
 */
export async function authenticateApiKey(bearer: string | null | undefined): Promise<Actor> {
  const token = bearer && /^bearer\s/i.test(bearer.trim()) ? bearerToken(bearer) : (bearer?.trim() ?? null);
  if (!token) return ANONYMOUS;
  const parsed = parseApiKey(token);
  if (!parsed) return ANONYMOUS;
  const keyHash = hashApiKey(token);
  const found = await withTenant({ gemeenteId: parsed.gemeenteId }, async (db) => {
    const key = await db.apiKey.findFirst({
      where: { keyHash, revokedAt: null },
      select: { id: true, gemeenteId: true, role: true, lastUsedAt: true },
    });
    if (!key) return null;
    const now = Date.now();
    if (!key.lastUsedAt || now - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await db.apiKey.updateMany({ where: { id: key.id }, data: { lastUsedAt: new Date(now) } });
    }
    return key;
  });
  if (!found || found.gemeenteId !== parsed.gemeenteId) return ANONYMOUS;
  return { kind: "apiKey", keyId: found.id, gemeenteId: found.gemeenteId, role: found.role };
}
