/**
 * The audit survives (issue 14, item 4). As the application role samenkracht_app, on the real
 * database: no DELETE on Gemeente, the audit tables and a signal's step history cannot be deleted or
 * rewritten, and no delete cascades into them. A gemeente leaves only through the owner command,
 * which exports first.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import { createSignal } from "@/modules/signals/server/create-signal";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { leavePlatform } from "@/modules/gemeenten/server/leave-platform";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { writeFigures } from "../support/evidence/catalog";

let g: Awaited<ReturnType<typeof createGemeente>>;
let signalId: string;

/** Run one statement as the application role, in the gemeente's tenant scope; the SQLSTATE on failure. */
async function asApp(sql: string, params: unknown[] = []): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL ROLE samenkracht_app");
    await client.query(`SELECT set_config('app.gemeente_id', $1, true)`, [g.id]);
    await client.query(sql, params);
    await client.query("COMMIT");
    return "ok";
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    return (error as { code?: string }).code ?? "error";
  } finally {
    await client.end();
  }
}

const counts = async () =>
  (
    await ownerQuery(
      `SELECT (SELECT count(*)::int FROM "Gemeente" WHERE id = $1) AS g, (SELECT count(*)::int FROM "SignalAuditEntry" WHERE "gemeenteId" = $1) AS audit,
              (SELECT count(*)::int FROM "SignalTransition" WHERE "gemeenteId" = $1) AS steps, (SELECT count(*)::int FROM "Signal" WHERE "gemeenteId" = $1) AS signals`,
      [g.id],
    )
  ).rows[0];

beforeAll(async () => {
  g = await createGemeente({ name: "Auditstad" });
  const loket: TenantContext = await requireTenant(await actorWithRole(g, "LOKET"), { slug: g.slug }, "signals:create");
  const s = await createSignal(
    loket,
    { residentName: "Jan Jansen", situation: "Komt al weken niet meer buiten, zegt de buurvrouw." },
    "LOKET_TELEFOON",
  );
  signalId = s.id;
  const work = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "signals:work");
  await transitionSignal(work, s.id, { to: "BEOORDEELD", reason: "Gelezen" });
});
afterAll(closeOwnerDb);

/** A delete refused by an ON DELETE RESTRICT key: foreign_key_violation (23503) up to PostgreSQL 17,
 * restrict_violation (23001) from PostgreSQL 18 on. */
const RESTRICTED = /^(23503|23001)$/;

describe("audit survival as samenkracht_app", () => {
  it("cannot delete a gemeente, nor delete or rewrite the audit, the step history or a signal that has one", async () => {
    const before = await counts();
    expect(before.audit).toBeGreaterThan(0);
    expect(before.steps).toBeGreaterThan(0);
    expect(await asApp(`DELETE FROM "Gemeente" WHERE id = $1`, [g.id])).toBe("42501");
    expect(await asApp(`TRUNCATE "Gemeente" CASCADE`)).toBe("42501");
    expect(await asApp(`DELETE FROM "SignalAuditEntry"`)).toBe("42501");
    expect(await asApp(`UPDATE "SignalAuditEntry" SET action = 'x'`)).toBe("42501");
    expect(await asApp(`DELETE FROM "SignalTransition"`)).toBe("42501");
    expect(await asApp(`UPDATE "SignalTransition" SET "toStatus" = 'AFGESLOTEN'`)).toBe("42501");
    expect(await asApp(`DELETE FROM "AuditEvent"`)).toBe("42501");
    expect(await asApp(`DELETE FROM "Signal" WHERE id = $1`, [signalId])).toMatch(RESTRICTED);
    // Erasure and key rotation may still clear or replace the encrypted reason.
    expect(await asApp(`UPDATE "SignalTransition" SET "reasonEnc" = NULL WHERE "signalId" = $1`, [signalId])).toBe("ok");
    const after = await counts();
    expect(after).toEqual(before);
    writeFigures("audit-survival", {
      attemptsAsAppRole: 8,
      succeeded: 0,
      auditRowsBefore: before.audit,
      auditRowsAfter: after.audit,
      stepsBefore: before.steps,
      stepsAfter: after.steps,
    });
  });

  it("even the owner cannot delete the gemeente by accident: nothing cascades into the audit", async () => {
    await expect(ownerQuery(`DELETE FROM "Gemeente" WHERE id = $1`, [g.id])).rejects.toMatchObject({
      code: expect.stringMatching(RESTRICTED),
    });
    expect((await counts()).g).toBe(1);
  });

  it("the owner command exports first, then removes the gemeente and records the export's hash", async () => {
    const before = await counts();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "leave-"));
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const r = await leavePlatform(client, g.slug, out, "test");
      const exported = JSON.parse(fs.readFileSync(r.file, "utf8"));
      expect(exported.tables.SignalAuditEntry).toHaveLength(before.audit);
      expect(exported.tables.SignalTransition).toHaveLength(before.steps);
      expect(JSON.stringify(exported)).not.toContain("Jan Jansen"); // encrypted fields stay encrypted
      expect(fs.statSync(r.file).mode & 0o777).toBe(0o600);
      expect(await counts()).toEqual({ g: 0, audit: 0, steps: 0, signals: 0 });
      const left = await ownerQuery(`SELECT details FROM "AuditEvent" WHERE action = 'gemeente.left' AND "entityId" = $1`, [g.id]);
      expect(left.rows[0].details).toMatchObject({ slug: g.slug, exportSha256: r.sha256 });
    } finally {
      await client.end();
    }
  });
});
