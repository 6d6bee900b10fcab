/** npm run signals:retention -- [--dry-run] — erase personal fields of signals past their retention period. */
import { createOwnerClient } from "../src/lib/db/owner-client";
import { applyRetention } from "../src/modules/signals/server/privacy";

const dryRun = process.argv.includes("--dry-run");
const owner = createOwnerClient();
const gemeenten = await owner.gemeente.findMany({ select: { id: true, slug: true } });
await owner.$disconnect();
for (const g of gemeenten) {
  const r = await applyRetention(g.id, { dryRun });
  if (r.signals.length) {
    console.log(`${g.slug}: ${dryRun ? "would erase" : "erased"} ${r.signals.length}`);
    for (const s of r.signals) console.log(`  ${s.id} ${s.status} closed ${s.closedAt?.toISOString()}`);
  }
}
console.log(dryRun ? "Dry run: nothing changed." : "Done.");
process.exit(0);
