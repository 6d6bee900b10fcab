/**
 * The application's Prisma client: connects as the app role, so PostgreSQL row-level security
 * always applies. Only src/lib/db/tenant.ts should open transactions on it; domain code receives a
 * transaction (`Db`) from there.
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { appDatabaseUrl } from "../env";
import { connectionConfig } from "./connection";
import { compatPoolConfig } from "./pg-compat";

function createPool(): pg.Pool {
  const pool = new pg.Pool(
    compatPoolConfig(connectionConfig(appDatabaseUrl()), {
      max: Number(process.env.DB_POOL_MAX || 10),
      connectionTimeoutMillis: Number(process.env.DB_CONNECT_TIMEOUT_MS || 5000),
      idleTimeoutMillis: 30_000,
    }),
  );
  // An idle client losing its connection must not crash the process.
  pool.on("error", () => {});
  // A checked-out client whose connection dies (terminated backend, failover) inside a transaction
  // is never released by the Prisma adapter (its ROLLBACK fails first), which would leak a pool
  // slot per fault until the pool is exhausted. Give such a client back to the pool as broken.
  pool.on("connect", (client) => {
    client.on("error", () => {});
    client.on("end", () => {
      const c = client as pg.PoolClient & { release?: (err?: Error | boolean) => void; _poolUseCount?: number };
      try {
        c.release?.(new Error("connection ended"));
      } catch {
        // already released (idle) — nothing to do
      }
    });
  });
  return pool;
}

function createClient() {
  const pool = createPool();
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}

type AppPrismaClient = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { __samenkrachtPrisma?: AppPrismaClient };

/** The raw client. Unscoped: do not use in domain code; use withTenant / withUser. */
export function unsafeRawPrisma(): AppPrismaClient {
  if (!globalForPrisma.__samenkrachtPrisma) globalForPrisma.__samenkrachtPrisma = createClient();
  return globalForPrisma.__samenkrachtPrisma;
}

export async function disconnectPrisma(): Promise<void> {
  const client = globalForPrisma.__samenkrachtPrisma;
  globalForPrisma.__samenkrachtPrisma = undefined;
  await client?.$disconnect();
}
