/**
 * npm run signals:rotate-keys [-- --resume <slug>]
 * Re-encrypt every signal's personal fields (and the klankbordgroep members' risk groups, moving any
 * legacy plaintext onto the encrypted column) to SIGNAL_ACTIVE_KEY. Batch by batch, one short
 * transaction each; a checkpoint line per batch. A value that cannot be decrypted is reported (table,
 * row id, field) and skipped, never stops the run. Interrupted? Run it again: values already on the
 * active key are skipped; `--resume <slug>` also skips the gemeenten before that one.
 */
import { createOwnerClient } from "../src/lib/db/owner-client";
import { activeKeyId } from "../src/lib/crypto/fields";
import { encryptKlankbordRiskGroups } from "../src/modules/coalition/server/klankbord";
import { rotateKeys } from "../src/modules/signals/server/privacy";

const resumeAt = process.argv.indexOf("--resume") >= 0 ? process.argv[process.argv.indexOf("--resume") + 1] : undefined;
const owner = createOwnerClient();
const gemeenten = await owner.gemeente.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
await owner.$disconnect();
let total = 0;
let unreadable = 0;
let started = !resumeAt;
for (const g of gemeenten) {
  if (!started && g.slug !== resumeAt) continue;
  started = true;
  const report = (p: { table: string; id: string; field: string }) => {
    unreadable++;
    console.error(`${g.slug}: UNREADABLE ${p.table} ${p.id} field ${p.field} (skipped)`);
  };
  const n = await rotateKeys(g.id, {
    onUnreadable: report,
    onBatch: (b) => console.log(`${g.slug}: checkpoint ${b.table} after ${b.lastId}`),
  });
  const k = await encryptKlankbordRiskGroups(g.id, { onUnreadable: report });
  if (n + k) console.log(`${g.slug}: ${n + k} value(s) re-encrypted`);
  total += n + k;
}
console.log(`Active key ${activeKeyId()}: ${total} value(s) re-encrypted; ${unreadable} unreadable value(s) reported and skipped.`);
process.exit(unreadable ? 2 : 0);
