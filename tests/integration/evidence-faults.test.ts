/**
 * Evidence 5 — faults. The app's database connection is killed in the MIDDLE of a multi-step
 * write, deterministically: as the owner we hold a lock on the table of the second step, so the
 * app's transaction has done step 1 and then waits on step 2; we find that backend in
 * pg_stat_activity and pg_terminate_backend() it. Then: all rows or none, the caller gets a Dutch
 * DB_UNAVAILABLE/INTERNAL result (no stack trace), and the next call on the same pool succeeds.
 * Also: the whole database refuses connections for a moment → DB_UNAVAILABLE, then recovery.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import { moveStep } from "@/modules/engagement/server/pipeline";
import { createVestiging } from "@/modules/engagement/server/registry";
import { createPartner } from "@/modules/partners/server/create-partner";
import { createSignal } from "@/modules/signals/server/create-signal";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { verifySignalAudit } from "@/lib/audit/verify";
import { stopJobs } from "@/lib/jobs";
import { actorWithRole } from "../support/factories";
import { requireTenant } from "@/lib/auth/context";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { writeFigures } from "../support/evidence/catalog";
import { contextFor, type Gem } from "./engagement-support";

// A small pool makes a leaked connection visible: after more kills than the pool has slots, the
// next call would time out if killed connections were not given back.
process.env.DB_POOL_MAX = "2";
process.env.DB_CONNECT_TIMEOUT_MS = "3000";

let g: Gem;
let amb: TenantContext;
const figures = { killedMidTransaction: 0, partialWrites: 0, dutchErrors: 0, recoveries: 0, outageRecovered: false };

beforeAll(async () => {
  g = await createGemeente({ name: "Storingsdorp" });
  amb = await contextFor(g, "AMBTENAAR");
});
afterAll(async () => {
  writeFigures("faults", figures);
  await stopJobs(); // the assignment mail is queued after commit (pg-boss, real)
  await closeOwnerDb();
});

const DUTCH = /even niet bereikbaar|mis aan onze kant/i;

/**
 * The seam: a BEFORE INSERT trigger on the second step's table (installed in this file's own test
 * database only) takes a transaction advisory lock that the owner holds. The app's transaction
 * therefore has written step 1 and blocks at step 2; we find the waiting backend in pg_locks,
 * check it has written (backend_xid), and pg_terminate_backend() it.
 */
const SEAM_KEY = 7_700_7;
async function installSeam(table: string) {
  await ownerQuery(`CREATE OR REPLACE FUNCTION evidence_seam() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
    BEGIN PERFORM pg_advisory_xact_lock(${SEAM_KEY}); RETURN NEW; END $$`);
  await ownerQuery(`CREATE TRIGGER evidence_seam BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION evidence_seam()`);
}
async function removeSeam(table: string) {
  await ownerQuery(`DROP TRIGGER IF EXISTS evidence_seam ON "${table}"`);
}

async function killDuring<T>(table: string, write: () => Promise<ActionResult<T>>) {
  await installSeam(table);
  const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await owner.connect();
  await owner.query(`SELECT pg_advisory_lock(${SEAM_KEY})`);
  let victim: number | undefined;
  let hadWritten = false;
  let pending: Promise<ActionResult<T>> | undefined;
  try {
    pending = write();
    for (let i = 0; i < 400 && !victim; i++) {
      const { rows } = await owner.query<{ pid: number; xid: string | null }>(
        `SELECT l.pid, a.backend_xid::text AS xid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE l.locktype = 'advisory' AND NOT l.granted AND l.objid = $1`,
        [SEAM_KEY],
      );
      if (rows[0]) {
        victim = rows[0].pid;
        hadWritten = rows[0].xid !== null;
      } else await new Promise((r) => setTimeout(r, 25));
    }
    if (victim) {
      await owner.query(`SELECT pg_terminate_backend($1)`, [victim]);
      figures.killedMidTransaction++;
    }
  } finally {
    await owner.query(`SELECT pg_advisory_unlock(${SEAM_KEY})`);
    await owner.end();
    await removeSeam(table);
  }
  const result = await pending!;
  return { result, victim, hadWritten };
}

