/**
 * npm run bench — the national-scale load benchmark (issue 7).
 *
 *   npm run bench                                   # uses/creates the scale database, builds if needed
 *   NEXT_DIST_DIR=.next-perf BENCH_DURATION=5 npm run bench
 *
 * 1. Database: BENCH_DATABASE_URL, or the database SCALE_DB (default "sk_scale") on the local server;
 *    when it has no gemeenten yet, it is created and filled by scripts/seed-scale.ts (about 3 minutes).
 * 2. Build: NEXT_DIST_DIR (default ".next-bench"); `next build` runs when there is none there.
 * 3. Starts `next start` on BENCH_PORT (default 3415) against that database, with the fixed signal key
 *    of the scale data set.
 * 4. Logs in through the real next-auth credentials flow (csrf + callback, session cookie) as the
 *    regisseur of the largest gemeente (BENCH_GEMEENTE, default amsterdam) and as the programme
 *    adviser; creates a REGISSEUR API key for the JSON API.
 * 5. Per scenario: one checked request (status 200 and a marker in the body, so a redirect to the
 *    login page can never pass as a fast answer), then autocannon at 1, 10 and 50 connections for
 *    BENCH_DURATION seconds (default 10) each: p50/p95/p99, req/s, errors, non-2xx and bodies without
 *    the marker (all must be 0). The bare SQL of the same answer (bench/lib/sql-timer.ts) runs in
 *    the same run, and the ratio app/SQL is HTTP p50 at 1 connection over SQL p50.
 *    For the six pages of issue 20 (board, work queue, dashboard, /landelijk, the public register as
 *    visitors get it — from the cache — and the work queue API) also BENCH_USERS (50) virtual users with
 *    a think time of BENCH_THINK_MS (5000) on average for BENCH_USERS_SECONDS (60) — people working at
 *    the same time, next to autocannon's 50 requests always in flight (bench/lib/users.ts).
 *    The machine's 1-minute load average is read after every cell and every users' run, and reported.
 *    Server processes: BENCH_WORKERS (1); then, with BENCH_SCALE_WORKERS (2; 0 skips), the target pages
 *    again with that many `next start` workers on one port (scripts/cluster-start.mjs); then, with
 *    BENCH_BALANCER_REPLICAS (2, or a list such as "1,2"; 0 skips; BENCH_SCALE_CONNECTIONS, default 50, for both passes), once more through nginx in front of that many single-process
 *    replicas on BENCH_PORT+1… (the scale-out of deploy/docker-compose.scale.yml; Debian's nginx,
 *    tests/e2e/support/balancer.ts). The client, nginx, the replicas and PostgreSQL share the machine.
 * 6. Writes bench/results/bench.json and its section of docs/performance.md
 *    (BENCH_REPORT_ONLY=1 rewrites that section from the JSON without measuring).
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { generateApiKey } from "../src/modules/api-keys/key-format";
import { BOARD_COLUMN_SIZE } from "../src/modules/engagement/server/board";
import { databaseUrlWith } from "../src/lib/db/connection";
import { adminQuery, createDatabaseFromTemplate, ensureTemplate, urlFor } from "../tests/support/test-db";
import { scaleAccounts, SCALE_PASSWORD, seedScale } from "../scripts/seed-scale";
import { writeDocSection } from "./lib/doc-section";
import { PUBLIC_REGISTER_FIRST_PAGE_SQL, SEARCH_WHERE, vestigingCount, vestigingPage } from "./lib/engagement-sql";
import { machineInfo } from "./lib/machine";
import { buildNext, hasBuild, startNext, stopNext } from "./lib/next-server";
import { SCALE_KEY_ID, SCALE_SIGNAL_KEYS } from "./lib/scale-keys";
import { timeSql, type SqlQuery } from "./lib/sql-timer";
import { runUsers, type UsersResult } from "./lib/users";
import { loginWithPassword } from "./lib/login";
import { startBalancer, type Balancer } from "../tests/e2e/support/balancer";
import { treeCpuSeconds } from "./lib/process-cpu";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const DIST = process.env.NEXT_DIST_DIR || ".next-bench";
const PORT = Number(process.env.BENCH_PORT || 3415);
const BASE = `http://localhost:${PORT}`;
const DURATION = Number(process.env.BENCH_DURATION || 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS || "1,10,50").split(",").map(Number);
const SQL_RUNS = Number(process.env.BENCH_SQL_RUNS || 30);
const GEMEENTE = process.env.BENCH_GEMEENTE || "amsterdam";
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const TARGET_P95_MS = 150;
// Virtual users with think time for the target pages (bench/lib/users.ts): BENCH_USERS people, each
// pausing BENCH_THINK_MS on average between pages, for BENCH_USERS_SECONDS. BENCH_USERS=0 skips it.
const USERS = Number(process.env.BENCH_USERS ?? 50);
const THINK_MS = Number(process.env.BENCH_THINK_MS || 5000);
const USERS_SECONDS = Number(process.env.BENCH_USERS_SECONDS || 60);
const TARGET_SCENARIOS = /dashboard|pipeline board/;
/** The six pages of issue 20 that also get the users with think time. */
const USER_SCENARIOS =
  /^(pipeline board \(page\)|signal work queue \(page\)|regisseur dashboard|national view|public register \(cache\)|API: signal work queue)/;
// Server processes for the main run, and (BENCH_SCALE_WORKERS > 1, default 2) a second pass of the target
// pages with that many `next start` workers (scripts/cluster-start.mjs): one process uses one core.
const WORKERS = Math.max(1, Number(process.env.BENCH_WORKERS || 1));
const SCALE_WORKERS = Number(process.env.BENCH_SCALE_WORKERS ?? 2);
// Scale-out (issue 23): the target pages through nginx in front of this many replicas; a list ("1,2")
// runs each (1 = nginx's own cost in front of one process); "0" skips.
// Connections for the cluster and balancer passes (50: the main run's stress figure; fewer on a busy machine).
const SCALE_CONNECTIONS = Number(process.env.BENCH_SCALE_CONNECTIONS || 50);
const BALANCER_REPLICAS = (process.env.BENCH_BALANCER_REPLICAS ?? "2")
  .split(",")
  .map(Number)
  .filter((n) => n >= 1);
