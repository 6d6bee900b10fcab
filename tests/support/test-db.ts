/**
 * Test databases: one migrated template per run (re-migrated only when prisma/migrations changes),
 * and a fresh copy of it per integration test file. Uses the PostgreSQL at DATABASE_URL, or the
 * local one on 127.0.0.1:5432; scripts/test.ts starts the embedded PostgreSQL when neither answers.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { connectionConfig, databaseUrlWith } from "../../src/lib/db/connection";

function serverUrl(): string {
  const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || "postgresql://postgres@localhost:5432/postgres";
  return databaseUrlWith(base, { database: "postgres" });
}

export function urlFor(database: string): string {
  return databaseUrlWith(serverUrl(), { database });
}

export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  database = "postgres",
) {
  const client = new pg.Client(connectionConfig(urlFor(database)));
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

/** The template's name carries the migrations' hash, so trees with other migrations never share one. */
function templateName(): string {
  return `samenkracht_tpl_${migrationsHash()}`;
}

/**
 * Servers that check passwords (the embedded one, scripts/test.ts) need the app role's password:
 * roles are per server, so setting it once per run covers the template and every copy.
 */
async function setAppRolePassword(client: pg.Client): Promise<void> {
  const password = process.env.APP_DATABASE_PASSWORD;
  if (password) await client.query(`ALTER ROLE samenkracht_app WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`);
}

/** Create (or reuse) the migrated template database. Safe against concurrent callers. */
export async function ensureTemplate(): Promise<string> {
  const name = templateName();
  const client = new pg.Client(connectionConfig(urlFor("postgres")));
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(74201)");
    const existing = await client.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [name],
    );
    if (existing.rows[0]?.comment === "ready" && !process.env.TEST_REMIGRATE) {
      await setAppRolePassword(client);
      return name;
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
    execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: urlFor(name), CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: "pipe",
    });
    await client.query(`COMMENT ON DATABASE "${name}" IS 'ready'`);
    await setAppRolePassword(client);
    return name;
  } finally {
    await client.query("SELECT pg_advisory_unlock(74201)").catch(() => {});
    await client.end();
  }
}

/** A fresh database copied from the template; returns its name. */
export async function createDatabaseFromTemplate(prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`.toLowerCase();
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`);
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
