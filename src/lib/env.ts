/**
 * Runtime configuration, read once from the environment. Framework-free.
 *
 * DATABASE_URL      the migration owner's connection (used by Prisma CLI, seed and scripts).
 * APP_DATABASE_URL  the application's connection as role "samenkracht_app" (owns no table,
 *                   cannot bypass RLS). Derived from DATABASE_URL when not set (same server,
 *                   database and query parameters such as sslmode; the role's password from
 *                   APP_DATABASE_PASSWORD).
 */
import { databaseUrlWith } from "./db/connection";

export const APP_DB_ROLE = "samenkracht_app";

export function ownerDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (see README.md)");
  return url;
}

export function appDatabaseUrl(): string {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  return databaseUrlWith(ownerDatabaseUrl(), { user: APP_DB_ROLE, password: process.env.APP_DATABASE_PASSWORD || null });
}

export function appUrl(): string {
  return (process.env.APP_URL || process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
}
