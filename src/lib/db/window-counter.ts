/**
 * One fixed-window counter in PostgreSQL, shared by the public limits (worry form, event sign-up,
 * entrepreneur sign-up): count one hit for a key and return the count in the current window.
 * Atomic (one INSERT … ON CONFLICT), so every server process shares the count. The tables have the
 * same shape (key, windowStart, count); the key is always a hash, never an address or a name.
 */
import { Prisma } from "@/generated/prisma/client";
import { platformDb } from "./tenant";

export type WindowCounterTable = "SignalRateLimit" | "EventRateLimit" | "SignUpRateLimit";

export async function hitWindowCounter(table: WindowCounterTable, key: string, windowSeconds: number): Promise<number> {
  const t = Prisma.raw(`"${table}"`);
  const rows = await platformDb().$queryRaw<{ count: number }[]>`
    INSERT INTO ${t} (key, "windowStart", count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN ${t}."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE ${t}.count + 1 END,
      "windowStart" = CASE WHEN ${t}."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE ${t}."windowStart" END
    RETURNING count`;
  // RETURNING always gives the row; without one, count the caller as over every limit.
  return rows[0]?.count ?? Number.POSITIVE_INFINITY;
}
