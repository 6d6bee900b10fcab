/**
 * The one pool factory (node-postgres) for every database connection the app, the scripts, the
 * Prisma CLI and the tests open through Prisma. Framework-free and without the generated Prisma
 * client, so prisma.config.ts can load it before `prisma generate` has run.
 *
 * Every pool gets the adapter-pg 6.19 work-arounds (./pg-compat.ts: column types the adapter cannot
 * map) and, when asked, the dead-client release below.
 */
import pg from "pg";
import { connectionConfig, type DbConnectionConfig } from "../connection";
import { compatPoolConfig } from "./pg-compat";

export type PoolOptions = {
  max?: number;
  connectionTimeoutMillis?: number;
  idleTimeoutMillis?: number;
  /** Let a short-lived process (a CLI) exit while idle clients remain. */
  allowExitOnIdle?: boolean;
  /**
   * Long-lived pools (the app): survive errors on idle clients, and give a checked-out client whose
   * connection died back to the pool as broken (see releaseDeadClients).
   */
  resilient?: boolean;
};

/** A pool for a connection URL or for parsed connection fields (src/lib/db/connection.ts). */
export function createPool(target: string | DbConnectionConfig, options: PoolOptions = {}): pg.Pool {
  const fields = typeof target === "string" ? connectionConfig(target) : target;
  const { resilient, ...poolOptions } = options;
  const extra = Object.fromEntries(Object.entries(poolOptions).filter(([, v]) => v !== undefined)) as pg.PoolConfig;
  const pool = new pg.Pool(compatPoolConfig(fields, extra));
  if (resilient) {
    // An idle client losing its connection must not crash the process.
    pool.on("error", () => {});
    releaseDeadClients(pool);
  }
  return pool;
}

/**
 * A checked-out client whose connection dies (terminated backend, failover) inside a transaction
 * is never released by the Prisma adapter (its ROLLBACK fails first), which would leak a pool slot
 * per fault until the pool is exhausted. Give such a client back to the pool as broken.
 */
function releaseDeadClients(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    client.on("error", () => {});
    client.on("end", () => {
      const c = client as pg.PoolClient & { release?: (err?: Error | boolean) => void };
      try {
        c.release?.(new Error("connection ended"));
      } catch {
        // already released (idle) — nothing to do
      }
    });
  });
}
