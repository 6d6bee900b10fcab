/**
 * `npm run bench:embedded`: load on the two-command default (issue 15). Not a test: it measures
 * and writes the figures into docs/performance.md (section "embedded-load").
 *
 * 1. Starts `npm start` (scripts/start.ts) WITHOUT DATABASE_URL or SMTP_URL: the embedded
 *    PostgreSQL with a fresh data folder (BENCH_DATA_DIR, default under os.tmpdir()), migrations,
 *    demo seed, mail capture, `next start` on BENCH_PORT (default 3150) from NEXT_DIST_DIR
 *    (default .next; built first when not current).
 * 2. Logs in as the demo regisseur through next-auth's credentials flow (session cookie).
 * 3. autocannon, BENCH_CONNECTIONS (50) connections for BENCH_DURATION (60) s; every connection
 *    cycles through: two public pages, a logged-in page, and a server action (movePartnerAction: the partners page's circle form,
 *    a write in its own transaction, called over HTTP as the browser does: Next-Action header with
 *    the id from the build's server-reference manifest).
 * 4. Every answer is checked: status 2xx AND a marker in the body (the real page, not the login
 *    page or an error; the action's `"ok":true`). The bar: 0 errors.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { writeDocSection } from "./lib/doc-section";
import { machineInfo } from "./lib/machine";
import { freePort } from "../src/lib/db/embedded";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { loginWithPassword } from "./lib/login";

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT || 3150);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
const DURATION = Number(process.env.BENCH_DURATION || 60);
const DIST = process.env.NEXT_DIST_DIR || ".next";
const BASE = `http://localhost:${PORT}`;
const log = (m: string) => console.log(`[bench:embedded] ${m}`);

async function waitForHealth(app: ChildProcess, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (app.exitCode !== null) throw new Error(`npm start exited with ${app.exitCode}`);
    try {
      const r = await fetch(`${BASE}/api/health`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("npm start did not become healthy in time");
}

const login = (email: string, password: string) => loginWithPassword(BASE, email, password);

const BOUNDARY = "----samenkracht-bench";
/** A multipart/form-data body of text fields. */
function multipart(fields: [name: string, value: string][]): string {
  const parts = fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return `${parts.join("")}--${BOUNDARY}--\r\n`;
}

/** The server action's id, from the build's manifest (what the browser's form sends in Next-Action). */
function actionId(exportName: string, moduleHint: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, DIST, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportName && (!entry.filename || entry.filename.includes(moduleHint))) return id;
  }
  throw new Error(`server action ${exportName} not found in ${DIST}/server/server-reference-manifest.json`);
}

type Check = { name: string; ok: number; bad: number; samples: string[] };

