/** npm run signals:verify-audit — check every gemeente's signal audit chain (as the DB owner). Exit 1 on a problem. */
import { verifySignalAudit } from "../src/lib/audit/verify";

const { rows, problems } = await verifySignalAudit();
if (problems.length === 0) {
  console.log(`Audit log intact: ${rows} entries checked.`);
} else {
  console.error(`Audit log NOT intact: ${problems.length} problem(s).`);
  for (const p of problems) console.error(`  gemeente ${p.gemeenteId} seq ${p.seq}: ${p.problem}`);
  process.exitCode = 1;
}
