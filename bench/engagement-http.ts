/**
 * HTTP-level benchmark for issue 3: "registry, matrix and board stay fast with 5,000 entrepreneurs in
 * one gemeente". Not a test: it measures and writes figures.
 *
 *   NEXT_DIST_DIR=.next-engapi npx next build          # once (a production build)
 *   NEXT_DIST_DIR=.next-engapi npm run bench:engagement
 *
 * What it does:
 *  1. copies the migrated test template into a fresh bench database (tests/support/test-db.ts);
 *  2. seeds gemeente "Benchstad" with 5,000 vestigingen through the real CSV import, spreads steps,
 *     matrix crosses, contact dates, open twijfels and contributions with SQL; a second gemeente gets
 *     1,000 rows so tenant scoping does real work; creates an AMBTENAAR API key (real domain function);
 *  3. starts `next start` from the NEXT_DIST_DIR build on BENCH_PORT (default 3302), loopback only;
 *  4. per scenario: a warm-up, then a FIXED number of requests (BENCH_REQUESTS, default 200) with a
 *     bounded concurrent loop at 1 and at 10 in flight; latency p50/p95/p99 and throughput;
 *  5. the bare SQL time of the same answer: the same count + page queries on a pg connection as the
 *     app role inside a transaction with the tenant set (so RLS applies), without Prisma/HTTP/JSON;
 *  6. writes bench/results/engagement-http.json and the table in docs/performance.md; drops the
 *     database (BENCH_KEEP_DB=1 keeps it).
 */
import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { writeDocSection } from "./lib/doc-section";
import { PUBLIC_REGISTER_SQL, SEARCH_WHERE, vestigingCount, vestigingPage } from "./lib/engagement-sql";
import { machineInfo } from "./lib/machine";
import { startNext, stopNext } from "./lib/next-server";
import { stats } from "./lib/stats";
import { timeSql, type SqlQuery } from "./lib/sql-timer";
import { createDatabaseFromTemplate, dropDatabase, ensureTemplate, urlFor } from "../tests/support/test-db";
import { databaseUrlWith } from "../src/lib/db/connection";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const N = Number(process.env.BENCH_ROWS || 5000);
const OTHER_ROWS = Number(process.env.BENCH_OTHER_ROWS || 1000);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 200);
const SQL_RUNS = Number(process.env.BENCH_SQL_RUNS || 50);
const CONCURRENCY = [1, 10];
const PORT = Number(process.env.BENCH_PORT || 3302);
const DIST = process.env.NEXT_DIST_DIR || ".next-engapi";
const BASE = `http://localhost:${PORT}`;
const log = (m: string) => console.log(`[bench] ${m}`);

