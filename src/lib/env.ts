/**
 * Runtime configuration, read once from the environment. Framework-free.
 *
 * DATABASE_URL      the migration owner's connection (used by Prisma CLI, seed and scripts).
 * APP_DATABASE_URL  the application's connection as role "samenkracht_app" (owns no table,
 *                   cannot bypass RLS). Derived from DATABASE_URL when not set.
 */
import { buildDatabaseUrl, parseDatabaseUrl } from "./db/pg-compat";

export const APP_DB_ROLE = "samenkracht_app";

export function ownerDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (see README.md)");
  return url;
}

export function appDatabaseUrl(): string {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  const owner = parseDatabaseUrl(ownerDatabaseUrl());
  return buildDatabaseUrl({
    ...owner,
    user: APP_DB_ROLE,
    password: process.env.APP_DATABASE_PASSWORD || undefined,
  });
}

/**
 * In embedded mode (PGlite) there is a single database user; the application then switches to the
 * app role with SET ROLE on every connection (docs/decisions/0002-embedded-database.md).
 */
export function appRoleViaSetRole(): boolean {
  return process.env.SAMENKRACHT_DB_SET_ROLE === "1";
}

export function appUrl(): string {
  return (process.env.APP_URL || process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
}

export function isDemoMode(): boolean {
  return process.env.SAMENKRACHT_DEMO === "1";
}
