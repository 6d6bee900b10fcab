/**
 * `npm start` (and `npm run dev` with --dev): the two-command start.
 *
 * 1. Database: DATABASE_URL when set; otherwise the embedded PostgreSQL (a real PostgreSQL 18 from
 *    node_modules, src/lib/db/embedded.ts; data in .data/postgres, on 127.0.0.1:EMBEDDED_DB_PORT,
 *    default 5433 or a free port when that is taken). Embedded mode also sets APP_DATABASE_PASSWORD
 *    (generated once) and SAMENKRACHT_DEMO=1 (demo passwords), unless they are set already.
 * 2. Migrate; seed the demo data (idempotent) only in demo mode (SAMENKRACHT_DEMO=1, the embedded
 *    default). A real installation creates its gemeente with `npm run gemeente:create`.
 * 3. Mail: without SMTP_URL, a local capture server on a free port (or MAIL_CAPTURE_PORT) keeps
 *    every mail in .data/mail, and SMTP_URL points at it (src/lib/mail/local.ts).
 * 4. `next build` (skipped when the build is newer than every source file, or when the build tools
 *    are not installed — `npm ci --omit=dev` — and a build exists), then `next start`; with --dev:
 *    `next dev`. PORT (default 3000). WEB_CONCURRENCY > 1: that many workers (cluster-start.mjs).
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import {
  DEFAULT_EMBEDDED_DIR,
  DEFAULT_EMBEDDED_PORT,
  portInUse,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "../src/lib/db/embedded";
import { describeDatabaseUrl } from "../src/lib/db/connection";
import type { CaptureServer } from "../src/lib/mail/capture-server";
import { startLocalMail } from "../src/lib/mail/local";
import { migrateDeploy } from "./migrate";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
// ./seed is imported dynamically: it needs the generated Prisma client, which may not exist yet.

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

Object.assign(process.env, {
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
});

const port = Number(process.env.PORT || 3000);
const distDir = process.env.NEXT_DIST_DIR || ".next";
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

const log = (line: string) => console.log(`[samenkracht] ${line}`);
const elapsed = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

let embedded: EmbeddedPostgres | undefined;
let capture: CaptureServer | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((r) => {
        const t = setTimeout(() => {
          app?.kill("SIGKILL");
          r(null);
        }, 10_000);
        app?.once("exit", () => {
          clearTimeout(t);
          r(null);
        });
      });
    }
    await capture?.stop().catch(() => {});
    // A clean (fast) shutdown of the embedded server: no recovery at the next start.
    await embedded?.stop().catch((e) => console.error("Stopping the embedded database failed:", e));
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** A stable secret in .data for next-auth when none is configured (sessions survive restarts). */
function ensureAuthSecret() {
  if (process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET) return;
  const file = path.join(root, ".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  log(`NEXTAUTH_SECRET not set: using the generated one in .data/nextauth-secret`);
}

/**
 * Signal encryption keys (src/lib/crypto/fields.ts) when none are configured: one key, generated
 * once and kept in .data/signal-keys.json (mode 600). Losing that file makes stored signals
 * unreadable — production sets SIGNAL_KEYS / SIGNAL_ACTIVE_KEY from its secret store instead.
 */
function ensureSignalKeys() {
  if (process.env.SIGNAL_KEYS) return;
  const file = path.join(root, ".data", "signal-keys.json");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const keys = { k1: crypto.randomBytes(32).toString("base64") };
    fs.writeFileSync(file, JSON.stringify({ keys, active: "k1" }), { mode: 0o600 });
  }
  const { keys, active } = JSON.parse(fs.readFileSync(file, "utf8")) as { keys: Record<string, string>; active: string };
  process.env.SIGNAL_KEYS = JSON.stringify(keys);
  process.env.SIGNAL_ACTIVE_KEY = process.env.SIGNAL_ACTIVE_KEY || active;
  log("SIGNAL_KEYS not set: using the generated key in .data/signal-keys.json");
}

// src/generated is derived from prisma/schema, and regenerating it must not force a rebuild.
const BUILD_INPUTS = ["src", "prisma/schema", "public", "next.config.ts", "postcss.config.mjs", "package-lock.json"];
const NOT_BUILD_INPUTS = new Set([path.join(root, "src", "generated")]);

function newestMtime(p: string): number {
  if (!fs.existsSync(p) || NOT_BUILD_INPUTS.has(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

/** `npm ci --omit=dev` leaves out tailwind/postcss (devDependencies), so `next build` cannot run. */
function buildToolsInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve("@tailwindcss/postcss");
    return true;
  } catch {
    return false;
  }
}

/** The build is current when its BUILD_ID is newer than every input file. */
function buildIsCurrent(): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((p) => newestMtime(path.join(root, p)) < built);
}

/**
 * `npm install` runs `prisma generate` as postinstall, but without DATABASE_URL the Prisma CLI
 * falls back to the native engine, fails to download it and still exits 0 (see
 * docs/decisions/0001-prisma-6-js-engine.md). So: (re)generate here when the client is missing
 * or older than the schema. The URL is only read, never connected to.
 */
async function ensurePrismaClient() {
  const client = path.join(root, "src", "generated", "prisma", "client.ts");
  const generatedAt = fs.existsSync(client) ? fs.statSync(client).mtimeMs : 0;
  if (generatedAt > newestMtime(path.join(root, "prisma", "schema"))) return;
  const t = Date.now();
  const code = await run([path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || "postgresql://postgres@localhost:5432/postgres",
  });
  const fresh = fs.existsSync(client) && fs.statSync(client).mtimeMs > generatedAt;
  if (code !== 0 || !fresh) {
    if (!generatedAt) throw new Error("prisma generate did not produce src/generated/prisma");
    // E.g. a read-only image whose schema files carry newer timestamps: keep the existing client.
    log("Could not regenerate the Prisma client; using the existing one");
    return;
  }
  log(`Prisma client generated (${elapsed(t)})`);
}

