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
import { ZResidentChange, ZResidentQuery, type TResidentQuery } from "../schemas";
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

async function eraseRows(db: Db, gemeenteId: string, ids: string[], actorUserId: string | null, reason: string, extra: Record<string, string> = {}) {
  const now = new Date();
  for (const id of ids) {
    await db.signal.update({ where: { id }, data: { ...ERASED, erasedAt: now } });
    await db.signalTransition.updateMany({ where: { signalId: id }, data: { reasonEnc: null } });
    await appendSignalAudit(db, { gemeenteId, signalId: id, actorUserId, action: "signal.erase", detail: { reason, ...extra } });
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
export async function applyRetention(gemeenteId: string, opts: { dryRun: boolean; now?: Date; actorUserId?: string }) {
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
    if (!opts.dryRun) await eraseRows(db, gemeenteId, rows.map((r) => r.id), opts.actorUserId ?? "system:retention", "retention");
    return { dryRun: opts.dryRun, signals: rows };
  });
}

/** Rows per query when scanning a gemeente's signals (resident lookup, key rotation): bounded memory. */
export const SCAN_BATCH = 500;

/**
 * Visit rows in id order, `batchSize` at a time (keyset pagination): at most one batch is held in
 * memory. `fetch(afterId, take)` returns the next rows with id > afterId.
 */
export async function scanInBatches<R extends { id: string }>(
  fetch: (afterId: string | null, take: number) => Promise<R[]>,
  visit: (rows: R[]) => Promise<void> | void,
  batchSize = SCAN_BATCH,
): Promise<number> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("batchSize must be a positive integer");
  let after: string | null = null;
  let seen = 0;
  for (;;) {
    const rows = await fetch(after, batchSize);
    if (rows.length === 0) break;
    seen += rows.length;
    await visit(rows);
    if (rows.length < batchSize) break;
    after = rows[rows.length - 1]!.id;
  }
  return seen;
}

const normName = (v: string) => v.toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
/** Contact: case, spaces, dashes, dots and brackets do not count ("06-123 456 78" = "0612345678"). */
const normContact = (v: string) => v.toLocaleLowerCase("nl").replace(/[\s\-.()]+/g, "");

/**
 * Ids of the signals about one resident: decrypts name/contact batch by batch (the ciphertext is
 * bound to the row, so there is no index to search on) and keeps only the ids that match.
 */
async function findResidentIds(db: Db, gemeenteId: string, q: TResidentQuery, batchSize = SCAN_BATCH): Promise<string[]> {
  const name = q.residentName ? normName(q.residentName) : null;
  const contact = q.residentContact ? normContact(q.residentContact) : null;
  const ids: string[] = [];
  await scanInBatches(
    (after, take) =>
      db.signal.findMany({
        where: {
          erasedAt: null,
          ...(name ? { residentNameEnc: { not: null } } : {}),
          ...(contact ? { residentContactEnc: { not: null } } : {}),
          ...(after ? { id: { gt: after } } : {}),
        },
        select: { id: true, residentNameEnc: true, residentContactEnc: true },
        orderBy: { id: "asc" },
        take,
      }),
    (rows) => {
      for (const r of rows) {
        if (name && normName(dec(gemeenteId, r.id, "residentName", r.residentNameEnc) ?? "") !== name) continue;
        if (contact && normContact(dec(gemeenteId, r.id, "residentContact", r.residentContactEnc) ?? "") !== contact) continue;
        ids.push(r.id);
      }
    },
    batchSize,
  );
  return ids;
}

function requireRegisseur(ctx: TenantContext) {
  if (!can(ctx.role, "signals:assess")) throw forbidden();
}

export type ResidentSignal = Awaited<ReturnType<typeof residentSignals>>[number];

/** Everything stored about these signals that concerns the resident, each read audited. */
async function residentSignals(db: Db, ctx: TenantContext, ids: string[], action: "signal.resident-lookup" | "signal.resident-export") {
  const g = ctx.gemeente.id;
  const out = [];
  const fields = [...PERSONAL_FIELDS.filter((f) => f.startsWith("resident")), "situation"];
  for (const id of ids) {
    const r = await db.signal.findFirst({ where: { id } });
    if (!r) continue;
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
    await appendSignalAudit(db, { gemeenteId: g, signalId: r.id, actorUserId: actorIdOf(ctx), action, detail: { fields } });
  }
  return out;
}

export type ScanOptions = { batchSize?: number };