describe("connection killed in the middle of a multi-step write", () => {
  it("pipeline move + step history: none of it is stored, Dutch error, next call succeeds", async () => {
    const v = await createVestiging(amb, { name: "Bakkerij Storing", sector: "bakker" });
    const historyBefore = (await ownerQuery(`SELECT count(*)::int AS n FROM "StepChange" WHERE "vestigingId" = $1`, [v.id])).rows[0].n;

    const { result, victim, hadWritten } = await killDuring("StepChange", () =>
      runAction(() => moveStep(amb, v.id, { to: "VERBINDEN", reason: "Eerste gesprek gepland" }), "evidence-fault"),
    );
    expect(victim, "the app transaction reached step 2 and was terminated there").toBeDefined();
    expect(hadWritten, "step 1 (the vestiging update) had been written in the open transaction").toBe(true);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(["DB_UNAVAILABLE", "INTERNAL"]).toContain(result.code);
    expect(result.message).toMatch(DUTCH);
    expect(JSON.stringify(result)).not.toMatch(/\n\s+at |\.ts:\d+/);
    figures.dutchErrors++;

    const row = (await ownerQuery(`SELECT step::text FROM "Vestiging" WHERE id = $1`, [v.id])).rows[0];
    const history = (await ownerQuery(`SELECT count(*)::int AS n FROM "StepChange" WHERE "vestigingId" = $1`, [v.id])).rows[0].n;
    if (row.step !== "VOORBEREIDEN" || history !== historyBefore) figures.partialWrites++;
    expect({ step: row.step, history }).toEqual({ step: "VOORBEREIDEN", history: historyBefore });

    const retry = await runAction(() => moveStep(amb, v.id, { to: "VERBINDEN", reason: "Eerste gesprek gepland" }), "evidence-fault");
    expect(retry.ok).toBe(true);
    figures.recoveries++;
    const after = (
      await ownerQuery(`SELECT count(*)::int AS n FROM "StepChange" WHERE "vestigingId" = $1 AND "toStep" = 'VERBINDEN'`, [v.id])
    ).rows[0].n;
    expect(after).toBe(1);
  });

  it("partner + audit row: none of it is stored, Dutch error, next call succeeds", async () => {
    const name = `Storingspartner ${Date.now()}`;
    const { result, victim, hadWritten } = await killDuring("AuditEvent", () =>
      runAction(() => createPartner(amb, { name, kind: "WELZIJN", circle: "LOKALE_COALITIE" }), "evidence-fault"),
    );
    expect(victim, JSON.stringify(result)).toBeDefined();
    expect(hadWritten, "the partner row had been written in the open transaction").toBe(true);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(DUTCH);
    figures.dutchErrors++;
    const partners = (await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE name = $1`, [name])).rows[0].n;
    if (partners !== 0) figures.partialWrites++;
    expect(partners).toBe(0);
    const retry = await runAction(() => createPartner(amb, { name, kind: "WELZIJN", circle: "LOKALE_COALITIE" }), "evidence-fault");
    expect(retry.ok).toBe(true);
    figures.recoveries++;
    const audit = (await ownerQuery(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "entityId" = $1`, [retry.ok ? retry.data.id : ""]))
      .rows[0].n;
    expect(audit).toBe(1);
  });
});

