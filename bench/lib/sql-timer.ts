/**
 * "Bare SQL" time of an answer: the same queries on ONE pg connection as the app role, inside a
 * transaction with the tenant set (so row-level security applies, as in the app), without Prisma,
 * HTTP, rendering or JSON. The difference to the HTTP time is the framework cost.
 */
import pg from "pg";
import { stats } from "./stats";

export type SqlQuery = { text: string; values?: unknown[] };

export async function timeSql(appUrl: string, gemeenteId: string, queries: SqlQuery[], runs: number, warmup = 5) {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    const one = async () => {
      const t = performance.now();
      await client.query("BEGIN");
      await client.query(`SELECT set_config('app.gemeente_id', $1, true), set_config('app.user_id', '', true)`, [gemeenteId]);
      for (const q of queries) await client.query(q.text, q.values ?? []);
      await client.query("COMMIT");
      return performance.now() - t;
    };
    for (let i = 0; i < warmup; i++) await one();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await one());
    return { runs, ...stats(samples) };
  } finally {
    await client.end();
  }
}
