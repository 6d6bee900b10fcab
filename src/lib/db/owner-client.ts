/**
 * A Prisma client connected as the migration owner (bypasses RLS). For scripts (seed, migrate,
 * maintenance commands) and test arrangement only — never imported by the app.
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { connectionConfig } from "./connection";
import { compatPoolConfig } from "./pg-compat";

export function createOwnerClient(url = process.env.DATABASE_URL) {
  if (!url) throw new Error("DATABASE_URL is not set");
  const pool = new pg.Pool(compatPoolConfig(connectionConfig(url), { max: 4 }));
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
export type OwnerClient = ReturnType<typeof createOwnerClient>;