/** Seed through the real domain functions (app client, RLS) plus SQL to spread the states. */
async function seed(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { createOwnerClient } = await import("../src/lib/db/owner-client");
  const { requireTenant } = await import("../src/lib/auth/context");
  const { importLonglist } = await import("../src/modules/engagement/server/import-longlist");
  const { createApiKey } = await import("../src/modules/api-keys/server/create-api-key");
  const { SECTOR_KEYS } = await import("../src/modules/engagement/sectors");
  const { disconnectPrisma } = await import("../src/lib/db/client");
  const owner = createOwnerClient(databaseUrl);
  const admin = await owner.user.create({
    data: { email: `bench-admin-${randomUUID()}@example.test`, name: "Bench Beheer", platformRole: "PLATFORM_ADMIN" },
  });
  const adminActor = { kind: "user" as const, userId: admin.id, platformRole: "PLATFORM_ADMIN" as const, memberships: [] };
  const gemeenten: { id: string; slug: string }[] = [];
  const importMs: number[] = [];
  for (const [name, rows] of [
    ["Benchstad", N],
    ["Tweede Benchstad", OTHER_ROWS],
  ] as const) {
    const slug = name.toLowerCase().replace(/\s+/g, "-");
    const g = await owner.gemeente.create({ data: { slug, name, inhabitants: 100_000 } });
    gemeenten.push({ id: g.id, slug });
    const lines = ["naam;sector;wijk;adres;bron"];
    const sources = ["warm contact", "werkgeversservicepunt", "verwijzing", ""];
    for (let i = 0; i < rows; i++)
      lines.push(
        `Ondernemer ${String(i).padStart(5, "0")};${SECTOR_KEYS[i % SECTOR_KEYS.length]};Wijk ${i % 25};Straat ${i};${sources[i % 4]}`,
      );
    // The import needs engagement:manage: run it as an AMBTENAAR of this gemeente.
    const u = await owner.user.create({ data: { email: `bench-${randomUUID()}@example.test`, name: "Bench Ambtenaar" } });
    await owner.membership.create({ data: { gemeenteId: g.id, userId: u.id, role: "AMBTENAAR" } });
    const staff = await requireTenant(
      {
        kind: "user",
        userId: u.id,
        platformRole: null,
        memberships: [
          { gemeenteId: g.id, gemeenteSlug: slug, gemeenteName: name, role: "AMBTENAAR", organisationId: null, coalitionPartnerId: null },
        ],
      },
      { slug },
      "engagement:manage",
    );
    const t = performance.now();
    await importLonglist(staff, lines.join("\n"));
    importMs.push(Math.round(performance.now() - t));
  }
  const gid = gemeenten[0].id;
  await owner.$executeRawUnsafe(`
    UPDATE "Vestiging" SET
      "matrixScore" = (abs(hashtext(id)) % 7),
      step = (ARRAY['VOORBEREIDEN','VERBINDEN','VERLEIDEN','VASTHOUDEN','VERSTERKEN'])[1 + abs(hashtext(id || 's')) % 5]::"PipelineStep",
      "acknowledgedAt" = now() - interval '100 days',
      "activeSince" = now() - interval '90 days',
      "publicDescription" = 'Doet mee tegen eenzaamheid',
      "lastContactAt" = now() - (abs(hashtext(id || 'c')) % 120) * interval '1 day'
    WHERE "gemeenteId" = '${gid}'`);
  await owner.$executeRawUnsafe(`
    INSERT INTO "Doubt" (id, "gemeenteId", "vestigingId", reason, status)
    SELECT gen_random_uuid()::text, "gemeenteId", id, 'Bench-twijfel', 'OPEN' FROM "Vestiging"
    WHERE "gemeenteId" = '${gid}' AND abs(hashtext(id || 'd')) % 50 = 0`);
  await owner.$executeRawUnsafe(`
    INSERT INTO "Contribution" (id, "gemeenteId", "vestigingId", type)
    SELECT gen_random_uuid()::text, "gemeenteId", id, 'SIGNALEREN' FROM "Vestiging"
    WHERE "gemeenteId" = '${gid}' AND step IN ('VASTHOUDEN','VERSTERKEN')`);
  await owner.$executeRawUnsafe(`ANALYZE`);
  const keyCtx = await requireTenant(adminActor, { slug: gemeenten[0].slug }, "apikeys:manage");
  const { key } = await createApiKey(keyCtx, { name: "Benchmark", role: "AMBTENAAR" });
  await disconnectPrisma();
  await owner.$disconnect();
  return { gemeente: gemeenten[0], key, importMs };
}

// Without the public page cache: this benchmark measures the domain functions behind every answer.
const startBenchNext = (databaseUrl: string) => startNext({ dist: DIST, port: PORT, databaseUrl, env: { PUBLIC_CACHE: "0" } });

type Scenario = { name: string; path: string; sql: (gid: string) => SqlQuery[] };

const page = vestigingPage;
const count = vestigingCount;