const TARGET_RATIO = 3;
const log = (m: string) => console.log(`[bench] ${m}`);

async function scaleDatabase(): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const name = process.env.SCALE_DB || "sk_scale";
  const exists = (await adminQuery(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
  if (exists) {
    const n = (await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "Gemeente"`, [], name)).rows[0]!.n;
    if (n > 0) return urlFor(name);
    await adminQuery(`DROP DATABASE "${name}" WITH (FORCE)`);
  }
  log(`no scale data in ${name}: seeding it (npm run seed:scale)`);
  await ensureTemplate();
  const tmp = await createDatabaseFromTemplate("sk_scale_tmp");
  await adminQuery(`ALTER DATABASE "${tmp}" RENAME TO "${name}"`);
  await seedScale(urlFor(name));
  return urlFor(name);
}

const login = (email: string, password: string) => loginWithPassword(BASE, email, password);

type Scenario = {
  name: string;
  kind: "page" | "api";
  path: string;
  auth: "regisseur" | "adviser" | "apiKey" | "none";
  /** Text the body must contain (proves it is the real answer, not a login page or an error). */
  marker: string;
  sql: () => SqlQuery[];
  /** Extra request headers (e.g. a cookie that makes a public page bypass the cache). */
  headers?: Record<string, string>;
  /** "hit": after the warm-up the answer must come from the public page cache (docs/decisions/0018). */
  cache?: "hit";
};

/** Any cookie but the language choice makes a public page bypass the cache: the page as Next.js renders it. */
const NO_CACHE = { cookie: "bench-no-cache=1" };

const BY_NAME = "v.name ASC, v.id ASC";
const STEPS = ["VOORBEREIDEN", "VERBINDEN", "VERLEIDEN", "VASTHOUDEN", "VERSTERKEN"];
const SEARCH = "bakkerij";

const SIGNAL_LIST = (take: number): SqlQuery => ({
  text: `SELECT id, status, source, wijk, "organisationId", "coalitionPartnerId", "assigneeUserId", "volunteerUserId", "referralTo", outcome, restricted,
           "erasedAt", "statusChangedAt", "dueAt", "closedAt", "createdAt"
         FROM "Signal" WHERE "gemeenteId" = $1 AND status NOT IN ('AFGESLOTEN', 'GEANNULEERD')
         ORDER BY "dueAt" ASC NULLS LAST, id ASC LIMIT ${take + 1}`,
});
const SIGNAL_COUNTS: SqlQuery[] = [
  `SELECT source, count(*) FROM "Signal" WHERE "gemeenteId" = $1 GROUP BY source`,
  `SELECT "coalitionPartnerId", count(*) FROM "Signal" WHERE "gemeenteId" = $1 AND "coalitionPartnerId" IS NOT NULL GROUP BY 1`,
  `SELECT "organisationId", count(*) FROM "Signal" WHERE "gemeenteId" = $1 AND "organisationId" IS NOT NULL GROUP BY 1`,
  `SELECT wijk, count(*) FROM "Signal" WHERE "gemeenteId" = $1 GROUP BY wijk`,
  `SELECT status, count(*) FROM "Signal" WHERE "gemeenteId" = $1 GROUP BY status`,
].map((text) => ({ text }));
const ACTIVE = `v.step IN ('VASTHOUDEN','VERSTERKEN') AND v."acknowledgedAt" IS NOT NULL AND v."stoppedAt" IS NULL AND v."parkedAt" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "Doubt" d WHERE d."vestigingId" = v.id AND d.status = 'OPEN')`;
const DASHBOARD: SqlQuery[] = [
  `SELECT settings FROM "Gemeente" WHERE id = $1`,
  `SELECT step, count(*) FROM "Vestiging" WHERE "gemeenteId" = $1 AND "stoppedAt" IS NULL GROUP BY step`,
  `SELECT count(*) FROM "Vestiging" v WHERE v."gemeenteId" = $1 AND ${ACTIVE}`,
  `SELECT count(*) FROM "CoalitionPartner" WHERE "gemeenteId" = $1`,
  `SELECT count(*) FROM "Event" WHERE "gemeenteId" = $1 AND "endsAt" < localtimestamp`,
  `SELECT count(*) FROM "Event" WHERE "gemeenteId" = $1 AND "endsAt" >= localtimestamp`,
  `SELECT count(*) FROM "EventRegistration" WHERE "gemeenteId" = $1`,
  `SELECT DISTINCT r."userId" FROM "EventRegistration" r JOIN "Event" e ON e.id = r."eventId" WHERE r."gemeenteId" = $1 AND r.attended AND e.kind = 'TRAINING_SIGNALEREN'`,
  `SELECT count(*) FROM "SupportOffer" WHERE "gemeenteId" = $1 AND published AND "confirmedAt" >= localtimestamp - interval '12 months'`,
  // The signal figures of the default period (last 12 months): totals with the median pick-up time, per status, per wijk.
  `WITH s AS (SELECT id, "createdAt", status, outcome FROM "Signal" WHERE "gemeenteId" = $1 AND "createdAt" >= localtimestamp - interval '1 year' AND "createdAt" < localtimestamp),
        p AS (SELECT t."signalId", min(t."createdAt") AS at FROM "SignalTransition" t
              WHERE t."gemeenteId" = $1 AND t."toStatus" IN ('EERSTE_INTAKE','TEAM_WELZIJN','TEAM_EENZAAMHEID','VRIJWILLIGER','DOORVERWEZEN','AFGESLOTEN')
                AND t."createdAt" >= localtimestamp - interval '1 year' GROUP BY t."signalId")
   SELECT count(*), count(p.at), count(*) FILTER (WHERE s.status = 'AFGESLOTEN'), count(*) FILTER (WHERE s.status = 'AFGESLOTEN' AND s.outcome = 'DEELGENOMEN'),
          percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM p.at - s."createdAt"))
   FROM s LEFT JOIN p ON p."signalId" = s.id`,
  `SELECT status, count(*) FROM "Signal" WHERE "gemeenteId" = $1 AND "createdAt" >= localtimestamp - interval '1 year' AND "createdAt" < localtimestamp GROUP BY status`,
  `SELECT nullif(btrim(wijk), ''), count(*) FROM "Signal" WHERE "gemeenteId" = $1 AND "createdAt" >= localtimestamp - interval '1 year' AND "createdAt" < localtimestamp GROUP BY 1`,
  // The support offer (coverage per target group) and its confirmation interval.
  `SELECT settings FROM "Gemeente" WHERE id = $1`,
  `SELECT id, title, description, provider, "targetGroups", degrees, wijk, "howToJoin", cost, published, "confirmedAt" FROM "SupportOffer" WHERE "gemeenteId" = $1 ORDER BY title`,
].map((text) => ({ text }));
const BOARD_CARD = (k: number, where: string) =>
  `(SELECT ${k} AS k, v.id, v.name, v.step, v."acknowledgedAt", v."lastContactAt", v."parkedAt",
      (SELECT count(*) FROM "Doubt" d WHERE d."gemeenteId" = $1 AND d."vestigingId" = v.id AND d.status = 'OPEN') AS doubts
    FROM "Vestiging" v WHERE v."gemeenteId" = $1 AND v."stoppedAt" IS NULL AND ${where} ORDER BY v.name, v.id LIMIT ${BOARD_COLUMN_SIZE})`;
const BOARD_CARDS = `SELECT * FROM (${[...STEPS.map((step, k) => BOARD_CARD(k, `v."parkedAt" IS NULL AND v.step = '${step}'`)), BOARD_CARD(5, `v."parkedAt" IS NOT NULL`)].join(" UNION ALL ")}) c ORDER BY k, name, id`;
const DUE_RELATIONS: SqlQuery = {
  text: `SELECT v.id, v.name, v.step, v."accountHolderId", v."lastContactAt" FROM "Vestiging" v
         WHERE v."gemeenteId" = $1 AND v.step IN ('VASTHOUDEN','VERSTERKEN') AND v."stoppedAt" IS NULL AND v."parkedAt" IS NULL
           AND (v."lastContactAt" < localtimestamp - interval '6 weeks' OR (v."lastContactAt" IS NULL AND coalesce(v."activeSince", v."updatedAt") < localtimestamp - interval '6 weeks'))
         ORDER BY v."lastContactAt" ASC NULLS FIRST, v.name, v.id`,
};

function scenarios(slug: string): Scenario[] {
  const app = `/app/${slug}`;
  const api = `/api/v1/gemeenten/${slug}`;
  return [
    {
      name: "pipeline board (page)",
      kind: "page",
      path: `${app}/ondernemers/pijplijn`,
      auth: "regisseur",
      marker: 'id="pijplijn-bord"',
      // pipelineBoard(): the totals per column, then BOARD_COLUMN_SIZE cards per step and parked in one UNION ALL.
      sql: () => [
        {
          text: `SELECT CASE WHEN "parkedAt" IS NULL THEN step::text ELSE 'PARKED' END, count(*) FROM "Vestiging" WHERE "gemeenteId" = $1 AND "stoppedAt" IS NULL GROUP BY 1`,
        },
        { text: BOARD_CARDS },
      ],
    },
    {
      name: `registry search '${SEARCH}' (page)`,
      kind: "page",
      path: `${app}/ondernemers?q=${SEARCH}`,
      auth: "regisseur",
      marker: "gesorteerd op",
      sql: () => [
        { text: `SELECT count(*) FROM "Vestiging" v WHERE v."gemeenteId" = $1 ${SEARCH_WHERE}`, values: [SEARCH] }, // text-only count: the search index alone
        { text: vestigingPage(SEARCH_WHERE, BY_NAME, 25, 0), values: [SEARCH] },
        { text: `SELECT settings FROM "Gemeente" WHERE id = $1`, values: [] },
        { ...DUE_RELATIONS, values: [] },
      ],
    },
    {
      name: "signal work queue (page)",
      kind: "page",
      path: `${app}/signalen`,
      auth: "regisseur",
      marker: "Werklijst (",
      sql: () => [SIGNAL_LIST(100), ...SIGNAL_COUNTS],
    },
    {
      name: "regisseur dashboard (page)",
      kind: "page",
      path: `${app}/dashboard`,
      auth: "regisseur",
      marker: 'data-indicator="activeEntrepreneurs"',
      sql: () => DASHBOARD,
    },
    {
      name: "national view /landelijk (page, adviser)",
      kind: "page",
      path: "/landelijk",
      auth: "adviser",
      marker: "Gemeenten naast elkaar",
      // Precomputed by the job national.refresh-figures (decision 0018): one statement on the summary table.
      sql: () => [
        {
          text: `SELECT r."refreshedAt", f.* FROM "NationalFigureRefresh" r LEFT JOIN "NationalFigure" f ON true WHERE r.id = 1 ORDER BY f.name, f.slug`,
        },
      ],
    },
    // First page of the paged register (100 on alphabet); the marker only exists on the paged page.
    // Rendered by Next.js for every request (a cookie bypasses the cache), then from the public page cache.
    {
      name: "public register (page, rendered)",
      kind: "page",
      path: `/g/${slug}/partners`,
      auth: "none",
      headers: NO_CACHE,
      marker: "Pagina 1 van",
      sql: () => PUBLIC_REGISTER_FIRST_PAGE_SQL.map((text) => ({ text })),
    },
    ...PUBLIC_CACHED(slug),
    {
      name: "API: board column VERLEIDEN (200)",
      kind: "api",
      path: `${api}/ondernemers?step=VERLEIDEN&pageSize=200`,
      auth: "apiKey",
      marker: '"items"',
      sql: () => [
        { text: vestigingCount(`AND v.step = 'VERLEIDEN'`) },
        { text: vestigingPage(`AND v.step = 'VERLEIDEN'`, BY_NAME, 200, 0) },
      ],
    },
    {
      name: `API: registry search '${SEARCH}'`,
      kind: "api",
      path: `${api}/ondernemers?q=${SEARCH}`,
      auth: "apiKey",
      marker: '"items"',
      sql: () => [
        { text: `SELECT count(*) FROM "Vestiging" v WHERE v."gemeenteId" = $1 ${SEARCH_WHERE}`, values: [SEARCH] }, // text-only count: the search index alone
        { text: vestigingPage(SEARCH_WHERE, BY_NAME, 50, 0), values: [SEARCH] },
      ],
    },
    {
      name: "API: signal work queue (50)",
      kind: "api",
      path: `${api}/signalen`,
      auth: "apiKey",
      marker: '"items"',
      sql: () => [SIGNAL_LIST(50)],
    },
    {
      name: "API: public register",
      kind: "api",
      path: `${api}/register?page=1&pageSize=100`,
      auth: "none",
      marker: '"meta":{"page":1',
      sql: () => PUBLIC_REGISTER_FIRST_PAGE_SQL.map((text) => ({ text })),
    },
  ];
}

/** The public pages from the public page cache; "SQL" is the version check the cache makes per request. */
function PUBLIC_CACHED(slug: string): Scenario[] {
  const version = (): SqlQuery[] => [{ text: `SELECT "publicVersion"::text FROM "Gemeente" WHERE slug = '${slug}'` }];
  const page = (name: string, path: string, marker: string): Scenario => ({
    name: `${name} (cache)`,
    kind: "page",
    path,
    auth: "none",
    marker,
    sql: version,
    cache: "hit",
  });
  return [
    page("public register", `/g/${slug}/partners`, "Pagina 1 van"),
    page("public register page 3", `/g/${slug}/partners?pagina=3`, "Pagina 3 van"),
    page("public aanbod", `/g/${slug}/aanbod`, "Activiteiten en hulp tegen eenzaamheid"),
    page("public agenda", `/g/${slug}/agenda`, "Agenda: samen tegen eenzaamheid"),
    page("gemeente home", `/g/${slug}`, "Samen tegen eenzaamheid in"),
    page("public help", `/g/${slug}/help`, "Vragen en antwoorden"),
    page(".ics feed", `/api/ics/${slug}`, "BEGIN:VCALENDAR"),
  ];
}

/** $1 is the gemeente id wherever a query uses it; scenario values follow as $2… */
const withGemeente = (gid: string, qs: SqlQuery[]) =>
  qs.map((q) => ({ text: q.text, values: q.text.includes("$1") ? [gid, ...(q.values ?? [])] : (q.values ?? []) }));

async function check(s: Scenario, headers: Record<string, string>, warm = false) {
  const r = await fetch(`${BASE}${s.path}`, { headers, redirect: "manual" });
  const body = await r.text();
  if (r.status !== 200) throw new Error(`${s.name}: ${s.path} → ${r.status} ${r.headers.get("location") ?? ""} ${body.slice(0, 200)}`);
  if (!body.includes(s.marker)) throw new Error(`${s.name}: ${s.path} answered 200 without "${s.marker}" (login page or error?)`);
  const cache = r.headers.get("x-samenkracht-cache");
  if (warm && s.cache === "hit" && cache !== "hit")
    throw new Error(`${s.name}: ${s.path} not answered from the public page cache (${cache})`);
  if (!s.cache && cache === "hit") throw new Error(`${s.name}: ${s.path} answered from the public page cache, but is measured without it`);
  return Buffer.byteLength(body);
}

/**
 * After a 50-connection cell the server is still working off the requests that were in flight when the
 * client stopped: wait until one answer comes back in about the unloaded time, so the next measurement
 * does not start behind that backlog.
 */
async function settle(s: Scenario, headers: Record<string, string>, p50AtOne: number) {
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const t = performance.now();
    await check(s, headers);
    if (performance.now() - t < Math.max(200, 3 * p50AtOne)) return;
  }
}

type Cell = {
  serverCpuMsPerRequest?: number;
  proxyCpuMsPerRequest?: number;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  missingMarker: number;
  /** The machine's 1-minute load average right after the cell (client, server and database share it). */
  load?: number;
};

/**
 * Seconds for one cell: BENCH_DURATION, longer when the answer is so slow that few of the requests in
 * flight would finish (about three rounds of all connections at the 1-connection p50), at most BENCH_MAX_DURATION.
 */
const MAX_DURATION = Number(process.env.BENCH_MAX_DURATION || 30);
const cellSeconds = (connections: number, p50AtOne: number) =>
  Math.min(MAX_DURATION, Math.max(DURATION, Math.ceil((3 * connections * p50AtOne) / 1000)));

/** The server processes (Node) and the proxy (nginx) now serving BENCH_PORT: their CPU time per request is measured. */
const measured: { server: number[]; proxy: number[] } = { server: [], proxy: [] };
const cpuNow = () => ({ server: treeCpuSeconds(measured.server), proxy: treeCpuSeconds(measured.proxy) });
const perRequestMs = (before: number | null, after: number | null, requests: number) =>
  before === null || after === null || requests === 0 ? undefined : Math.round(((after - before) * 1000 * 10) / requests) / 10;

async function load(s: Scenario, headers: Record<string, string>, connections: number, seconds: number): Promise<Cell> {
  let missingMarker = 0;
  const cpu0 = cpuNow();
  const r = await autocannon({
    url: `${BASE}${s.path}`,
    connections,
    duration: seconds,
    timeout: 30,
    headers,
    requests: [
      {
        method: "GET",
        path: s.path,
        headers,
        onResponse: (status: number, body: string) => {
          if (status === 200 && !String(body).includes(s.marker)) missingMarker++;
        },
      },
    ],
  });
  const cpu1 = cpuNow();
  return {
    serverCpuMsPerRequest: perRequestMs(cpu0.server, cpu1.server, r.requests.total),
    proxyCpuMsPerRequest: perRequestMs(cpu0.proxy, cpu1.proxy, r.requests.total),
    connections,
    seconds,
    requests: r.requests.total,
    rps: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    // autocannon reports p97.5 and p99; p95 comes from its histogram percentiles where present.
    p95: (r.latency as unknown as Record<string, number>).p95 ?? r.latency.p97_5,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    missingMarker,
    load: load1(),
  };
}

const load1 = () => Math.round(os.loadavg()[0]! * 100) / 100;

type ScalingRow = { name: string; workers: number; cell: Cell; users?: UsersResult; via?: "cluster" | "nginx" };
type Row = {
  name: string;
  kind: string;
  path: string;
  bytes: number;
  sql: Awaited<ReturnType<typeof timeSql>>;
  cells: Cell[];
  ratio: number;
  users?: UsersResult;
};

const fromCache = (r: { name: string }) => /\(cache\)/.test(r.name);

function markdown(result: {
  scaling?: ScalingRow[];
  workers?: number;
  ranAt: string;
  durationS: number;
  gemeente: { slug: string; vestigingen: number; signals: number; inhabitants: number };
  totals: Record<string, number>;
  machine: Awaited<ReturnType<typeof machineInfo>>;
  rows: Row[];
  conditions: string;
}) {
  const m = result.machine;
  const cell = (r: Row, c: number) => {
    const x = r.cells.find((k) => k.connections === c);
    if (!x) return "– | –";
    if (x.requests === 0) return `no answer within ${x.seconds} s | 0`;
    return `${x.p50} / ${x.p95} / ${x.p99} | ${x.rps}`;
  };
  const loads = (cells: { load?: number }[]) => cells.map((c) => c.load).filter((x): x is number => typeof x === "number");
  const loadOf = (r: Row) => {
    const l = loads(r.cells);
    return l.length ? `${Math.min(...l)}–${Math.max(...l)}` : "–";
  };
  const allLoads = [...loads(result.rows.flatMap((r) => r.cells)), ...loads(result.rows.flatMap((r) => (r.users ? [r.users] : [])))];
  const bad = (r: Row) => r.cells.reduce((a, c) => a + c.errors + c.non2xx + c.missingMarker, 0); // autocannon's errors include its timeouts
  const lines = result.rows.map(
    (r) =>
      `| ${r.name} | ${r.sql.p50} | ${CONNECTIONS.map((c) => cell(r, c)).join(" | ")} | ${fromCache(r) ? "–" : r.ratio} | ${Math.round(r.bytes / 1024)} | ${bad(r)} | ${loadOf(r)} |`,
  );
  const at50 = (name: RegExp) =>
    result.rows
      .filter((r) => name.test(r.name))
      .map((r) => {
        const c = r.cells.find((x) => x.connections === 50);
        return { name: r.name, p95: c?.p95, requests: c?.requests ?? 0 };
      });
  const verdict = (p95: number) => (p95 < TARGET_P95_MS ? "reached" : `NOT reached, ${Math.round((p95 / TARGET_P95_MS) * 10) / 10}× over`);
  const targets = at50(TARGET_SCENARIOS).map((t) =>
    t.p95 === undefined || t.requests === 0
      ? `- ${t.name}, 50 connections without pause: no answer within the cell's duration (target p95 < ${TARGET_P95_MS} ms: NOT reached)`
      : `- ${t.name}, 50 connections without pause (50 requests always in flight): p95 **${t.p95} ms** (target < ${TARGET_P95_MS} ms: ${verdict(t.p95)})`,
  );
  const withUsers = result.rows.filter((r) => r.users);
  for (const r of withUsers) {
    const u = r.users!;
    targets.push(
      `- ${r.name}, ${u.users} users with ${u.thinkMs / 1000} s think time: p95 **${u.p95} ms** over ${u.requests} pages (target < ${TARGET_P95_MS} ms: ${verdict(u.p95)})`,
    );
  }
  const scaling = result.scaling ?? [];
  for (const r of scaling) {
    const procs = r.via === "nginx" ? `${r.workers} replicas behind nginx` : `${r.workers} server processes`;
    targets.push(
      `- ${r.name} with ${procs}, ${r.cell.connections} connections without pause: p95 **${r.cell.p95} ms** (target < ${TARGET_P95_MS} ms: ${verdict(r.cell.p95)})`,
    );
    if (r.users)
      targets.push(
        `- ${r.name} with ${procs}, ${r.users.users} users with ${r.users.thinkMs / 1000} s think time: p95 **${r.users.p95} ms** (target < ${TARGET_P95_MS} ms: ${verdict(r.users.p95)})`,
      );
  }
  const how = (r: ScalingRow) =>
    r.via === "nginx" ? `${r.workers} replica${r.workers > 1 ? "s" : ""} behind nginx` : `${r.workers} processes on one port`;
  const cluster = scaling.filter((r) => r.via !== "nginx");
  const balanced = scaling.filter((r) => r.via === "nginx");
  const scalingTable =
    scaling.length === 0
      ? ""
      : `
**The target pages with more server processes**, right after the main run (the rows above ran with ${result.workers ?? 1}); same database,
same client, same machine.${cluster.length ? ` \`scripts/cluster-start.mjs\` (\`WEB_CONCURRENCY=${cluster[0]!.workers}\`): one \`next start\` per core on one port.` : ""}${balanced.length ? ` Scale-out (issue 23): ${[...new Set(balanced.map((r) => r.workers))].join(" and ")} single-process replicas on ports of their own, nginx in front on the benchmark's port (deploy/docker-compose.scale.yml without Docker; docs/decisions/0019-scale-out.md).` : ""}

