/**
 * The application's Prisma client: connects as the app role, so PostgreSQL row-level security
 * always applies. Only src/lib/db/tenant.ts should open transactions on it; domain code receives a
 * transaction (`Db`) from there.
 */
import { appDatabaseUrl } from "../env";
import { createPool, prismaOnPool } from "./driver";

function createClient() {
  const pool = createPool(appDatabaseUrl(), {
    max: Number(process.env.DB_POOL_MAX || 10),
    connectionTimeoutMillis: Number(process.env.DB_CONNECT_TIMEOUT_MS || 5000),
    idleTimeoutMillis: 30_000,
    resilient: true,
  });
  return prismaOnPool(pool);
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
