/**
 * `npm run db:embedded`: run only the embedded PostgreSQL (PGlite, .data/pglite) on
 * localhost:EMBEDDED_DB_PORT (default 5433) until Ctrl+C, for psql, Prisma CLI or tests:
 *
 *   DATABASE_URL=postgresql://postgres@localhost:5433/postgres npm run db:migrate
 *
 * Flags: --migrate and --seed apply migrations / the demo seed first (SAMENKRACHT_DEMO=1 for
 * passwords). Do not run it beside `npm start` on the same data folder: PGlite allows one process.
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
  try {
    if (args.has("--migrate") || args.has("--seed")) await migrateDeploy({ ...process.env, DATABASE_URL: db.url }, { quiet: true });
    if (args.has("--seed")) console.log(describeSeed(await runSeed(db.url)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
  console.log(`Embedded PostgreSQL (PGlite) in ${db.dataDir}`);
  console.log(`DATABASE_URL=${db.url}`);
  console.log("The app needs SAMENKRACHT_DB_SET_ROLE=1 against this server. Stop with Ctrl+C.");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