| page | server processes | connections | p50 / p95 / p99 | req/s | server CPU ms per request | users p50 / p95 / p99 | pages/s (users) | bad |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${scaling.map((r) => `| ${r.name} | ${how(r)} | ${r.cell.connections} | ${r.cell.p50} / ${r.cell.p95} / ${r.cell.p99} | ${r.cell.rps} | ${r.cell.serverCpuMsPerRequest ?? "–"} | ${r.users ? `${r.users.p50} / ${r.users.p95} / ${r.users.p99}` : "–"} | ${r.users?.rps ?? "–"} | ${r.cell.errors + r.cell.non2xx + r.cell.missingMarker + (r.users?.bad ?? 0)} |`).join("\n")}
`;
  const usersTable =
    withUsers.length === 0
      ? ""
      : `
**${withUsers[0]!.users!.users} users working at the same time** (bench/lib/users.ts): each virtual user opens the page, reads the whole answer,
then pauses ${withUsers[0]!.users!.thinkMs / 1000} s on average (uniform 0.5–1.5×) before the next page; users start spread out; ${withUsers[0]!.users!.seconds} s per page.
This is the load of ${withUsers[0]!.users!.users} people using the app at once; the autocannon columns above (×50) are a stress figure with 50 requests in flight all the time.

| page | users | think time | pages served | pages/s | p50 | p95 | p99 | max | bad | load |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${withUsers
  .map((r) => {
    const u = r.users!;
    return `| ${r.name} | ${u.users} | ${u.thinkMs / 1000} s | ${u.requests} | ${u.rps} | ${u.p50} | ${u.p95} | ${u.p99} | ${u.max} | ${u.bad} | ${u.load ?? "–"} |`;
  })
  .join("\n")}
