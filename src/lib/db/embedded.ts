/**
 * Embedded PostgreSQL for `npm start` without a database server (docs/decisions/0002-embedded-database.md).
 *
 * PGlite (PostgreSQL 17 compiled to WebAssembly) keeps its data in a folder and
 * @electric-sql/pglite-socket serves it over the PostgreSQL wire protocol on localhost, so
 * `prisma migrate deploy`, the owner client and the app client (adapter-pg) run unchanged.
 *
 * Limits, all verified by tests/integration/embedded-db.test.ts:
 * - One backend session is shared by every socket connection. Queries are serialized; an open
 *   transaction blocks every other connection until it ends.
 * - Session state (SET ROLE, session-level set_config) is therefore shared by all connections.
 *   Transaction-local set_config(..., true) is safe: only one transaction runs at a time.
 * - There is one database user. The app switches to the app role with SET ROLE
 *   (SAMENKRACHT_DB_SET_ROLE=1); once it has, every later connection (owner scripts too) runs as
 *   the app role. Run migrate and seed BEFORE the app connects.
 *
 * Framework-free; used by scripts/start.ts, scripts/embedded-db.ts and tests. Never imported by the app.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const DEFAULT_EMBEDDED_PORT = 5433;
export const DEFAULT_EMBEDDED_DIR = path.join(".data", "pglite");

export type EmbeddedPostgres = {
  /** Owner connection URL (the single PGlite user "postgres", database "postgres"). */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
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

export async function startEmbeddedPostgres(
  opts: { dataDir?: string; port?: number; maxConnections?: number; debug?: boolean } = {},
): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(opts.dataDir ?? DEFAULT_EMBEDDED_DIR);
  const requested = opts.port ?? DEFAULT_EMBEDDED_PORT;
  // Port 0: the OS picks a free one.
  if (requested !== 0 && (await portInUse(requested))) {
    throw new Error(`Port ${requested} is already in use: stop the other server or set EMBEDDED_DB_PORT`);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({
    db,
    port: requested,
    host: "127.0.0.1",
    // Default is 1: a second pool connection would wait. Queries are still serialized inside.
    maxConnections: opts.maxConnections ?? 64,
    debug: opts.debug ?? false,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  const port = Number(server.getServerConn().split(":").pop());
  let stopped = false;
  return {
    url: `postgresql://postgres@localhost:${port}/postgres`,
    port,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