async function main() {
  const t0 = Date.now();
  await ensurePrismaClient();
  const { describeSeed, runSeed } = await import("./seed");

  // 1. Database.
  if (process.env.DATABASE_URL) {
    log(`Database: DATABASE_URL (${describeDatabaseUrl(process.env.DATABASE_URL)})`);
  } else {
    // EMBEDDED_DB_PORT must be free when set; otherwise 5433, or any free port when 5433 is taken.
    const dbPort = process.env.EMBEDDED_DB_PORT
      ? Number(process.env.EMBEDDED_DB_PORT)
      : (await portInUse(DEFAULT_EMBEDDED_PORT))
        ? 0
        : DEFAULT_EMBEDDED_PORT;
    const dataDir = process.env.EMBEDDED_DB_DIR || DEFAULT_EMBEDDED_DIR;
    const t = Date.now();
    embedded = await startEmbeddedPostgres({ dataDir, port: dbPort });
    for (const note of embedded.notes) log(`Embedded PostgreSQL: ${note}`);
    process.env.DATABASE_URL = embedded.url;
    process.env.APP_DATABASE_PASSWORD ??= embedded.appPassword;
    process.env.SAMENKRACHT_DEMO ??= "1";
    const where = path.relative(root, embedded.dataDir).startsWith("..") ? embedded.dataDir : path.relative(root, embedded.dataDir);
    log(
      `Database: embedded PostgreSQL ${embedded.version} in ${where}, 127.0.0.1:${embedded.port} (${elapsed(t)}); credentials in ${where}.credentials.json`,
    );
  }

  // 2. Migrate (APP_DATABASE_PASSWORD gives the app role its password) and seed.
  let t = Date.now();
  await migrateDeploy(process.env, { quiet: true });
  log(`Migrations applied (${elapsed(t)})`);
  // The demo gemeenten only in demo mode (the embedded default): a real installation starts empty
  // and creates its gemeente with `npm run gemeente:create`.
  if (process.env.SAMENKRACHT_DEMO === "1") {
    t = Date.now();
    log(`${describeSeed(await runSeed())} (${elapsed(t)})`);
  } else {
    log("No demo data (SAMENKRACHT_DEMO is not 1). Create a gemeente with: npm run gemeente:create -- --help (README, Operations)");
  }

  // 3. Mail.
  if (!process.env.SMTP_URL) {
    const local = await startLocalMail(process.env, path.join(".data", "mail"));
    capture = local.capture;
    log(`Mail: ${local.description}`);
  } else {
    log(`Mail: SMTP_URL (${new URL(process.env.SMTP_URL).host})`);
  }

  ensureAuthSecret();
  ensureSignalKeys();
  process.env.APP_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_URL ??= process.env.APP_URL;
  const env = { ...process.env, PORT: String(port) };

  // 4. Build and serve.
  if (!dev) {
    if (buildIsCurrent()) {
      log(`Build in ${distDir} is up to date: skipping next build`);
    } else if (!buildToolsInstalled()) {
      if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
        console.error(
          `[samenkracht] No build in ${distDir}, and the build tools (devDependencies) are not installed. ` +
            "Build where they are (npm ci && npm run build), then install for production (npm ci --omit=dev) — as the Dockerfile does.",
        );
        await shutdown(1);
      }
      log(`Build tools not installed (production install): serving the existing build in ${distDir}`);
    } else {
      t = Date.now();
      log(`Building (next build, ${distDir}) — this takes a few minutes the first time`);
      const code = await run([nextBin, "build"], env);
      if (code !== 0) {
        console.error("[samenkracht] next build failed");
        await shutdown(code);
      }
      log(`Build done (${elapsed(t)})`);
    }
  }
  // WEB_CONCURRENCY > 1: that many `next start` workers on one port, one per core (scripts/cluster-start.mjs).
  const workers = Math.max(1, Math.trunc(Number(process.env.WEB_CONCURRENCY || 1)) || 1);
  const clustered = !dev && workers > 1;
  app = clustered
    ? spawn(process.execPath, [path.join(root, "scripts", "cluster-start.mjs"), "-p", String(port)], {
        stdio: "inherit",
        env: { ...env, WEB_CONCURRENCY: String(workers) },
      })
    : dev
      ? spawn(process.execPath, [nextBin, "dev", "-p", String(port)], { stdio: "inherit", env })
      : // Production: Next behind the client-address stamp (scripts/serve.ts; TRUSTED_PROXIES).
        spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts"), "-p", String(port)], { stdio: "inherit", env });
  app.once("exit", (code) => {
    if (!stopping) {
      console.error(`[samenkracht] the app stopped (exit ${code})`);
      void shutdown(code ?? 1);
    }
  });
  log(
    `Samenkracht starts on http://localhost:${port} (${dev ? "development" : "production"} mode${clustered ? `, ${workers} worker processes` : ""}; ready after ${elapsed(t0)} plus Next's start-up)`,
  );
  if (process.env.SAMENKRACHT_DEMO === "1") {
    log(`Demo accounts: see README (e.g. regisseur@samenstad.demo); password ${DEMO_PASSWORD}`);
  }
}

main().catch(async (error: unknown) => {
  console.error(`[samenkracht] start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