async function main() {
  const dataDir = process.env.BENCH_DATA_DIR || path.join(os.tmpdir(), "samenkracht-bench-embedded");
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.credentials.json`, { force: true });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const dbPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    NEXT_DIST_DIR: DIST,
    EMBEDDED_DB_DIR: dataDir,
    EMBEDDED_DB_PORT: String(dbPort),
  };
  for (const k of ["DATABASE_URL", "APP_DATABASE_URL", "APP_DATABASE_PASSWORD", "SMTP_URL", "TEST_DATABASE_URL"]) delete env[k];
  const t0 = Date.now();
  log(`npm start (embedded PostgreSQL in ${dataDir}, app on ${BASE}, build ${DIST})`);
  const app = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts")], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const startLog: string[] = [];
  app.stdout!.on("data", (c: Buffer) => startLog.push(c.toString()));
  app.stderr!.on("data", (c: Buffer) => startLog.push(c.toString()));
  const stop = async () => {
    if (app.exitCode !== null) return;
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
  };
  try {
    await waitForHealth(app, 20 * 60_000);
    const readyS = (Date.now() - t0) / 1000;
    log(`healthy after ${readyS.toFixed(1)} s`);
    for (const line of startLog
      .join("")
      .split("\n")
      .filter((l) => l.startsWith("[samenkracht]")))
      log(`  ${line}`);

    const cookie = await login("regisseur@samenstad.demo", DEMO_PASSWORD);
    const creds = JSON.parse(fs.readFileSync(`${dataDir}.credentials.json`, "utf8")) as { ownerPassword: string };
    const owner = new pg.Client({ host: "127.0.0.1", port: dbPort, user: "postgres", password: creds.ownerPassword, database: "postgres" });
    await owner.connect();
    const partner = (
      await owner.query<{ id: string; circle: string }>(
        `SELECT p.id, p.circle::text AS circle FROM "CoalitionPartner" p JOIN "Gemeente" g ON g.id = p."gemeenteId" WHERE g.slug = 'samenstad' AND p.circle IS NOT NULL ORDER BY p.name LIMIT 1`,
      )
    ).rows[0];
    const id = actionId("movePartnerAction", "coalition");

    const checks: Check[] = [];
    const check = (name: string, pass: (status: number, body: string) => boolean) => {
      const c: Check = { name, ok: 0, bad: 0, samples: [] };
      checks.push(c);
      return (status: number, body: string) => {
        if (pass(status, String(body))) c.ok++;
        else {
          c.bad++;
          if (c.samples.length < 3) c.samples.push(`${status} ${String(body).slice(0, 160)}`);
        }
      };
    };
    let n = 0;
    const requests = [
      { method: "GET", path: "/", onResponse: check("GET / (public)", (s, b) => s === 200 && b.includes("Samenkracht")) },
      {
        method: "GET",
        path: "/g/samenstad/partners",
        onResponse: check("GET /g/samenstad/partners (public)", (s, b) => s === 200 && b.includes("Wie doen er mee?")),
      },
      {
        method: "GET",
        path: "/app/samenstad/partners",
        headers: { cookie },
        onResponse: check("GET /app/samenstad/partners (logged in)", (s, b) => s === 200 && b.includes("Partner toevoegen")),
      },
      {
        method: "POST",
        path: "/app/samenstad/partners",
        headers: {
          cookie,
          "next-action": id,
          accept: "text/x-component",
          "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
          origin: BASE,
        },
        // As React encodes a form action's call: the form's fields as parts "_1_<name>" first, then the root part
        // "0" with the arguments (slug, id, previous state, the form as "$K1"); the server reads the form when the root arrives.
        setupRequest: (req: Record<string, unknown>) => ({
          ...req,
          body: multipart([
            ["_1_circle", partner.circle],
            ["_1_ambassador", `Bench ${++n}`],
            ["0", JSON.stringify(["samenstad", partner.id, null, "$K1"])],
          ]),
        }),
        onResponse: check("POST server action movePartnerAction (logged in)", (s, b) => s === 200 && b.includes('"ok":true')),
      },
    ];
    log(`autocannon: ${CONNECTIONS} connections, ${DURATION} s, ${requests.length} requests per round`);
    const machine = await machineInfo(`postgresql://postgres:${encodeURIComponent(creds.ownerPassword)}@127.0.0.1:${dbPort}/postgres`);
    const r = await autocannon({ url: BASE, connections: CONNECTIONS, duration: DURATION, timeout: 30, requests } as never);
    const updates = (await owner.query<{ a: string }>(`SELECT ambassador AS a FROM "CoalitionPartner" WHERE id = $1`, [partner.id])).rows[0]
      .a;
    await owner.end();

    const bad = checks.reduce((a, c) => a + c.bad, 0);
    const errors = r.errors + r.timeouts;
    const result = {
      ranAt: new Date().toISOString(),
      readyS,
      connections: CONNECTIONS,
      durationS: DURATION,
      requests: r.requests.total,
      rps: Math.round(r.requests.average),
      latency: { p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max },
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      checks,
      lastAmbassador: updates,
      machine,
    };
    fs.mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench", "results", "embedded-load.json"), JSON.stringify(result, null, 2));
    const rows = checks.map((c) => `| ${c.name} | ${c.ok + c.bad} | ${c.bad} |`).join("\n");
    writeDocSection(
      path.join(root, "docs", "performance.md"),
      "embedded-load",
      `## Load on the two-command default (embedded PostgreSQL)

\`npm run bench:embedded\` (bench/embedded-load.ts) — run ${result.ranAt.slice(0, 16).replace("T", " ")} UTC. \`npm start\` without
DATABASE_URL (embedded PostgreSQL ${fs.existsSync(path.join(dataDir, "PG_VERSION")) ? fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim() : "18"} from node_modules, fresh data folder, migrations, demo seed,
mail capture, one \`next start\`), healthy after ${readyS.toFixed(0)} s${readyS > 120 ? " (including a build)" : ""}. Then autocannon with **${CONNECTIONS} connections for ${DURATION} s**,
every connection cycling through two public pages, a logged-in page and a server action (\`movePartnerAction\`, a
write, posted as the browser posts it). Every answer is checked for status 2xx **and** its content (the real page,
not the login page; the action's \`"ok":true\`).

| request | answers | failed (non-2xx, wrong content) |
| --- | --- | --- |
${rows}

**${errors + r.non2xx + bad === 0 ? "0 errors" : `${errors} errors/timeouts, ${r.non2xx} non-2xx, ${bad} failed checks`}** in ${result.requests} requests (${result.rps} per second);
latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms
(client, app and database on the same machine: ${machine.cpus ?? "?"} cores, load average at the start ${machine.loadAverage?.join(" / ") ?? "?"}${(machine.loadAverage?.[0] ?? 0) > 2 * (machine.cpus ?? 1) ? "; the machine was busy with other work, so these latencies are pessimistic — the bar here is 0 errors" : ""}).
With PGlite (decision 0002) ten connections on one public page gave 700 non-2xx answers of 1013 in 8 s; the embedded
server now has a session per connection like any PostgreSQL server.`,
    );
    log(`requests ${result.requests}, ${result.rps}/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    for (const c of checks) log(`  ${c.name}: ${c.ok + c.bad} answers, ${c.bad} failed${c.samples.length ? ` e.g. ${c.samples[0]}` : ""}`);
    log(`errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, failed checks ${bad}`);
    if (errors + r.non2xx + bad > 0) process.exitCode = 1;
  } catch (error) {
    console.error(startLog.join("").slice(-3000));
    throw error;
  } finally {
    await stop();
    if (!process.env.BENCH_DATA_DIR) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(`${dataDir}.credentials.json`, { force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
