/**
 * A gemeente leaves the platform (owner command; the app itself can never delete a gemeente):
 *
 *   npm run gemeente:leave -- --slug <slug> --out <folder> --confirm <slug>
 *
 * Exports every row of the gemeente (audit log and step history included, encrypted fields as
 * stored) to <folder>/gemeente-<slug>-<time>.json (mode 0600), then deletes it in the same
 * transaction and records the export's SHA-256 in AuditEvent. Connects as the migration owner
 * (DATABASE_URL). Keep the export as long as the gemeente's retention rules require.
 */
import pg from "pg";
import { leavePlatform } from "../src/modules/gemeenten/server/leave-platform";

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const slug = arg("--slug");
const out = arg("--out");
if (!slug || !out || arg("--confirm") !== slug) {
  console.error("Gebruik: npm run gemeente:leave -- --slug <slug> --out <map> --confirm <slug>  (--confirm herhaalt de slug)");
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL (de eigenaar van de database) ontbreekt.");
  process.exit(2);
}
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
try {
  const r = await leavePlatform(client, slug, out);
  console.log(JSON.stringify({ left: slug, export: r.file, sha256: r.sha256, rows: r.rows }));
} catch (error) {
  console.error(`Niet gelukt, er is niets verwijderd: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
