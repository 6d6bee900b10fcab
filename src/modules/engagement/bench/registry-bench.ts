/**
 * Benchmark: the registry, matrix, board and register queries with 5,000 vestigingen in one
 * gemeente (plus 5,000 in a second gemeente, to make tenant scoping do real work).
 * Not a test: it prints figures; the last run is recorded in ./RESULTS.md.
 *
 *   createdb -h localhost -U postgres sk_bench && DATABASE_URL=postgresql://postgres@localhost:5432/sk_bench npx prisma migrate deploy
 *   DATABASE_URL=postgresql://postgres@localhost:5432/sk_bench npx tsx src/modules/engagement/bench/registry-bench.ts
 */
import { randomUUID } from "node:crypto";
import { createOwnerClient } from "@/lib/db/owner-client";
import { requireTenant, type Actor } from "@/lib/auth/context";
import { disconnectPrisma } from "@/lib/db/client";
import { importLonglist } from "../server/import-longlist";
import { searchVestigingen } from "../server/registry";
import { findDueRelations } from "../server/vasthouden";
import { publicRegister } from "../server/public-register";
import { SECTOR_KEYS } from "../sectors";

const N = Number(process.env.BENCH_ROWS || 5000);
const RUNS = 20;

async function timeIt(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(RUNS / 2)];
  const p95 = times[Math.floor(RUNS * 0.95) - 1];
  console.log(`| ${label} | ${p50.toFixed(1)} | ${p95.toFixed(1)} |`);
}

async function main() {
  const owner = createOwnerClient();
  const ids: string[] = [];
  const actors: Actor[] = [];
  for (const name of ["Benchstad", "Tweede Benchstad"]) {
    const g = await owner.gemeente.create({ data: { slug: `bench-${randomUUID().slice(0, 8)}`, name, inhabitants: 100_000 } });
    const u = await owner.user.create({ data: { email: `bench-${randomUUID()}@example.test`, name: "Bench Ambtenaar" } });
    await owner.membership.create({ data: { gemeenteId: g.id, userId: u.id, role: "AMBTENAAR" } });
    ids.push(g.slug);
    actors.push({
      kind: "user",
      userId: u.id,
      platformRole: null,
      memberships: [
        { gemeenteId: g.id, gemeenteSlug: g.slug, gemeenteName: g.name, role: "AMBTENAAR", organisationId: null, coalitionPartnerId: null },
      ],
    });
  }
  const lines = ["naam;sector;wijk;adres;bron"];
  const sources = ["warm contact", "werkgeversservicepunt", "verwijzing", ""];
  for (let i = 0; i < N; i++) {
    lines.push(
      `Ondernemer ${String(i).padStart(5, "0")};${SECTOR_KEYS[i % SECTOR_KEYS.length]};Wijk ${i % 25};Straat ${i};${sources[i % 4]}`,
    );
  }
  const csv = lines.join("\n");

  const ctxs = [];
  for (let k = 0; k < 2; k++) {
    const ctx = await requireTenant(actors[k], { slug: ids[k] }, "engagement:manage");
    const t = performance.now();
    await importLonglist(ctx, csv);
    console.log(`import of ${N} rows (gemeente ${k + 1}): ${(performance.now() - t).toFixed(0)} ms`);
    ctxs.push(ctx);
  }
  const ctx = ctxs[0];
  // Spread steps, scores and contact dates as in real use: 10% active partners.
  const gid = ctx.gemeente.id;
  await owner.$executeRawUnsafe(`
    UPDATE "Vestiging" SET
      "matrixScore" = (abs(hashtext(id)) % 7),
      step = (ARRAY['VOORBEREIDEN','VERBINDEN','VERLEIDEN','VASTHOUDEN','VERSTERKEN'])[1 + abs(hashtext(id || 's')) % 5]::"PipelineStep",
      "acknowledgedAt" = now() - interval '100 days',
      "activeSince" = now() - interval '90 days',
      "lastContactAt" = now() - (abs(hashtext(id || 'c')) % 120) * interval '1 day'
    WHERE "gemeenteId" = '${gid}'`);
  await owner.$executeRawUnsafe(`ANALYZE "Vestiging"`);

  console.log(`\n| query (${N} vestigingen, p50/p95 over ${RUNS} runs) | p50 ms | p95 ms |\n| --- | --- | --- |`);
  await timeIt("registry: first page, sort by name", () => searchVestigingen(ctx, { sort: "name" }));
  await timeIt("registry: page 50, sort by name", () => searchVestigingen(ctx, { sort: "name", page: 50 }));
  await timeIt("registry: search 'ondernemer 012' (contains)", () => searchVestigingen(ctx, { q: "ondernemer 012" }));
  await timeIt("registry: filter sector kapper, sort name", () => searchVestigingen(ctx, { sector: "kapper" }));
  await timeIt("registry: filter wijk, sort name", () => searchVestigingen(ctx, { wijk: "Wijk 7" }));
  await timeIt("matrix: shortlist sorted by crosses", () =>
    searchVestigingen(ctx, { step: "VOORBEREIDEN", sort: "matrixScore", dir: "desc" }),
  );
  await timeIt("board: one column (step VERLEIDEN, 200 cards)", () => searchVestigingen(ctx, { step: "VERLEIDEN", pageSize: 200 }));
  await timeIt("vasthouden: due relations", () => findDueRelations(ctx));
  await timeIt("public register (all active partners)", () => publicRegister(ctx));

  await disconnectPrisma();
  await owner.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