describe("signal + assignment + audit row (signaalpunt)", () => {
  const signalRows = async (id: string) => ({
    signal: (await ownerQuery(`SELECT status::text, "assigneeUserId" FROM "Signal" WHERE id = $1`, [id])).rows[0] ?? null,
    transitions: (await ownerQuery(`SELECT count(*)::int AS n FROM "SignalTransition" WHERE "signalId" = $1`, [id])).rows[0].n,
    audit: (await ownerQuery(`SELECT count(*)::int AS n FROM "SignalAuditEntry" WHERE "signalId" = $1`, [id])).rows[0].n,
  });
  const chainOk = async () => {
    const { rows, problems } = await verifySignalAudit();
    expect(problems, "the signal audit hash chain still verifies").toEqual([]);
    return rows;
  };

  it("intake: killed after the signal and its first transition, before the audit row → none of it; then it works", async () => {
    const loket = await requireTenant(await actorWithRole(g, "LOKET"), { slug: g.slug }, "signals:create");
    const input = { residentName: "Storing Testpersoon", situation: "Komt de deur niet meer uit.", wijk: "Noord" };
    const signalsBefore = (await ownerQuery(`SELECT count(*)::int AS n FROM "Signal" WHERE "gemeenteId" = $1`, [g.id])).rows[0].n;
    const transitionsBefore = (await ownerQuery(`SELECT count(*)::int AS n FROM "SignalTransition" WHERE "gemeenteId" = $1`, [g.id]))
      .rows[0].n;
    const auditBefore = await chainOk();
    const { result, victim, hadWritten } = await killDuring("SignalAuditEntry", () =>
      runAction(() => createSignal(loket, input, "LOKET_TELEFOON"), "evidence-fault"),
    );
    expect(victim, JSON.stringify(result)).toBeDefined();
    expect(hadWritten, "the signal and its transition had been written in the open transaction").toBe(true);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(["DB_UNAVAILABLE", "INTERNAL"]).toContain(result.code);
    expect(result.message).toMatch(DUTCH);
    expect(JSON.stringify(result)).not.toMatch(/\n\s+at |\.ts:\d+|Storing Testpersoon/);
    figures.dutchErrors++;
    const after = {
      signals: (await ownerQuery(`SELECT count(*)::int AS n FROM "Signal" WHERE "gemeenteId" = $1`, [g.id])).rows[0].n,
      transitions: (await ownerQuery(`SELECT count(*)::int AS n FROM "SignalTransition" WHERE "gemeenteId" = $1`, [g.id])).rows[0].n,
    };
    if (after.signals !== signalsBefore || after.transitions !== transitionsBefore) figures.partialWrites++;
    expect(after).toEqual({ signals: signalsBefore, transitions: transitionsBefore });
    expect(await chainOk()).toBe(auditBefore);

    const retry = await runAction(() => createSignal(loket, input, "LOKET_TELEFOON"), "evidence-fault");
    expect(retry.ok).toBe(true);
    figures.recoveries++;
    if (retry.ok)
      expect(await signalRows(retry.data.id)).toEqual({ signal: { status: "ONTVANGEN", assigneeUserId: null }, transitions: 1, audit: 1 });
    expect(await chainOk()).toBe(auditBefore + 1);
  });

  it("assignment to a team member: killed before the audit row → status, assignee, transition and audit unchanged; then it works", async () => {
    const reg = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "signals:work");
    const loket = await requireTenant(await actorWithRole(g, "LOKET"), { slug: g.slug }, "signals:work");
    const member = await actorWithRole(g, "TEAM_EENZAAMHEID");
    const s = await createSignal(
      loket,
      { residentName: "Storing Toewijzing", situation: "Alleen sinds het overlijden van haar man." },
      "LOKET_TELEFOON",
    );
    await transitionSignal(reg, s.id, { to: "BEOORDEELD", reason: "beoordeeld" });
    await transitionSignal(loket, s.id, { to: "EERSTE_INTAKE", reason: "gebeld" });
    const before = await signalRows(s.id);
    const auditBefore = await chainOk();
    const assign = () => transitionSignal(loket, s.id, { to: "TEAM_EENZAAMHEID", reason: "naar het team", assigneeUserId: member.userId });

    const { result, victim, hadWritten } = await killDuring("SignalAuditEntry", () => runAction(assign, "evidence-fault"));
    expect(victim, JSON.stringify(result)).toBeDefined();
    expect(hadWritten, "the signal update and the transition had been written in the open transaction").toBe(true);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(["DB_UNAVAILABLE", "INTERNAL"]).toContain(result.code);
      expect(result.message).toMatch(DUTCH);
    }
    figures.dutchErrors++;
    const after = await signalRows(s.id);
    if (JSON.stringify(after) !== JSON.stringify(before)) figures.partialWrites++;
    expect(after).toEqual(before);
    expect(before.signal).toEqual({ status: "EERSTE_INTAKE", assigneeUserId: null });
    expect(await chainOk()).toBe(auditBefore);

    const retry = await runAction(assign, "evidence-fault");
    expect(retry.ok, JSON.stringify(retry)).toBe(true);
    figures.recoveries++;
    expect(await signalRows(s.id)).toEqual({
      signal: { status: "TEAM_EENZAAMHEID", assigneeUserId: member.userId },
      transitions: before.transitions + 1,
      audit: before.audit + 1,
    });
    expect(await chainOk()).toBe(auditBefore + 1);
  });
});

describe("repeated kills do not leak pool connections", () => {
  it("after 3 killed transactions on a pool of 2, the next write still succeeds", async () => {
    for (let i = 0; i < 3; i++) {
      const v = await createVestiging(amb, { name: `Lek ${i}`, sector: "bakker" });
      const { victim } = await killDuring("StepChange", () =>
        runAction(() => moveStep(amb, v.id, { to: "VERBINDEN", reason: "lek" }), "evidence-fault"),
      );
      expect(victim).toBeDefined();
    }
    const v = await createVestiging(amb, { name: "Na het lek", sector: "bakker" });
    const ok = await runAction(() => moveStep(amb, v.id, { to: "VERBINDEN", reason: "geen lek" }), "evidence-fault");
    expect(ok.ok).toBe(true);
  });
});

describe("database unavailable for a moment", () => {
  it("reports DB_UNAVAILABLE in Dutch while it is down and recovers when it returns", async () => {
    const db = new URL(process.env.DATABASE_URL!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL!.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
    await admin.connect();
    const v = await createVestiging(amb, { name: "Kapper Uitval", sector: "kapper" });
    try {
      await admin.query(`ALTER DATABASE "${db}" WITH ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = 'samenkracht_app'`, [db]);
      const down = await runAction(() => moveStep(amb, v.id, { to: "VERBINDEN", reason: "Tijdens storing" }), "evidence-fault");
      expect(down.ok).toBe(false);
      if (!down.ok) {
        expect(down.code).toBe("DB_UNAVAILABLE");
        expect(down.message).toMatch(/Samenkracht is even niet bereikbaar/);
        expect(down.message).not.toMatch(/database/i);
      }
    } finally {
      await admin.query(`ALTER DATABASE "${db}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    const up = await runAction(() => moveStep(amb, v.id, { to: "VERBINDEN", reason: "Na de storing" }), "evidence-fault");
    expect(up.ok).toBe(true);
    figures.outageRecovered = true;
    const row = (await ownerQuery(`SELECT step::text FROM "Vestiging" WHERE id = $1`, [v.id])).rows[0];
    expect(row.step).toBe("VERBINDEN");
  });
});
