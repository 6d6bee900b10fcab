/**
 * `npm run db:embedded`: run only the embedded PostgreSQL (src/lib/db/embedded.ts; data in
 * .data/postgres) on 127.0.0.1:EMBEDDED_DB_PORT (default 5433) until Ctrl+C, for psql, the Prisma
 * CLI or tests. It prints the owner's DATABASE_URL and the app role's password:
 *
 *   DATABASE_URL=<printed URL> APP_DATABASE_PASSWORD=<printed password> npm run db:migrate
 *
 * Flags: --migrate and --seed apply migrations / the demo seed first (SAMENKRACHT_DEMO=1 for
 * passwords). Do not run it beside `npm start` on the same data folder (PostgreSQL refuses: the
 * folder is locked by the running server).
 * Importing this module starts nothing; it re-exports the helpers (scripts/test.ts uses them).
 */
import { pathToFileURL } from "node:url";
import { DEFAULT_EMBEDDED_DIR, DEFAULT_EMBEDDED_PORT, startEmbeddedPostgres } from "../src/lib/db/embedded";
import { migrateDeploy } from "./migrate";
import { describeSeed, runSeed } from "./seed";

export { startEmbeddedPostgres, freePort, type EmbeddedPostgres } from "../src/lib/db/embedded";

async function main() {
  const args = new Set(process.argv.slice(2));
  const db = await startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_DB_DIR || DEFAULT_EMBEDDED_DIR,
    port: Number(process.env.EMBEDDED_DB_PORT || DEFAULT_EMBEDDED_PORT),
  });
  const stop = async (code: number) => {
    await db.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  for (const note of db.notes) console.log(`Embedded PostgreSQL: ${note}`);
  try {
    if (args.has("--migrate") || args.has("--seed")) {
      await migrateDeploy({ ...process.env, DATABASE_URL: db.url, APP_DATABASE_PASSWORD: db.appPassword }, { quiet: true });
    }
    if (args.has("--seed")) console.log(describeSeed(await runSeed(db.url)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
  console.log(`Embedded PostgreSQL ${db.version} in ${db.dataDir}`);
  console.log(`DATABASE_URL=${db.url}`);
  console.log(`APP_DATABASE_PASSWORD=${db.appPassword}`);
  console.log("Stop with Ctrl+C.");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