/** Look a resident up to see what is stored (regisseur only; every signal shown is audited). */
export async function lookupResident(ctx: TenantContext, input: unknown, opts: ScanOptions = {}) {
  requireRegisseur(ctx);
  const q = parseInput(ZResidentQuery, input);
  return ctx.run(async (db) => ({ signals: await residentSignals(db, ctx, await findResidentIds(db, ctx.gemeente.id, q, opts.batchSize), "signal.resident-lookup") }));
}

/** Right of access: everything stored about one resident in this gemeente (regisseur only). */
export async function exportResident(ctx: TenantContext, input: unknown, opts: ScanOptions = {}) {
  requireRegisseur(ctx);
  const q = parseInput(ZResidentQuery, input);
  return ctx.run(async (db) => {
    const signals = await residentSignals(db, ctx, await findResidentIds(db, ctx.gemeente.id, q, opts.batchSize), "signal.resident-export");
    return { gemeente: ctx.gemeente.name, exportedAt: new Date(), signals };
  });
}

/** The matching signals, narrowed to the ones the regisseur saw when given. */
async function changeTargets(db: Db, ctx: TenantContext, input: unknown, opts: ScanOptions) {
  const q = parseInput(ZResidentChange, input);
  let ids = await findResidentIds(db, ctx.gemeente.id, q, opts.batchSize);
  if (q.signalIds) {
    const seen = new Set(q.signalIds);
    ids = ids.filter((id) => seen.has(id));
  }
  return { q, ids };
}

/**
 * Right to erasure: remove the personal fields of every signal about this resident. Needs a reason
 * from a fixed list and an explicit confirmation; each erasure is audited with that reason.
 */
export async function eraseResident(ctx: TenantContext, input: unknown, opts: ScanOptions = {}) {
  requireRegisseur(ctx);
  parseInput(ZResidentChange, input);
  return ctx.run(async (db) => {
    const { q, ids } = await changeTargets(db, ctx, input, opts);
    await eraseRows(db, ctx.gemeente.id, ids, actorIdOf(ctx), "resident-request", { basis: q.basis });
    return { erased: ids.length };
  });
}

/** Right to restriction: only the regisseur may still read the personal fields. Reason + confirmation, audited. */
export async function restrictResident(ctx: TenantContext, input: unknown, opts: ScanOptions = {}) {
  requireRegisseur(ctx);
  parseInput(ZResidentChange, input);
  return ctx.run(async (db) => {
    const { q, ids } = await changeTargets(db, ctx, input, opts);
    let restricted = 0;
    for (const id of ids) {
      const { count } = await db.signal.updateMany({ where: { id, restricted: false }, data: { restricted: true } });
      if (count === 0) continue;
      restricted++;
      await appendSignalAudit(db, { gemeenteId: ctx.gemeente.id, signalId: id, actorUserId: actorIdOf(ctx), action: "signal.restrict", detail: { basis: q.basis } });
    }
    return { restricted };
  });
}

/**
 * Re-encrypt every personal field of one gemeente to the active key. Returns how many values changed.
 * Works batch by batch (`batchSize` rows per transaction): bounded memory, short transactions, and
 * an interrupted run can simply be started again (values already on the active key are skipped).
 */
export async function rotateKeys(gemeenteId: string, opts: ScanOptions = {}): Promise<number> {
  const { reencryptIfStale } = await import("@/lib/crypto/fields");
  const batchSize = opts.batchSize ?? SCAN_BATCH;
  let changed = 0;
  await scanInBatches(
    (after, take) =>
      withTenant({ gemeenteId }, async (db) => {
        const rows = await db.signal.findMany({ where: { erasedAt: null, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: "asc" }, take });
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
        return rows.map((r) => ({ id: r.id }));
      }),
    () => {},
    batchSize,
  );
  await scanInBatches(
    (after, take) =>
      withTenant({ gemeenteId }, async (db) => {
        const ts = await db.signalTransition.findMany({
          where: { reasonEnc: { not: null }, ...(after ? { id: { gt: after } } : {}) },
          select: { id: true, reasonEnc: true },
          orderBy: { id: "asc" },
          take,
        });
        for (const t of ts) {
          const next = reencryptIfStale(t.reasonEnc!, { gemeenteId, rowId: t.id, field: "reason" });
          if (next) {
            await db.signalTransition.update({ where: { id: t.id }, data: { reasonEnc: next } });
            changed++;
          }
        }
        return ts.map((t) => ({ id: t.id }));
      }),
    () => {},
    batchSize,
  );
  if (changed) {
    await withTenant({ gemeenteId }, (db) =>
      appendSignalAudit(db, { gemeenteId, signalId: null, actorUserId: "system:rotate-keys", action: "signal.rotate-keys", detail: { values: changed } }),
    );
  }
  return changed;
}