`;
  // A cache hit renders nothing and its "SQL" is the version check: no app/SQL ratio (both round to 0 ms).
  const rendered = result.rows.filter((r) => !fromCache(r));
  const ratios = rendered.map((r) => `${r.name} ${r.ratio}×`).join("; ");
  const targets20 = issue20Targets(result.rows);
  const over = rendered.filter((r) => r.ratio > TARGET_RATIO).length;
  return `## National scale: pages and API under load (issue 7)

Generated by \`npm run bench\` (bench/run.ts); raw figures in \`bench/results/bench.json\`.

**Data** (\`npm run seed:scale\`): ${Object.entries(result.totals)
    .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
    .join(", ")}.
Measured tenant: **${result.gemeente.slug}**, the largest (${result.gemeente.inhabitants.toLocaleString("en")} inhabitants, ${result.gemeente.vestigingen.toLocaleString("en")} vestigingen, ${result.gemeente.signals.toLocaleString("en")} signals).

**Run** ${result.ranAt}: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, Node ${m.node}, ${m.postgres}, Next ${m.next} (production build served by \`scripts/serve.ts\`, as \`npm start\` does, with the public page cache),
autocannon ${DURATION} s per cell (longer, up to ${MAX_DURATION} s, where answers are so slow that few would finish), client, server and database on the same machine. Load average at the start: ${m.loadAverage.join(" / ")}.
Conditions: ${result.conditions}

Times in ms. Per concurrency: p50 / p95 / p99 | requests per second. "SQL" = p50 of the same answer's queries on one
connection as the app role with the tenant set (RLS on), no Prisma/HTTP/rendering. "app/SQL" = HTTP p50 at 1 connection ÷ SQL p50.
"bad" = errors (including timeouts: no answer within 30 s, a result of overload) + non-2xx + 200 answers without the
expected marker, over all cells. Anything but timeouts makes the run fail. "load" = the machine's 1-minute load average
after each cell (lowest–highest of the row; ${m.cpus} cores): above ${m.cpus} the client, the server and PostgreSQL were waiting for each other.
Load average during the whole run: ${allLoads.length ? `${Math.min(...allLoads)}–${Math.max(...allLoads)}` : "not recorded"}.
autocannon gives p97.5, not p95: the p95 column shows p97.5 (a slightly stricter figure).

| scenario | SQL p50 | ${CONNECTIONS.map((c) => `×${c} p50 / p95 / p99 | req/s ×${c}`).join(" | ")} | app/SQL | kB | bad | load |
| --- | --- | ${CONNECTIONS.map(() => "--- | ---").join(" | ")} | --- | --- | --- | --- |
${lines.join("\n")}
${usersTable}${scalingTable}
**Targets of issue 7**
${targets.join("\n")}
- app time at most ${TARGET_RATIO}× the bare SQL: ${over === 0 ? "reached for every scenario" : `NOT reached for ${over} of ${rendered.length} scenarios answered by the app (cache hits left out)`} (${ratios}).

**Targets of issue 20** (measured here; why a missed one is missed: the issue-20 section below)
${targets20.join("\n")}
`;
}

