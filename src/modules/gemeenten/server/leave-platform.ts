/**
 * A gemeente leaves the platform: the ONLY way a gemeente is deleted. Framework-free; runs with the
 * migration owner's connection (the application role has no DELETE on "Gemeente", and the audit
 * tables and a signal's step history have no cascading delete — migration 202612051200_hardening).
 *
 * Order, in one transaction: (1) every row of the gemeente — the Gemeente row, every tenant table,
 * the audit log with its hash chain and the step history, encrypted fields as stored — is written
 * to an export file (mode 0600) and flushed to disk; (2) only then the audit log and the step
 * history are removed explicitly, then the gemeente (the rest cascades); (3) an AuditEvent without
 * gemeente records that it left, with the export's SHA-256, and stays. A failure anywhere rolls
 * everything back and leaves the export file for inspection.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { TENANT_MODELS } from "@/lib/db/tenant-models";
import { recordPlatformAudit } from "@/lib/audit/record";

export type LeaveResult = { gemeenteId: string; file: string; sha256: string; rows: Record<string, number> };

export async function leavePlatform(owner: pg.ClientBase, slug: string, outDir: string, actor = "owner-command"): Promise<LeaveResult> {
  await owner.query("BEGIN");
  try {
    const g = await owner.query(`SELECT * FROM "Gemeente" WHERE slug = $1 FOR UPDATE`, [slug]);
    if (g.rowCount !== 1) throw new Error(`No gemeente with slug "${slug}"`);
    const gemeente = g.rows[0] as { id: string; slug: string };
    const tables: Record<string, unknown[]> = {};
    const rows: Record<string, number> = {};
    for (const model of TENANT_MODELS) {
      const r = await owner.query(`SELECT * FROM "${model}" WHERE "gemeenteId" = $1 ORDER BY 1`, [gemeente.id]);
      tables[model] = r.rows;
      rows[model] = r.rowCount ?? 0;
    }
    const body = JSON.stringify({ exportedAt: new Date().toISOString(), gemeente, tables }, null, 1);
    const sha256 = createHash("sha256").update(body).digest("hex");
    fs.mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `gemeente-${gemeente.slug}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    const fd = fs.openSync(file, "wx", 0o600);
    try {
      fs.writeSync(fd, body);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Written and on disk: now the rows may go.
    await owner.query(`DELETE FROM "SignalTransition" WHERE "gemeenteId" = $1`, [gemeente.id]);
    await owner.query(`DELETE FROM "SignalAuditEntry" WHERE "gemeenteId" = $1`, [gemeente.id]);
    await owner.query(`DELETE FROM "Gemeente" WHERE id = $1`, [gemeente.id]);
    await recordPlatformAudit(owner, {
      actorId: null,
      action: "gemeente.left",
      entity: "Gemeente",
      entityId: gemeente.id,
      details: { slug: gemeente.slug, exportSha256: sha256, by: actor },
    });
    await owner.query("COMMIT");
    return { gemeenteId: gemeente.id, file, sha256, rows };
  } catch (error) {
    await owner.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
