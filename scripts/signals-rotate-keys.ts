/** npm run signals:rotate-keys — re-encrypt every signal's personal fields to SIGNAL_ACTIVE_KEY. */
import { createOwnerClient } from "../src/lib/db/owner-client";
import { activeKeyId } from "../src/lib/crypto/fields";
import { rotateKeys } from "../src/modules/signals/server/privacy";

const owner = createOwnerClient();
const gemeenten = await owner.gemeente.findMany({ select: { id: true, slug: true } });
await owner.$disconnect();
let total = 0;
for (const g of gemeenten) {
  const n = await rotateKeys(g.id);
  if (n) console.log(`${g.slug}: ${n} value(s) re-encrypted`);
  total += n;
}
console.log(`Active key ${activeKeyId()}: ${total} value(s) re-encrypted.`);
process.exit(0);