function scenarios(slug: string): Scenario[] {
  const api = `/api/v1/gemeenten/${slug}`;
  const search = SEARCH_WHERE;
  return [
    {
      name: "registry: first page (50), sort by name",
      path: `${api}/ondernemers?sort=name`,
      sql: (g) => [
        { text: count(""), values: [g] },
        { text: page("", "v.name ASC, v.id ASC", 50, 0), values: [g] },
      ],
    },
    {
      name: "registry: search q='ondernemer 012'",
      path: `${api}/ondernemers?q=${encodeURIComponent("ondernemer 012")}`,
      sql: (g) => [
        { text: count(search), values: [g, "ondernemer 012"] },
        { text: page(search, "v.name ASC, v.id ASC", 50, 0), values: [g, "ondernemer 012"] },
      ],
    },
    {
      name: "registry: filter sector kapper, page 2 (50)",
      path: `${api}/ondernemers?sector=kapper&page=2`,
      sql: (g) => [
        { text: count(`AND v.sector = 'kapper'`), values: [g] },
        { text: page(`AND v.sector = 'kapper'`, "v.name ASC, v.id ASC", 50, 50), values: [g] },
      ],
    },
    {
      name: "registry: filter wijk (case-insensitive), first page",
      path: `${api}/ondernemers?wijk=${encodeURIComponent("wijk 7")}`,
      sql: (g) => [
        { text: count(`AND lower(v.wijk) = lower($2)`), values: [g, "wijk 7"] },
        { text: page(`AND lower(v.wijk) = lower($2)`, "v.name ASC, v.id ASC", 50, 0), values: [g, "wijk 7"] },
      ],
    },
    {
      name: "matrix: shortlist by crosses (VOORBEREIDEN, 200)",
      path: `${api}/ondernemers?step=VOORBEREIDEN&sort=matrixScore&dir=desc&pageSize=200`,
      sql: (g) => [
        { text: count(`AND v.step = 'VOORBEREIDEN'`), values: [g] },
        { text: page(`AND v.step = 'VOORBEREIDEN'`, `v."matrixScore" DESC, v.name ASC, v.id ASC`, 200, 0), values: [g] },
      ],
    },
    {
      name: "board: one column (VERLEIDEN, 200 cards)",
      path: `${api}/ondernemers?step=VERLEIDEN&pageSize=200`,
      sql: (g) => [
        { text: count(`AND v.step = 'VERLEIDEN'`), values: [g] },
        { text: page(`AND v.step = 'VERLEIDEN'`, "v.name ASC, v.id ASC", 200, 0), values: [g] },
      ],
    },
    {
      name: "public register (all active partners, no key)",
      path: `${api}/register`,
      sql: (g) => [
        {
          text: PUBLIC_REGISTER_SQL,
          values: [g],
        },
      ],
    },
  ];
}

async function httpRun(pathname: string, key: string, concurrency: number, total: number) {
  const headers: Record<string, string> = pathname.endsWith("/register") ? {} : { authorization: `Bearer ${key}` };
  const once = async () => {
    const t = performance.now();
    const r = await fetch(`${BASE}${pathname}`, { headers });
    const body = await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${pathname} → ${r.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
    return { ms: performance.now() - t, bytes: body.byteLength };
  };
  for (let i = 0; i < 5; i++) await once(); // warm-up
  const samples: number[] = [];
  let next = 0;
  let bytes = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const r = await once();
        samples.push(r.ms);
        bytes = r.bytes;
      }
    }),
  );
  const wall = performance.now() - start;
  return {
    concurrency,
    requests: samples.length,
    ...stats(samples),
    throughputRps: Math.round((samples.length / wall) * 10000) / 10,
    responseBytes: bytes,
  };
}

