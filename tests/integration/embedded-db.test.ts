/**
 * The embedded PostgreSQL (`npm start` / `npm test` without a server; src/lib/db/embedded.ts):
 * a real PostgreSQL from node_modules with a temporary data folder, migrated by the real Prisma
 * CLI, then used through the real app client — which logs in as samenkracht_app with its password,
 * exactly as in production (docs/decisions/0014-embedded-postgres.md).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrateSymlinks, portInUse, startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { connectionConfig, databaseUrlWith } from "@/lib/db/connection";
import { disconnectPrisma } from "@/lib/db/client";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { TENANT_MODELS } from "@/lib/db/tenant-models";
import { migrateDeploy } from "../../scripts/migrate";

let server: EmbeddedPostgres;
let tmp: string;
let dataDir: string;
const savedEnv: Record<string, string | undefined> = {};
const ENV_KEYS = ["DATABASE_URL", "APP_DATABASE_URL", "APP_DATABASE_PASSWORD"] as const;
let migrateMs: number;

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], url = server.url) {
  const client = new pg.Client(connectionConfig(url));
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sk-embedded-"));
  fs.chmodSync(tmp, 0o755); // run as root, the server's user must reach the data folder
  dataDir = path.join(tmp, "postgres");
  server = await startEmbeddedPostgres({ dataDir, port: 0, fast: true });
  const t = Date.now();
  await migrateDeploy({ ...process.env, DATABASE_URL: server.url, APP_DATABASE_PASSWORD: server.appPassword }, { quiet: true });
  migrateMs = Date.now() - t;
  await query(
    `INSERT INTO "Gemeente" (id, slug, name, inhabitants, "updatedAt") VALUES ('g-a', 'aadorp', 'Aadorp', 1000, now()), ('g-b', 'beekstad', 'Beekstad', 2000, now())`,
  );
  await query(
    `INSERT INTO "CoalitionPartner" (id, "gemeenteId", name, kind, "updatedAt") VALUES (gen_random_uuid()::text, 'g-a', 'Welzijn Aadorp', 'WELZIJN', now()), (gen_random_uuid()::text, 'g-b', 'Welzijn Beekstad', 'WELZIJN', now())`,
  );
  for (const k of ENV_KEYS) savedEnv[k] = process.env[k];
  await disconnectPrisma();
  process.env.DATABASE_URL = server.url;
  process.env.APP_DATABASE_PASSWORD = server.appPassword;
  delete process.env.APP_DATABASE_URL;
}, 180_000);

afterAll(async () => {
  await disconnectPrisma();
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the embedded server is a real PostgreSQL", () => {
  it("is PostgreSQL 18 with UTF8 and the C.UTF-8 collation", async () => {
    const [row] = await query<{ v: number; enc: string; provider: string }>(
      `SELECT current_setting('server_version_num')::int AS v, pg_encoding_to_char(encoding) AS enc, datlocprovider::text AS provider FROM pg_database WHERE datname = 'postgres'`,
    );
    expect(row.v).toBeGreaterThanOrEqual(180000);
    expect(row).toMatchObject({ enc: "UTF8", provider: "b" });
  });

  it("listens on loopback only and requires the password", async () => {
    const [row] = await query<{ listen: string }>(`SELECT current_setting('listen_addresses') AS listen`);
    expect(row.listen).toBe("127.0.0.1");
    await expect(query("SELECT 1", [], databaseUrlWith(server.url, { password: "wrong" }))).rejects.toMatchObject({ code: "28P01" });
  });

  it("applies every migration with the Prisma CLI", async () => {
    const applied = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    const onDisk = fs
      .readdirSync(path.resolve("prisma/migrations"))
      .filter((d) => fs.existsSync(path.resolve("prisma/migrations", d, "migration.sql")));
    expect(applied[0].n).toBe(onDisk.length);
    expect(migrateMs).toBeLessThan(60_000);
  });

  it("creates the app role without BYPASSRLS, with a password, and forced RLS with a policy on every tenant table", async () => {
    const role = await query<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>(
      `SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'samenkracht_app'`,
    );
    expect(role).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: true }]);
    const tables = await query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
      `SELECT c.relname::text AS relname, c.relrowsecurity, c.relforcerowsecurity,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1)`,
      [[...TENANT_MODELS]],
    );
    expect(tables).toHaveLength(TENANT_MODELS.length);
    for (const t of tables) expect(t, t.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
    expect(tables.every((t) => t.policies > 0)).toBe(true);
  });

  it("keeps databases apart (the test suite copies one per file)", async () => {
    await query(`CREATE DATABASE other_db`);
    const [row] = await query<{ db: string; n: number }>(
      `SELECT current_database()::text AS db, (SELECT count(*)::int FROM pg_tables WHERE tablename = 'Gemeente') AS n`,
      [],
      databaseUrlWith(server.url, { database: "other_db" }),
    );
    expect(row).toEqual({ db: "other_db", n: 0 });
  });
});

describe("the app client on the embedded server", () => {
  it("logs in as the app role itself (no SET ROLE)", async () => {
    const rows = await platformDb().$queryRaw<{ u: string; s: string }[]>`SELECT current_user::text AS u, session_user::text AS s`;
    expect(rows[0]).toEqual({ u: "samenkracht_app", s: "samenkracht_app" });
  });

  it("scopes rows to the tenant through the choke point and through RLS (raw SQL)", async () => {
    const viaPrisma = await withTenant({ gemeenteId: "g-a" }, (db) => db.coalitionPartner.findMany({ select: { name: true } }));
    expect(viaPrisma.map((r) => r.name)).toEqual(["Welzijn Aadorp"]);
    const viaSql = await withTenant({ gemeenteId: "g-b" }, (db) => db.$queryRaw<{ name: string }[]>`SELECT name FROM "CoalitionPartner"`);
    expect(viaSql.map((r) => r.name)).toEqual(["Welzijn Beekstad"]);
  });

  it("refuses a raw insert into another gemeente (RLS WITH CHECK)", async () => {
    await expect(
      withTenant(
        { gemeenteId: "g-a" },
        (db) =>
          db.$executeRaw`INSERT INTO "CoalitionPartner" (id, "gemeenteId", name, kind, "updatedAt") VALUES (gen_random_uuid()::text, 'g-b', 'Smokkel', 'ZORG', now())`,
      ),
    ).rejects.toThrow();
    const names = await withTenant({ gemeenteId: "g-b" }, (db) => db.coalitionPartner.findMany({ select: { name: true } }));
    expect(names.map((n) => n.name)).toEqual(["Welzijn Beekstad"]);
  });

  it("gives every connection its own session: a query does not wait for another connection's open transaction", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let inTx!: () => void;
    const txStarted = new Promise<void>((r) => (inTx = r));
    const tx = withTenant({ gemeenteId: "g-a" }, async (db) => {
      await db.$queryRaw`SELECT 1`;
      inTx();
      await gate;
    });
    await txStarted;
    // While that transaction is open (and holds app.gemeente_id = g-a), another connection runs
    // at once and sees no tenant setting: session state is not shared.
    const rows = await platformDb().$queryRaw<{ setting: string | null; n: number }[]>`
      SELECT nullif(current_setting('app.gemeente_id', true), '') AS setting, (SELECT count(*)::int FROM "CoalitionPartner") AS n`;
    expect(rows[0]).toEqual({ setting: null, n: 0 });
    release();
    await tx;
  });

  it("keeps the data in its folder across a restart", async () => {
    await disconnectPrisma();
    const port = server.port;
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir, port });
    expect(server.url).toBe(process.env.DATABASE_URL); // same port, same generated password
    const names = await withTenant({ gemeenteId: "g-a" }, (db) => db.coalitionPartner.findMany({ select: { name: true } }));
    expect(names.map((n) => n.name)).toEqual(["Welzijn Aadorp"]);
  });

  it("refuses a port that is already taken, without touching the running server", async () => {
    expect(await portInUse(server.port)).toBe(true);
    await expect(startEmbeddedPostgres({ dataDir: path.join(tmp, "second"), port: server.port })).rejects.toThrow(/already in use/);
  });
});

describe("hydrateSymlinks (npm 11 skips the platform package's postinstall)", () => {
  it("restores missing library links from native/pg-symlinks.json, and is idempotent", () => {
    const pkg = path.join(tmp, "fake-platform-package");
    fs.mkdirSync(path.join(pkg, "native", "lib"), { recursive: true });
    fs.writeFileSync(path.join(pkg, "native", "lib", "libpq.so.5.18"), "library");
    fs.writeFileSync(
      path.join(pkg, "native", "pg-symlinks.json"),
      JSON.stringify([
        { source: "native/lib/libpq.so.5.18", target: "native/lib/libpq.so.5" },
        { source: "native/lib/libpq.so.5.18", target: "native/lib/libpq.so" },
      ]),
    );
    expect(hydrateSymlinks(pkg)).toBe(2);
    expect(fs.readlinkSync(path.join(pkg, "native", "lib", "libpq.so.5"))).toBe("libpq.so.5.18");
    expect(fs.readFileSync(path.join(pkg, "native", "lib", "libpq.so"), "utf8")).toBe("library");
    expect(hydrateSymlinks(pkg)).toBe(0);
  });
});
