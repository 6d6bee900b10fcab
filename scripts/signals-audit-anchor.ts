/**
 * npm run signals:audit-anchor [-- --out <file>] — a signed export of every signal audit chain's head
 * (count + head hash per gemeente), HMAC-signed with the audit key from the key ring. Store it where
 * the database role cannot reach (another system, the regisseur's mailbox, an archive); give it later
 * to `npm run signals:verify-audit -- --anchor <file>`.
 */
import { writeFileSync } from "node:fs";
import { signAnchors } from "../src/lib/audit/anchor";
import { currentAnchors } from "../src/lib/audit/verify";

const outAt = process.argv.indexOf("--out");
const doc = signAnchors(await currentAnchors());
const json = `${JSON.stringify(doc, null, 2)}\n`;
if (outAt >= 0 && process.argv[outAt + 1]) {
  writeFileSync(process.argv[outAt + 1]!, json, { mode: 0o600 });
  console.log(`Anchors of ${doc.anchors.length} chain(s) written to ${process.argv[outAt + 1]}.`);
} else process.stdout.write(json);