const sqlRun = (appUrl: string, gid: string, queries: SqlQuery[]) => timeSql(appUrl, gid, queries, SQL_RUNS);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function markdown(result: Record<string, unknown> & { scenarios: Array<Record<string, any> & { http: any[] }> }): string {
  const m = result.machine as Record<string, string | number>;
  const rows = result.scenarios
    .map((s) => {
      const [c1, c10] = s.http;
      return `| ${s.name} | ${s.sql.p50} / ${s.sql.p95} | ${c1.p50} / ${c1.p95} / ${c1.p99} | ${c1.throughputRps} | ${c10.p50} / ${c10.p95} / ${c10.p99} | ${c10.throughputRps} | ${Math.round(c1.responseBytes / 1024)} |`;
    })
    .join("\n");
  const internal = result.scenarios.filter((s) => !s.path.endsWith("/register"));
  const worst = (c: number) => Math.max(...internal.map((s) => s.http.find((h: { concurrency: number }) => h.concurrency === c).p95));
  return `## Engagement registry, matrix and board over HTTP (issue 3)

Issue 3 asks that the registry, matrix and board stay fast with 5,000 entrepreneurs in one gemeente.
This is a benchmark with its figures in the repo, not a timed test.

**How to run** (about two minutes; loopback only):

\`\`\`bash
NEXT_DIST_DIR=.next-engapi npx next build     # a production build (once per code change)
NEXT_DIST_DIR=.next-engapi npm run bench:engagement
\`\`\`

Settings (environment): \`BENCH_ROWS\` (5000), \`BENCH_OTHER_ROWS\` (1000, a second gemeente), \`BENCH_REQUESTS\`
(200 per scenario and concurrency), \`BENCH_SQL_RUNS\` (50), \`BENCH_PORT\` (3302), \`BENCH_KEEP_DB=1\`.
The script (\`bench/engagement-http.ts\`) copies the migrated test template into a fresh database, imports
${result.rows} vestigingen through the real CSV import (and ${result.otherRows} in a second gemeente), spreads steps,
crosses, contact dates, open twijfels (2%) and contributions with SQL, creates an AMBTENAAR API key, starts
\`next start\` from the build, and drives the JSON API (\`/api/v1/gemeenten/{gemeente}/ondernemers\` — the same
domain function the ambtenaar pages call — and the public \`/register\`). Each scenario: 5 warm-up requests,
then a fixed ${result.requests} requests with 1 and with 10 in flight. "Bare SQL" runs the same count + page queries
on one pg connection as the app role in a transaction with the tenant set (row-level security applies),
without Prisma, HTTP or JSON: the difference is the framework cost. Raw figures: \`bench/results/engagement-http.json\`.
Domain-level figures (without HTTP): \`src/modules/engagement/bench/RESULTS.md\`.

**Machine of the last run** (${result.ranAt}): ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, Node ${m.node}, ${m.postgres},
Next ${m.next} (\`next start\`, production build). Client and server on the same machine (the client's load counts too).
Import of ${result.rows} rows: ${(result.importMs as number[])[0]} ms.

Times in ms; HTTP = full request from the client (p50 / p95 / p99), throughput in requests per second.

| scenario (${result.rows} vestigingen) | bare SQL p50 / p95 | HTTP ×1 p50 / p95 / p99 | req/s ×1 | HTTP ×10 p50 / p95 / p99 | req/s ×10 | answer kB |
| --- | --- | --- | --- | --- | --- | --- |
${rows}

Summary of this run: the slowest registry/matrix/board scenario has p95 ${worst(1)} ms with 1 request in
flight and ${worst(10)} ms with 10 in flight (on ${m.cpus} cores shared by client, server and database).
The public register returns every active partner at once (${result.activePartners} here; no paging, by design: one
list, the same for everyone), so it is the largest answer.
Two runs on the same (shared) machine differed by up to a factor 2 per cell: compare orders of magnitude, not single figures.
`;
}

async function main() {
  await ensureTemplate();
  const dbName = await createDatabaseFromTemplate("bench");
  const databaseUrl = urlFor(dbName);
  log(`database ${dbName}`);
  let next: ChildProcess | undefined;
  try {
    const t0 = performance.now();
    const { gemeente, key, importMs } = await seed(databaseUrl);
    log(`seeded ${N} + ${OTHER_ROWS} vestigingen in ${Math.round(performance.now() - t0)} ms`);
    next = await startBenchNext(databaseUrl);
    log(`next start on ${BASE}`);
    const appUrl = databaseUrlWith(databaseUrl, { user: "samenkracht_app", password: null });
    const out = [];
    for (const s of scenarios(gemeente.slug)) {
      const sql = await sqlRun(appUrl, gemeente.id, s.sql(gemeente.id));
      const http = [];
      for (const c of CONCURRENCY) http.push(await httpRun(s.path, key, c, REQUESTS));
      log(`${s.name}: sql p50 ${sql.p50} ms; http×1 p50 ${http[0].p50} ms; http×10 p50 ${http[1].p50} ms, ${http[1].throughputRps} req/s`);
      out.push({ name: s.name, path: s.path, sql, http });
    }
    const activeCount = async () => {
      const r = await fetch(`${BASE}/api/v1/gemeenten/${gemeente.slug}/register`);
      return ((await r.json()) as { data: unknown[] }).data.length;
    };
    const result = {
      ranAt: new Date().toISOString(),
      rows: N,
      otherRows: OTHER_ROWS,
      requests: REQUESTS,
      importMs,
      machine: await machineInfo(databaseUrl),
      activePartners: await activeCount(),
      scenarios: out,
    };
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/engagement-http.json", `${JSON.stringify(result, null, 2)}\n`);
    writeDocSection("docs/performance.md", "bench:engagement", markdown(result));
    log("wrote bench/results/engagement-http.json and docs/performance.md");
  } finally {
    await stopNext(next);
    if (process.env.BENCH_KEEP_DB !== "1") await dropDatabase(dbName).catch(() => {});
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
