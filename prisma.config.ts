/**
 * Prisma 6.19 with the JavaScript schema engine: no native engine download is ever needed.
 * Why and how to move to Prisma 7: docs/decisions/0001-prisma-6-js-engine.md.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { connectionConfig, type DbConnectionConfig } from "./src/lib/db/connection";
// The driver folder's files directly: its index also loads the generated client, which the CLI
// must not need (it generates it).
import { unrefTimersForCli } from "./src/lib/db/driver/cli-timers";
import { patchExecuteScript } from "./src/lib/db/driver/pg-compat";
import { createPool } from "./src/lib/db/driver/pool";

unrefTimersForCli();

function adapterFor(fields: DbConnectionConfig, dispose?: () => Promise<void>) {
  const pool = createPool(fields, { max: 4, allowExitOnIdle: true, idleTimeoutMillis: 1000 });
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  return {
    pool,
    async connect() {
      const adapter = patchExecuteScript(await factory.connect(), pool);
      if (dispose) {
        const original = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await original();
          await dispose();
        };
      }
      return adapter;
    },
  };
}

class MigrationAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  constructor(private readonly fields: DbConnectionConfig) {}

  connect() {
    return adapterFor(this.fields).connect();
  }

  async connectToShadowDb() {
    const shadow = `prisma_shadow_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ ...this.fields });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${shadow}"`);
    } finally {
      await admin.end();
    }
    return adapterFor({ ...this.fields, database: shadow }, async () => {
      const dropper = new pg.Client({ ...this.fields });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    }).connect();
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return new MigrationAdapterFactory(connectionConfig(url)) as any;
  },
});
