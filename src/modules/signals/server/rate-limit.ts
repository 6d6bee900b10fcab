/**
 * The public worry form's rate limit (table SignalRateLimit; the key is stored only as a hash): at
 * most RATE_LIMIT.max signals per window per address and gemeente. Also the limit for an ondernemer
 * the gemeente has not confirmed (create-signal.ts), keyed by the account instead of the address.
 */
import { createHash } from "node:crypto";
import { hitWindowCounter } from "@/lib/db/window-counter";

export const RATE_LIMIT = { max: 5, windowSeconds: 3_600 };

/** Count one attempt; true when still within the limit. Atomic in PostgreSQL. */
export async function hitRateLimit(gemeenteId: string, address: string): Promise<boolean> {
  const key = createHash("sha256").update(`signal-rl|${gemeenteId}|${address}`).digest("hex");
  return (await hitWindowCounter("SignalRateLimit", key, RATE_LIMIT.windowSeconds)) <= RATE_LIMIT.max;
}
