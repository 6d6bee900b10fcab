/**
 * `npm test`: the whole suite — unit, integration against real PostgreSQL, end-to-end in Chromium.
 *
 * Database: DATABASE_URL if set, else the local server on localhost:5432, else the embedded
 * PostgreSQL (a real PostgreSQL 18 from node_modules, src/lib/db/embedded.ts) started here with a
 * throw-away data folder — the same stages and the same tests run on every one of them
 * (TEST_EMBEDDED=1 forces the embedded server). Each integration test file and the e2e run get
 * their own database copied from a migrated template (tests/support/test-db.ts).
 *
 * Flags: --unit, --integration, --e2e (run only those), --no-build (reuse the e2e build). --scale
 * runs the scale-out proof (playwright.scale.config.ts: two replicas, two job workers, nginx; not part
 * of a plain `npm test`, CI runs it as its own step; `npm run test:scale`). Test
 * files given as arguments run only those (each in its own stage), e.g.
 * `TEST_EMBEDDED=1 npm test -- --e2e --no-build tests/e2e/login.spec.ts`.
 * Ends with one line "Tests: N passed, N failed" and exits non-zero on any failure.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import pg from "pg";
import { connectionConfig, describeDatabaseUrl } from "../src/lib/db/connection";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const args = new Set(process.argv.slice(2));
const only = ["--unit", "--integration", "--e2e", "--scale"].filter((a) => args.has(a));
const fileArgs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const stageOf = (file: string) =>
  file.includes("tests/e2e-scale/")
    ? "scale"
    : file.includes("tests/e2e/")
      ? "e2e"
      : file.includes("tests/integration/")
        ? "integration"
        : "unit";
const filesFor = (stage: string) => fileArgs.filter((f) => stageOf(f) === stage);
const wants = (stage: string) =>
  (stage === "scale" ? args.has("--scale") || filesFor("scale").length > 0 : only.length === 0 || args.has(`--${stage}`)) &&
  (fileArgs.length === 0 || filesFor(stage).length > 0);
const resultsDir = path.resolve("test-results");
fs.mkdirSync(resultsDir, { recursive: true });

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ ...connectionConfig(url), connectionTimeoutMillis: 3000 });
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

async function chooseDatabase(): Promise<{ url: string; appPassword?: string; stop?: () => Promise<void> }> {
  const forceEmbedded = process.env.TEST_EMBEDDED === "1";
  if (process.env.DATABASE_URL && !forceEmbedded) {
    console.log(`Database: DATABASE_URL (${describeDatabaseUrl(process.env.DATABASE_URL)})`);
    return { url: process.env.DATABASE_URL };
  }
  const local = "postgresql://postgres@localhost:5432/postgres";
  if (!forceEmbedded && (await reachable(local))) {
    console.log("Database: de PostgreSQL-server op localhost:5432");
    return { url: local };
  }
  console.log(
    forceEmbedded
      ? "TEST_EMBEDDED=1: de tests gebruiken de ingebouwde PostgreSQL."
      : "Geen PostgreSQL-server gevonden: de tests gebruiken de ingebouwde PostgreSQL.",
  );
  const { startEmbeddedPostgres } = await import("../src/lib/db/embedded");
  const t = Date.now();
  // A throw-away cluster per run (fsync off: test data need not survive a crash).
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samenkracht-test-pg-"));
  fs.chmodSync(dataDir, 0o755); // run as root, the server's user must reach it
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: 0, ephemeral: true, fast: true });
  for (const note of server.notes) console.log(`  ${note}`);
  console.log(`Ingebouwde PostgreSQL ${server.version} op 127.0.0.1:${server.port} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return {
    url: server.url,
    appPassword: server.appPassword,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

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
  // The embedded server checks passwords: the app role gets one (tests/support/test-db.ts sets it).
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    TEST_DATABASE_URL: db.url,
    ...(db.appPassword ? { APP_DATABASE_PASSWORD: db.appPassword } : {}),
  };
  const failures: string[] = [];
  const vitest = path.resolve("node_modules/vitest/vitest.mjs");
  try {
    for (const project of ["unit", "integration"] as const) {
      if (!wants(project)) continue;
      const out = path.join(resultsDir, `vitest-${project}.json`);
      fs.rmSync(out, { force: true });
      const code = await run(
        process.execPath,
        [vitest, "run", "--project", project, ...filesFor(project), "--reporter=default", "--reporter=json", `--outputFile=${out}`],
        env,
      );
      addVitestCounts(out);
      if (code !== 0) failures.push(project);
    }
    if (wants("e2e") || wants("scale")) {
      const distDir = ".next-e2e";
      const e2eEnv = { ...env, NEXT_DIST_DIR: distDir, NODE_ENV: "production" as const };
      if (!args.has("--no-build")) {
        console.log("\n▶ next build (voor de end-to-end-tests)");
        const code = await run(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], e2eEnv);
        if (code !== 0) failures.push("build");
      }
      const playwright = path.resolve("node_modules/@playwright/test/cli.js");
      if (!failures.includes("build") && wants("e2e")) {
        const out = path.join(resultsDir, "playwright.json");
        fs.rmSync(out, { force: true });
        const code = await run(process.execPath, [playwright, "test", ...filesFor("e2e")], {
          ...e2eEnv,
          PLAYWRIGHT_JSON_OUTPUT_NAME: out,
        });
        addPlaywrightCounts(out);
        if (code !== 0) failures.push("e2e");
      }
      if (!failures.includes("build") && wants("scale")) {
        // Two replicas, two job workers and nginx on one database (tests/e2e/support/server.ts).
        console.log("\n▶ scale-out: twee replica's, twee workers en nginx (playwright.scale.config.ts)");
        const out = path.join(resultsDir, "playwright-scale.json");
        fs.rmSync(out, { force: true });
        const code = await run(process.execPath, [playwright, "test", "-c", "playwright.scale.config.ts", ...filesFor("scale")], {
          ...e2eEnv,
          PLAYWRIGHT_JSON_OUTPUT_NAME: out,
        });
        addPlaywrightCounts(out);
        if (code !== 0) failures.push("scale");
      }
    }
  } finally {
    await db.stop?.();
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
