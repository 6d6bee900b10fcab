/**
 * npm run signals:verify-audit [-- --anchor <signed-anchor.json> …] — check every gemeente's signal
 * audit chain (as the DB owner): links, keyed hashes (HMAC with the audit key from the key ring) and,
 * given anchors (signed exports from `npm run signals:audit-anchor`), truncation and rewriting.
 * Exit 1 on a problem.
 */
import { readFileSync } from "node:fs";
import { verifySignalAudit } from "../src/lib/audit/verify";

const anchorFiles = process.argv.flatMap((a, i) => (a === "--anchor" && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
const anchors = anchorFiles.map((f) => JSON.parse(readFileSync(f, "utf8")));
const { rows, problems } = await verifySignalAudit(process.env.DATABASE_URL, { anchors });
if (problems.length === 0) {
  console.log(
    `Audit log intact: ${rows} entries checked${anchorFiles.length ? `, ${anchorFiles.length} anchor file(s) matched` : " (no anchors given: truncation cannot be ruled out)"}.`,
  );
} else {
  console.error(`Audit log NOT intact: ${problems.length} problem(s).`);
  for (const p of problems) console.error(`  gemeente ${p.gemeenteId} seq ${p.seq}: ${p.problem}`);
  process.exitCode = 1;
}