/** The targets of issue 20, each with the measured figure and, when missed, by how much. */
function issue20Targets(rows: Row[]): string[] {
  const row = (re: RegExp) => rows.find((r) => re.test(r.name));
  const at = (r: Row | undefined, c: number) => r?.cells.find((x) => x.connections === c);
  const times = (a: number, b: number) => `${Math.round((a / b) * 10) / 10}×`;
  const out: string[] = [];
  for (const re of [/^public register \(cache\)/, /^public aanbod/, /^public agenda/]) {
    const r = row(re);
    const c = at(r, 50);
    if (!r || !c) continue;
    const rpsOk = c.rps >= 1000;
    const p95Ok = c.p95 < 100;
    out.push(
      `- ${r.name}: ≥ 1,000 answers/s at 50 connections with p95 < 100 ms — **${c.rps}/s, p95 ${c.p95} ms**: ${
        rpsOk && p95Ok
          ? "reached"
          : `NOT reached (${[rpsOk ? "" : `${times(1000, c.rps)} short of the rate`, p95Ok ? "" : `${times(c.p95, 100)} over the latency`].filter(Boolean).join(", ")})`
      }`,
    );
  }
  const nat = row(/^national view/);
  if (nat) {
    const one = at(nat, 1);
    const fifty = at(nat, 50);
    if (one)
      out.push(
        `- ${nat.name}: p50 < 30 ms at 1 connection — **${one.p50} ms**: ${one.p50 < 30 ? "reached" : `NOT reached (${times(one.p50, 30)} over)`}`,
      );
    if (fifty)
      out.push(
        `- ${nat.name}: ≥ 100 answers/s at 50 connections — **${fifty.rps}/s**: ${fifty.rps >= 100 ? "reached" : `NOT reached (${times(100, fifty.rps)} short)`}`,
      );
  }
  for (const re of [/^regisseur dashboard/, /^pipeline board \(page\)/]) {
    const r = row(re);
    const c = at(r, 50);
    if (r && c)
      out.push(
        `- ${r.name}: ≥ 100 pages/s at 50 connections — **${c.rps}/s**: ${c.rps >= 100 ? "reached" : `NOT reached (${times(100, c.rps)} short)`}`,
      );
  }
  for (const r of rows.filter((x) => x.users))
    out.push(
      `- ${r.name}, ${r.users!.users} users with think time: p95 < ${TARGET_P95_MS} ms — **${r.users!.p95} ms**: ${r.users!.p95 < TARGET_P95_MS ? "reached" : `NOT reached (${times(r.users!.p95, TARGET_P95_MS)} over)`}`,
    );
  return out;
}

