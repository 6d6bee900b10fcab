/**
 * The public worry form's rate limit (table SignalRateLimit; the key is stored only as a hash): at
 * most RATE_LIMIT.max signals per window per address and gemeente. Also the limit for an ondernemer
 * the gemeente has not confirmed (create-signal.ts), keyed by the account instead of the address.
 */
import { createHash } from "node:crypto";
import { platformDb } from "@/lib/db/tenant";

export const RATE_LIMIT = { max: 5, windowSeconds: 3_600 };

/** Count one attempt; true when still within the limit. Atomic in PostgreSQL. */
export async function hitRateLimit(gemeenteId: string, address: string): Promise<boolean> {
  const key = createHash("sha256").update(`signal-rl|${gemeenteId}|${address}`).digest("hex");
  const rows = await platformDb().$queryRaw<{ count: number }[]>`
    INSERT INTO "SignalRateLimit" (key, "windowStart", count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "SignalRateLimit"."windowStart" < now() - make_interval(secs => ${RATE_LIMIT.windowSeconds}) THEN 1 ELSE "SignalRateLimit".count + 1 END,
      "windowStart" = CASE WHEN "SignalRateLimit"."windowStart" < now() - make_interval(secs => ${RATE_LIMIT.windowSeconds}) THEN now() ELSE "SignalRateLimit"."windowStart" END
    RETURNING count`;
  return (rows[0]?.count ?? 0) <= RATE_LIMIT.max;
}
