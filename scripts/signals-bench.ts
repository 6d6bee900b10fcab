/**
 * npm run signals:bench — 50,000 signals in one gemeente; times the work queue pages and the
 * regisseur's counts. Uses its own throwaway gemeente in DATABASE_URL (dev database only).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { requireTenant } from "../src/lib/auth/context";
import { listSignals, signalCounts } from "../src/modules/signals/server/read-signals";

const N = Number(process.env.BENCH_SIGNALS || 50_000);
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const gid = randomUUID();
const uid = randomUUID();
const slug = `bench-${gid.slice(0, 8)}`;
await client.query(`INSERT INTO "Gemeente"(id, slug, name, inhabitants, "updatedAt") VALUES ($1,$2,'Bench',50000, now())`, [gid, slug]);
await client.query(`INSERT INTO "User"(id, email, name, "updatedAt") VALUES ($1,$2,'Bench', now())`, [uid, `${slug}@bench.test`]);
await client.query(`INSERT INTO "Membership"(id, "userId", "gemeenteId", role) VALUES ($1,$2,$3,'REGISSEUR')`, [randomUUID(), uid, gid]);
await client.query(
  `INSERT INTO "Signal"(id, "gemeenteId", status, source, wijk, "situationEnc", "dueAt", "createdAt", "updatedAt")
   SELECT gen_random_uuid(), $1,
     (enum_range(NULL::"SignalStatus"))[1 + (i % 9)], (enum_range(NULL::"SignalSource"))[1 + (i % 4)],
     'Wijk ' || (i % 12), 'v1:x:x:x:x', now() + ((i % 20) - 5) * interval '1 day', now() - (i % 700) * interval '1 hour', now()
   FROM generate_series(1, $2) AS i`,
  [gid, N],
);
await client.query(`ANALYZE "Signal"`);
const actor = {
  kind: "user" as const,
  userId: uid,
  platformRole: null,
  memberships: [
    {
      gemeenteId: gid,
      gemeenteSlug: slug,
      gemeenteName: "Bench",
      role: "REGISSEUR" as const,
      organisationId: null,
      coalitionPartnerId: null,
    },
  ],
};
const ctx = await requireTenant(actor, { slug }, "signals:assess");
async function time(label: string, fn: () => Promise<unknown>) {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label}: median ${runs[2]!.toFixed(1)} ms, max ${runs[4]!.toFixed(1)} ms`);
}
await time("work queue, first page of 50", () => listSignals(ctx, { take: 50 }));
await time("work queue, overdue", () => listSignals(ctx, { overdue: true, take: 50 }));
await time("work queue, status TEAM_WELZIJN", () => listSignals(ctx, { status: "TEAM_WELZIJN", take: 50 }));
await time("regisseur counts (source/partner/wijk/status)", () => signalCounts(ctx));
// A bench gemeente, not a real one: no export. The step history and audit have no cascade (by design).
await client.query(`DELETE FROM "SignalTransition" WHERE "gemeenteId" = $1`, [gid]);
await client.query(`DELETE FROM "SignalAuditEntry" WHERE "gemeenteId" = $1`, [gid]);
await client.query(`DELETE FROM "Gemeente" WHERE id = $1`, [gid]);
await client.query(`DELETE FROM "User" WHERE id = $1`, [uid]);
await client.end();
process.exit(0);