async function main() {
  const t0 = performance.now();
  const databaseUrl = await scaleDatabase();
  log(`database ${databaseUrl.replace(/:[^:@/]*@/, ":***@")}`);
  if (!hasBuild(DIST)) {
    log(`no build in ${DIST}: next build (minutes)`);
    buildNext(DIST);
  }
  const owner = new pg.Client({ connectionString: databaseUrl });
  await owner.connect();
  const g = (await owner.query(`SELECT id, slug, inhabitants FROM "Gemeente" WHERE slug = $1`, [GEMEENTE])).rows[0] as
    { id: string; slug: string; inhabitants: number } | undefined;
  if (!g) throw new Error(`gemeente ${GEMEENTE} not in the scale database`);
  const { key, prefix, keyHash } = generateApiKey(g.id);
  await owner.query(
    `INSERT INTO "ApiKey"(id, "gemeenteId", name, role, prefix, "keyHash") VALUES (gen_random_uuid()::text, $1, 'Benchmark', 'REGISSEUR', $2, $3)`,
    [g.id, prefix, keyHash],
  );
  const totals = (
    await owner.query(`SELECT (SELECT count(*) FROM "Gemeente")::int AS gemeenten, (SELECT count(*) FROM "Vestiging")::int AS vestigingen,
      (SELECT count(*) FROM "Signal")::int AS signals, (SELECT count(*) FROM "ContactMoment")::int AS "contact moments"`)
  ).rows[0] as Record<string, number>;
  const mine = (
    await owner.query(
      `SELECT (SELECT count(*) FROM "Vestiging" WHERE "gemeenteId" = $1)::int AS v, (SELECT count(*) FROM "Signal" WHERE "gemeenteId" = $1)::int AS s`,
      [g.id],
    )
  ).rows[0] as { v: number; s: number };
  await owner.end();

  let next: ChildProcess | undefined;
  try {
    const serverEnv = { SIGNAL_KEYS: SCALE_SIGNAL_KEYS, SIGNAL_ACTIVE_KEY: SCALE_KEY_ID };
    next = await startNext({ dist: DIST, port: PORT, databaseUrl, env: serverEnv, workers: WORKERS });
    measured.server = [next.pid!];
    log(`next start on ${BASE} (${DIST}, ${WORKERS} process${WORKERS > 1 ? "es" : ""})`);
    let cookies = {
      regisseur: await login(scaleAccounts.regisseur(g.slug), SCALE_PASSWORD),
      adviser: await login(scaleAccounts.adviser, SCALE_PASSWORD),
    };
    const headersFor = (s: Scenario): Record<string, string> =>
      s.auth === "apiKey" ? { authorization: `Bearer ${key}` } : s.auth === "none" ? { ...s.headers } : { cookie: cookies[s.auth] };
    const appUrl = databaseUrlWith(databaseUrl, { user: "samenkracht_app", password: null });
    const rows: Row[] = [];
    for (const s of scenarios(g.slug).filter((x) => !ONLY || ONLY.test(x.name))) {
      const headers = headersFor(s);
      const bytes = await check(s, headers);
      for (let i = 0; i < 3; i++) await check(s, headers, i === 2); // warm-up (JIT, caches, pool)
      const sql = await timeSql(appUrl, g.id, withGemeente(g.id, s.sql()), SQL_RUNS);
      const cells: Cell[] = [];
      for (const c of CONNECTIONS) {
        cells.push(await load(s, headers, c, cellSeconds(c, cells[0]?.p50 ?? 0)));
        const x = cells[cells.length - 1]!;
        log(
          `${s.name} ×${c} (${x.seconds} s, ${x.requests} answers): p50 ${x.p50} p95 ${x.p95} p99 ${x.p99} ms, ${x.rps} req/s, bad ${x.errors + x.non2xx + x.missingMarker} (timeouts ${x.timeouts})`,
        );
      }
      const one = cells.find((c) => c.connections === 1) ?? cells[0]!;
      let users: UsersResult | undefined;
      if (USERS > 0 && USER_SCENARIOS.test(s.name)) {
        await settle(s, headers, one.p50);
        users = await runUsers({
          url: `${BASE}${s.path}`,
          headers,
          marker: s.marker,
          users: USERS,
          thinkMs: THINK_MS,
          seconds: USERS_SECONDS,
        });
        users.load = load1();
        log(
          `${s.name}: ${users.users} users, think ${THINK_MS} ms (${users.requests} pages): p50 ${users.p50} p95 ${users.p95} p99 ${users.p99} ms, ${users.rps} pages/s, bad ${users.bad}`,
        );
      }
      rows.push({
        name: s.name,
        kind: s.kind,
        path: s.path,
        bytes,
        sql,
        cells,
        ratio: Math.round((one.p50 / Math.max(0.1, sql.p50)) * 10) / 10,
        users,
      });
      log(`${s.name}: SQL p50 ${sql.p50} ms → app/SQL ${rows[rows.length - 1]!.ratio}`);
    }
    const scaling: ScalingRow[] = [];
    if (SCALE_WORKERS > 1 && SCALE_WORKERS !== WORKERS) {
      await stopNext(next);
      next = await startNext({ dist: DIST, port: PORT, databaseUrl, env: serverEnv, workers: SCALE_WORKERS });
      measured.server = [next.pid!];
      log(`restarted with ${SCALE_WORKERS} server processes for the target pages`);
      cookies = {
        regisseur: await login(scaleAccounts.regisseur(g.slug), SCALE_PASSWORD),
        adviser: await login(scaleAccounts.adviser, SCALE_PASSWORD),
      };
      for (const s of scenarios(g.slug).filter((x) => TARGET_SCENARIOS.test(x.name) && (!ONLY || ONLY.test(x.name)))) {
        const headers = headersFor(s);
        for (let i = 0; i < 4; i++) await check(s, headers); // warm-up: each worker JITs on its own
        const main = rows.find((r) => r.name === s.name);
        const p50AtOne = main?.cells.find((c) => c.connections === 1)?.p50 ?? 0;
        const cell = await load(s, headers, SCALE_CONNECTIONS, cellSeconds(SCALE_CONNECTIONS, p50AtOne));
        if (USERS > 0) await settle(s, headers, p50AtOne);
        const users =
          USERS > 0
            ? await runUsers({
                url: `${BASE}${s.path}`,
                headers,
                marker: s.marker,
                users: USERS,
                thinkMs: THINK_MS,
                seconds: USERS_SECONDS,
              })
            : undefined;
        scaling.push({ name: s.name, workers: SCALE_WORKERS, cell, users, via: "cluster" });
        log(
          `${s.name} with ${SCALE_WORKERS} processes: ×${SCALE_CONNECTIONS} p50 ${cell.p50} p95 ${cell.p95} ms, ${cell.rps} req/s${users ? `; ${users.users} users p95 ${users.p95} ms` : ""}`,
        );
      }
    }
    for (const replicaCount of BALANCER_REPLICAS) {
      let balancer: Balancer | undefined;
      const replicas: ChildProcess[] = [];
      try {
        await stopNext(next);
        next = undefined;
        // Each replica a single `next start` (as one container of the scale-out compose), reached only
        // through nginx on BENCH_PORT; the links and cookies they make name the balancer's address.
        const upstreams = Array.from({ length: replicaCount }, (_, i) => ({ name: String.fromCharCode(97 + i), port: PORT + 1 + i }));
        for (const u of upstreams)
          replicas.push(
            await startNext({
              dist: DIST,
              port: u.port,
              databaseUrl,
              env: { ...serverEnv, APP_URL: BASE, NEXTAUTH_URL: BASE },
              workers: 1,
            }),
          );
        balancer = await startBalancer(PORT, upstreams, log);
        measured.server = replicas.map((r) => r.pid!);
        measured.proxy = [balancer.process.pid!];
        cookies = {
          regisseur: await login(scaleAccounts.regisseur(g.slug), SCALE_PASSWORD),
          adviser: await login(scaleAccounts.adviser, SCALE_PASSWORD),
        };
        for (const s of scenarios(g.slug).filter((x) => TARGET_SCENARIOS.test(x.name) && (!ONLY || ONLY.test(x.name)))) {
          const headers = headersFor(s);
          for (let i = 0; i < 4 * replicaCount; i++) await check(s, headers); // warm-up: each replica JITs on its own
          const main = rows.find((r) => r.name === s.name);
          const p50AtOne = main?.cells.find((c) => c.connections === 1)?.p50 ?? 0;
          const cell = await load(s, headers, SCALE_CONNECTIONS, cellSeconds(SCALE_CONNECTIONS, p50AtOne));
          if (USERS > 0) await settle(s, headers, p50AtOne);
          const users =
            USERS > 0
              ? await runUsers({
                  url: `${BASE}${s.path}`,
                  headers,
                  marker: s.marker,
                  users: USERS,
                  thinkMs: THINK_MS,
                  seconds: USERS_SECONDS,
                })
              : undefined;
          scaling.push({ name: s.name, workers: replicaCount, cell, users, via: "nginx" });
          log(
            `${s.name} through nginx, ${replicaCount} replica${replicaCount > 1 ? "s" : ""}: ×${SCALE_CONNECTIONS} p50 ${cell.p50} p95 ${cell.p95} ms, ${cell.rps} req/s${users ? `; ${users.users} users p95 ${users.p95} ms` : ""}`,
          );
        }
      } finally {
        measured.proxy = [];
        await balancer?.stop();
        for (const r of replicas) await stopNext(r);
      }
    }
    const result = {
      workers: WORKERS,
      scaling,
      ranAt: new Date().toISOString(),
      durationS: DURATION,
      connections: CONNECTIONS,
      dist: DIST,
      gemeente: { slug: g.slug, inhabitants: g.inhabitants, vestigingen: mine.v, signals: mine.s },
      totals,
      machine: await machineInfo(databaseUrl),
      conditions: process.env.BENCH_CONDITIONS || "not stated (set BENCH_CONDITIONS to describe other load on the machine)",
      rows,
      wallSeconds: 0,
    };
    result.wallSeconds = Math.round((performance.now() - t0) / 1000);
    fs.mkdirSync("bench/results", { recursive: true });
    if (!ONLY) {
      fs.writeFileSync("bench/results/bench.json", `${JSON.stringify(result, null, 2)}\n`);
      writeDocSection("docs/performance.md", "bench:national", markdown(result));
      log(`wrote bench/results/bench.json and docs/performance.md in ${result.wallSeconds} s`);
    } else {
      fs.writeFileSync("bench/results/bench-partial.json", `${JSON.stringify(result, null, 2)}\n`);
      log(`BENCH_ONLY set: wrote bench/results/bench-partial.json only`);
    }
    // Wrong answers (errors, non-2xx, a 200 without the page's marker) make the figures invalid;
    // timeouts (no answer within 30 s under overload) are a result, reported in the "bad" column.
    const cellsAll = [...rows.flatMap((r) => r.cells), ...scaling.map((x) => x.cell)];
    const wrong =
      cellsAll.reduce((a, c) => a + (c.errors - c.timeouts) + c.non2xx + c.missingMarker, 0) +
      [...rows, ...scaling].reduce((a, r) => a + (r.users?.bad ?? 0), 0);
    const timeouts = cellsAll.reduce((a, c) => a + c.timeouts, 0);
    if (timeouts > 0) log(`${timeouts} requests got no answer within 30 s (overload; counted in "bad")`);
    if (wrong > 0) {
      console.error(
        `[bench] ${wrong} wrong answers under load (errors, non-2xx or without the expected marker): the figures are not valid`,
      );
      process.exitCode = 1;
    }
  } finally {
    await stopNext(next);
  }
}

/** BENCH_REPORT_ONLY=1: rewrite the docs section from bench/results/bench.json without measuring. */
if (process.env.BENCH_REPORT_ONLY === "1") {
  const result = JSON.parse(fs.readFileSync("bench/results/bench.json", "utf8")) as Parameters<typeof markdown>[0];
  writeDocSection("docs/performance.md", "bench:national", markdown(result));
  log("rewrote the bench:national section of docs/performance.md from bench/results/bench.json");
} else
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
