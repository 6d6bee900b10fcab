/**
 * A Prisma client connected as the migration owner (bypasses RLS). For scripts (seed, migrate,
 * maintenance commands) and test arrangement only — never imported by the app.
 */
import { createPool, prismaOnPool } from "./driver";

export function createOwnerClient(url = process.env.DATABASE_URL) {
  if (!url) throw new Error("DATABASE_URL is not set");
  return prismaOnPool(createPool(url, { max: 4 }));
}
export type OwnerClient = ReturnType<typeof createOwnerClient>;
