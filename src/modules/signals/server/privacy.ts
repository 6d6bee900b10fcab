/**
 * Retention and the resident's rights. Erasing = removing the personal fields (and the encrypted
 * transition reasons); the row with status, source, wijk and dates stays, so the counts stay.
 * Every erasure, export and restriction is written to the audit log.
 */
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { appendSignalAudit } from "@/lib/audit/signal-audit";
import { withTenant, type Db } from "@/lib/db/tenant";
import { forbidden, parseInput } from "@/lib/result";
import { ZResidentQuery } from "../schemas";
import { actorIdOf, dec, ENC_COLUMN, PERSONAL_FIELDS, settingsFor } from "./common";

const ERASED = {
  residentNameEnc: null,
  residentContactEnc: null,
  situationEnc: null,
  reporterNameEnc: null,
  reporterContactEnc: null,
  reporterEmailEnc: null,
  statusCodeHash: null,
} as const;

async function eraseRows(db: Db, gemeenteId: string, ids: string[], actorUserId: string | null, reason: string) {
  const now = new Date();
  for (const id of ids) {
    await db.signal.update({ where: { id }, data: { ...ERASED, erasedAt: now } });
    await db.signalTransition.updateMany({ where: { signalId: id }, data: { reasonEnc: null } });
    await appendSignalAudit(db, { gemeenteId, signalId: id, actorUserId, action: "signal.erase", detail: { reason } });
  }
}

const monthsAgo = (now: Date, months: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

/**
 * Erase personal fields of signals closed longer ago than the gemeente's retention period
 * (default 12 months; cancelled ones after `cancelledRetentionMonths`, default 3). dryRun lists only.
 */
export async function applyRetention(gemeenteId: string, opts: { dryRun: boolean; now?: Date }) {
  const now = opts.now ?? new Date();
  return withTenant({ gemeenteId }, async (db) => {
    const s = await settingsFor(db, gemeenteId);
    const closedBefore = monthsAgo(now, s.retentionMonths ?? 12);
    const cancelledBefore = monthsAgo(now, s.cancelledRetentionMonths ?? 3);
    const rows = await db.signal.findMany({
      where: {
        erasedAt: null,
        OR: [
          { status: "AFGESLOTEN", closedAt: { lt: closedBefore } },
          { status: "GEANNULEERD", closedAt: { lt: cancelledBefore } },
        ],
      },
      select: { id: true, status: true, closedAt: true },
      orderBy: { closedAt: "asc" },
    });
    if (!opts.dryRun) await eraseRows(db, gemeenteId, rows.map((r) => r.id), "system:retention", "retention");
    return { dryRun: opts.dryRun, signals: rows };
  });
}

/** Signals of one resident: matched by the decrypted name (exact, case and spacing insensitive). */
async function findResident(db: Db, gemeenteId: string, name: string) {
  const norm = (v: string) => v.toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
  const target = norm(name);
  const rows = await db.signal.findMany({ where: { erasedAt: null, residentNameEnc: { not: null } } });
  return rows.filter((r) => norm(dec(gemeenteId, r.id, "residentName", r.residentNameEnc) ?? "") === target);
}

function requireRegisseur(ctx: TenantContext) {
  if (!can(ctx.role, "signals:assess")) throw forbidden();
}

/** Right of access: everything stored about one resident in this gemeente (regisseur only). */
export async function exportResident(ctx: TenantContext, input: unknown) {
  requireRegisseur(ctx);
  const q = parseInput(ZResidentQuery, input);
  const g = ctx.gemeente.id;
  return ctx.run(async (db) => {
    const rows = await findResident(db, g, q.residentName);
    const out = [];
    for (const r of rows) {
      const transitions = await db.signalTransition.findMany({ where: { signalId: r.id }, orderBy: { createdAt: "asc" } });
      out.push({
        id: r.id,
        status: r.status,
        source: r.source,
        wijk: r.wijk,
        createdAt: r.createdAt,
        closedAt: r.closedAt,
        outcome: r.outcome,
        referralTo: r.referralTo,
        restricted: r.restricted,
        residentName: dec(g, r.id, "residentName", r.residentNameEnc),
        residentContact: dec(g, r.id, "residentContact", r.residentContactEnc),
        situation: dec(g, r.id, "situation", r.situationEnc),
        // The reporter is not named to the resident (DOMAIN.md).
        transitions: transitions.map((t) => ({ fromStatus: t.fromStatus, toStatus: t.toStatus, createdAt: t.createdAt, reason: dec(g, t.id, "reason", t.reasonEnc) })),
      });
      await appendSignalAudit(db, { gemeenteId: g, signalId: r.id, actorUserId: actorIdOf(ctx), action: "signal.resident-export", detail: { fields: [...PERSONAL_FIELDS.filter((f) => f.startsWith("resident")), "situation"] } });
    }
    return { signals: out };
  });
}

/** Right to erasure: remove the personal fields of every signal about this resident. */
export async function eraseResident(ctx: TenantContext, input: unknown) {
  requireRegisseur(ctx);
  const q = parseInput(ZResidentQuery, input);
  return ctx.run(async (db) => {
    const rows = await findResident(db, ctx.gemeente.id, q.residentName);
    await eraseRows(db, ctx.gemeente.id, rows.map((r) => r.id), actorIdOf(ctx), "resident-request");
    return { erased: rows.length };
  });
}

/** Right to restriction: only the regisseur may still read the personal fields. */
export async function restrictResident(ctx: TenantContext, input: unknown) {
  requireRegisseur(ctx);
  const q = parseInput(ZResidentQuery, input);
  return ctx.run(async (db) => {
    const rows = await findResident(db, ctx.gemeente.id, q.residentName);
    for (const r of rows) {
      await db.signal.update({ where: { id: r.id }, data: { restricted: true } });
      await appendSignalAudit(db, { gemeenteId: ctx.gemeente.id, signalId: r.id, actorUserId: actorIdOf(ctx), action: "signal.restrict", detail: {} });
    }
    return { restricted: rows.length };
  });
}

/** Re-encrypt every personal field of one gemeente to the active key. Returns how many values changed. */
export async function rotateKeys(gemeenteId: string): Promise<number> {
  const { reencryptIfStale } = await import("@/lib/crypto/fields");
  return withTenant({ gemeenteId }, async (db) => {
    let changed = 0;
    const rows = await db.signal.findMany({ where: { erasedAt: null } });
    for (const r of rows) {
      const data: Record<string, string> = {};
      for (const f of PERSONAL_FIELDS) {
        const v = r[ENC_COLUMN[f]];
        const next = v ? reencryptIfStale(v, { gemeenteId, rowId: r.id, field: f }) : null;
        if (next) data[ENC_COLUMN[f]] = next;
      }
      if (Object.keys(data).length) {
        await db.signal.update({ where: { id: r.id }, data });
        changed += Object.keys(data).length;
      }
    }
    const ts = await db.signalTransition.findMany({ where: { reasonEnc: { not: null } }, select: { id: true, reasonEnc: true } });
    for (const t of ts) {
      const next = reencryptIfStale(t.reasonEnc!, { gemeenteId, rowId: t.id, field: "reason" });
      if (next) {
        await db.signalTransition.update({ where: { id: t.id }, data: { reasonEnc: next } });
        changed++;
      }
    }
    if (changed) await appendSignalAudit(db, { gemeenteId, signalId: null, actorUserId: "system:rotate-keys", action: "signal.rotate-keys", detail: { values: changed } });
    return changed;
  }, undefined);
}
