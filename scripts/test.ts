/**
 * `npm test`: the whole suite — unit, integration against real PostgreSQL, end-to-end in Chromium.
 *
 * Database: DATABASE_URL if set, else the local server on localhost:5432, else the embedded
 * PostgreSQL (PGlite) started here. Each integration test file and the e2e run get their own
 * database copied from a migrated template (tests/support/test-db.ts).
 *
 * Flags: --unit, --integration, --e2e (run only those), --no-build (reuse the e2e build).
 * Ends with one line "Tests: N passed, N failed" and exits non-zero on any failure.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const args = new Set(process.argv.slice(2));
const only = ["--unit", "--integration", "--e2e"].filter((a) => args.has(a));
const wants = (stage: string) => only.length === 0 || args.has(`--${stage}`);
const resultsDir = path.resolve("test-results");
fs.mkdirSync(resultsDir, { recursive: true });

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function chooseDatabase(): Promise<{ url: string; stop?: () => Promise<void>; embeddedOnly?: boolean }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const local = "postgresql://postgres@localhost:5432/postgres";
  // TEST_EMBEDDED=1 forces the embedded fallback (to check it on a machine that has a server).
  if (process.env.TEST_EMBEDDED !== "1" && (await reachable(local))) return { url: local };
  console.log("Geen PostgreSQL-server gevonden: de tests gebruiken de ingebouwde database (PGlite).");
  const { startEmbeddedPostgres } = await import("./embedded-db");
  const server = await startEmbeddedPostgres({ dataDir: path.resolve(".data/pglite-test"), port: 0 });
  return { url: server.url, stop: server.stop, embeddedOnly: true };
}

/**
 * PGlite (the embedded fallback) shares ONE session between all connections and ignores database
 * names (docs/decisions/0002-embedded-database.md): the owner/app-role split and the per-file test
 * databases cannot hold there. Without a server we run the unit tests and these files, which
 * start their own embedded database and check the embedded path itself.
 */
const EMBEDDED_ONLY_FILES = ["tests/integration/embedded-db.test.ts", "tests/integration/jobs-embedded.test.ts"];
const skippedStages: string[] = [];

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

function addVitestCounts(file: string) {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  total.passed += r.numPassedTests ?? 0;
  total.failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
  total.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

function addPlaywrightCounts(file: string) {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  const s = r.stats ?? {};
  total.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  total.failed += s.unexpected ?? 0;
  total.skipped += s.skipped ?? 0;
}

async function main() {
  const db = await chooseDatabase();
  const env = { ...process.env, DATABASE_URL: db.url, TEST_DATABASE_URL: db.url };
  const failures: string[] = [];
  const vitest = path.resolve("node_modules/vitest/vitest.mjs");
  try {
    for (const project of ["unit", "integration"] as const) {
      if (!wants(project)) continue;
      const out = path.join(resultsDir, `vitest-${project}.json`);
      fs.rmSync(out, { force: true });
      // Embedded fallback: only the tests written for the embedded database (see below).
      const files = db.embeddedOnly && project === "integration" ? EMBEDDED_ONLY_FILES : [];
      const code = await run(process.execPath, [vitest, "run", "--project", project, ...files, "--reporter=default", "--reporter=json", `--outputFile=${out}`], {
        ...env,
        ...(db.embeddedOnly ? { TEST_DB_MODE: "embedded-only" } : {}),
      });
      addVitestCounts(out);
      if (code !== 0) failures.push(project);
    }
    if (wants("e2e") && db.embeddedOnly) {
      skippedStages.push("e2e");
    } else if (wants("e2e")) {
      const distDir = ".next-e2e";
      const e2eEnv = { ...env, NEXT_DIST_DIR: distDir, NODE_ENV: "production" as const };
      if (!args.has("--no-build")) {
        console.log("\n▶ next build (voor de end-to-end-tests)");
        const code = await run(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], e2eEnv);
        if (code !== 0) failures.push("build");
      }
      if (!failures.includes("build")) {
        const out = path.join(resultsDir, "playwright.json");
        fs.rmSync(out, { force: true });
        const code = await run(process.execPath, [path.resolve("node_modules/@playwright/test/cli.js"), "test"], {
          ...e2eEnv,
          PLAYWRIGHT_JSON_OUTPUT_NAME: out,
        });
        addPlaywrightCounts(out);
        if (code !== 0) failures.push("e2e");
      }
    }
  } finally {
    await db.stop?.();
  }
  if (db.embeddedOnly) {
    console.log(
      "\nLet op: er draait geen PostgreSQL-server. De ingebouwde database (PGlite) heeft één gedeelde sessie en negeert\n" +
        "databasenamen, dus alleen de unit-tests en de tests voor de ingebouwde database zijn gedraaid. De volledige\n" +
        "integratie- en browsertests hebben een PostgreSQL-server nodig: zet DATABASE_URL (een gebruiker die databases\n" +
        `mag maken) of start er een op localhost:5432. Niet gedraaid: ${["integration (behalve " + EMBEDDED_ONLY_FILES.join(", ") + ")", ...skippedStages].join(", ")}.`,
    );
  }
  console.log(`\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  if (failures.length) {
    console.error(`Mislukt: ${failures.join(", ")}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
