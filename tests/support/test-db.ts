/**
 * Test databases: one migrated template per run (re-migrated only when prisma/migrations changes),
 * and a fresh copy of it per integration test file. Uses the PostgreSQL at DATABASE_URL, or the
 * local one on 127.0.0.1:5432; scripts/test.ts starts the embedded one when neither answers.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildDatabaseUrl, parseDatabaseUrl } from "../../src/lib/db/pg-compat";

export const TEMPLATE_DB = "samenkracht_test_template";

export function serverUrl(): string {
  const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || "postgresql://postgres@localhost:5432/postgres";
  return buildDatabaseUrl({ ...parseDatabaseUrl(base), database: "postgres" });
}

export function urlFor(database: string): string {
  return buildDatabaseUrl({ ...parseDatabaseUrl(serverUrl()), database });
}

export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = [], database = "postgres") {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return await client.query<T>(sql, params);
  } finally {
    await client.end();
  }
}

function migrationsHash(): string {
  const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
  const h = createHash("sha256");
  for (const entry of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = path.join(dir, entry);
    if (fs.statSync(full).isFile()) h.update(entry).update(fs.readFileSync(full));
  }
  return h.digest("hex").slice(0, 16);
}

/** Create (or reuse) the migrated template database. */
export async function ensureTemplate(): Promise<void> {
  const hash = migrationsHash();
  const existing = await adminQuery<{ comment: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
    [TEMPLATE_DB],
  );
  if (existing.rows[0]?.comment === hash && !process.env.TEST_REMIGRATE) return;
  await adminQuery(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${TEMPLATE_DB}"`);
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: urlFor(TEMPLATE_DB), CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: "pipe",
  });
  await adminQuery(`COMMENT ON DATABASE "${TEMPLATE_DB}" IS '${hash}'`);
}

/** A fresh database copied from the template; returns its name. */
export async function createDatabaseFromTemplate(prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`.toLowerCase();
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
