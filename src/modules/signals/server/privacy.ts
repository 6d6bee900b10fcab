/**
 * Retention and the resident's rights. Erasing = clearing every column in PERSONAL_DATA (common.ts:
 * the encrypted fields, the status code hash, the free-text wijk and referral, the transition
 * reasons); the row with status, source and dates stays, so the counts stay (wijk becomes "onbekend").
 * An erased signal is closed for good. Every erasure, notice, export and restriction is audited.
 */
import { pruneFeedback } from "./feedback";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { appendSignalAudit } from "@/lib/audit/signal-audit";
import { platformDb, withTenant, type Db } from "@/lib/db/tenant";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { appUrl } from "@/lib/env";
import { forbidden, parseInput } from "@/lib/result";
import { ZResidentChange, ZResidentQuery, type TResidentQuery } from "../schemas";
import { DecryptError } from "@/lib/crypto/fields";
import { actorIdOf, dec, ENC_COLUMN, ERASED_SIGNAL, ERASED_TRANSITION, PERSONAL_FIELDS, settingsFor } from "./common";

async function eraseRows(
  db: Db,
  gemeenteId: string,
  ids: string[],
  actorUserId: string | null,
  reason: string,
  extra: Record<string, string> = {},
) {
  const now = new Date();
  for (const id of ids) {
    await db.signal.update({ where: { id }, data: { ...ERASED_SIGNAL, erasedAt: now } });
    await db.signalTransition.updateMany({ where: { signalId: id }, data: ERASED_TRANSITION });
    await appendSignalAudit(db, { gemeenteId, signalId: id, actorUserId, action: "signal.erase", detail: { reason, ...extra } });
  }
}

const monthsAgo = (now: Date, months: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

/** Open signals nobody touched for this long are erased too (after a notice), unless the gemeente sets another period. */
export const DEFAULT_STALE_OPEN_MONTHS = 24;
/** Days between the notice to the regisseur and the erasure of a stale open signal. */
const STALE_NOTICE_DAYS = 14;
const OPEN_STATUSES = [
  "ONTVANGEN",
  "BEOORDEELD",
  "EERSTE_INTAKE",
  "TEAM_WELZIJN",
  "TEAM_EENZAAMHEID",
  "VRIJWILLIGER",
  "DOORVERWEZEN",
] as const;

export type RetentionSignal = { id: string; status: string; closedAt: Date | null; why: "closed" | "cancelled" | "stale" };

/**
 * Erase personal fields of signals closed longer ago than the gemeente's retention period
 * (default 12 months; cancelled ones after `cancelledRetentionMonths`, default 3), and of OPEN signals
 * nobody moved for `staleOpenMonths` (default 24): those are first announced to the regisseurs (an
 * audited `signal.retention-notice` and one mail), and erased only when the notice is at least
 * STALE_NOTICE_DAYS old and nobody touched the signal since. dryRun lists only (`signals` = what would
 * be erased now, `noticed` = what would be announced now).
 */
export async function applyRetention(
  gemeenteId: string,
  opts: { dryRun: boolean; now?: Date; actorUserId?: string },
): Promise<{ dryRun: boolean; signals: RetentionSignal[]; noticed: string[] }> {
  const now = opts.now ?? new Date();
  const result = await withTenant({ gemeenteId }, async (db) => {
    const s = await settingsFor(db, gemeenteId);
    const closedBefore = monthsAgo(now, s.retentionMonths ?? 12);
    const cancelledBefore = monthsAgo(now, s.cancelledRetentionMonths ?? 3);
    // The reporters' answers (and unused links) follow the same retention as closed signals.
    if (!opts.dryRun) await pruneFeedback(db, gemeenteId, s.retentionMonths ?? 12, now);
    const staleBefore = monthsAgo(now, s.staleOpenMonths ?? DEFAULT_STALE_OPEN_MONTHS);
    const closed = await db.signal.findMany({
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
    const stale = await db.signal.findMany({
      where: { erasedAt: null, status: { in: [...OPEN_STATUSES] }, statusChangedAt: { lt: staleBefore } },
      select: { id: true, status: true, closedAt: true, statusChangedAt: true },
      orderBy: { statusChangedAt: "asc" },
    });
    const notices = stale.length
      ? await db.signalAuditEntry.findMany({
          where: { action: "signal.retention-notice", signalId: { in: stale.map((r) => r.id) } },
          select: { signalId: true, createdAt: true },
        })
      : [];
    const noticeDeadline = new Date(now.getTime() - STALE_NOTICE_DAYS * 86_400_000);
    const due: typeof stale = [];
    const toNotice: string[] = [];
    for (const r of stale) {
      // A notice counts only when it was given after the signal's last step (a touched signal starts over).
      const valid = notices.filter((n) => n.signalId === r.id && n.createdAt > r.statusChangedAt);
      if (valid.some((n) => n.createdAt <= noticeDeadline)) due.push(r);
      else if (valid.length === 0) toNotice.push(r.id);
    }
    const signals: RetentionSignal[] = [
      ...closed.map((r) => ({
        id: r.id,
        status: r.status,
        closedAt: r.closedAt,
        why: r.status === "GEANNULEERD" ? ("cancelled" as const) : ("closed" as const),
      })),
      ...due.map((r) => ({ id: r.id, status: r.status, closedAt: r.closedAt, why: "stale" as const })),
    ];
    if (!opts.dryRun) {
      const actor = opts.actorUserId ?? "system:retention";
      await eraseRows(
        db,
        gemeenteId,
        closed.map((r) => r.id),
        actor,
        "retention",
      );
      await eraseRows(
        db,
        gemeenteId,
        due.map((r) => r.id),
        actor,
        "retention-stale",
      );
      for (const id of toNotice) {
        await appendSignalAudit(db, {
          gemeenteId,
          signalId: id,
          actorUserId: actor,
          action: "signal.retention-notice",
          detail: { eraseAfterDays: STALE_NOTICE_DAYS },
        });
      }
    }
    return { dryRun: opts.dryRun, signals, noticed: toNotice };
  });
  if (!opts.dryRun && result.noticed.length) await noticeRegisseurs(gemeenteId, result.noticed.length);
  return result;
}

/** One mail per regisseur: how many open signals will be erased, and where to pick them up. No personal data. */
async function noticeRegisseurs(gemeenteId: string, count: number) {
  const g = await platformDb().gemeente.findUnique({ where: { id: gemeenteId }, select: { slug: true, name: true } });
  if (!g) return;
  const regisseurs = await withTenant({ gemeenteId }, (db) =>
    db.membership.findMany({
      where: { role: "REGISSEUR", user: { disabledAt: null } },
      select: { userId: true, user: { select: { email: true } } },
    }),
  );
  const day = new Date().toISOString().slice(0, 10);
  for (const r of regisseurs) {
    if (!r.user.email) continue;
    await enqueueJob(
      mailSendJob,
      {
        to: r.user.email,
        subject: `${count} ${count === 1 ? "open signaal wordt" : "open signalen worden"} over ${STALE_NOTICE_DAYS} dagen gewist (${g.name})`,
        text:
          `${count === 1 ? "Eén open signaal is" : `${count} open signalen zijn`} al lang door niemand opgepakt. ` +
          `Over ${STALE_NOTICE_DAYS} dagen worden de persoonsgegevens gewist, tenzij iemand het signaal een stap verder zet.\n\n` +
          `Bekijk welke signalen het zijn:\n${appUrl()}/app/${g.slug}/signalen/instellingen\n`,
      },
      { onceKey: `signals.retention-notice:${gemeenteId}:${r.userId}:${day}` },
    );
  }
}
/** Rows per query when scanning a gemeente's signals (resident lookup, key rotation): bounded memory. */
const SCAN_BATCH = 500;

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
async function findResidentIds(
  db: Db,
  gemeenteId: string,
  q: TResidentQuery,
  batchSize = SCAN_BATCH,
  unreadable: Unreadable[] = [],
): Promise<string[]> {
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
        if (name && normName(safeDec(gemeenteId, r.id, "residentName", r.residentNameEnc, unreadable) ?? "") !== name) continue;
        if (contact && normContact(safeDec(gemeenteId, r.id, "residentContact", r.residentContactEnc, unreadable) ?? "") !== contact)
          continue;
        ids.push(r.id);
      }
    },
    batchSize,
  );
  return ids;
}

/** A value that could not be decrypted: which row and which field (never the value). */
export type Unreadable = { id: string; field: string };

/**
 * Decrypt, or report the row and field and go on with null: one damaged row must not block every
 * other resident's lookup, erasure or the key rotation (issue 21). Configuration errors still throw.
 */
function safeDec(gemeenteId: string, rowId: string, field: string, v: string | null | undefined, unreadable: Unreadable[]): string | null {
  try {
    return dec(gemeenteId, rowId, field, v);
  } catch (e) {
    if (!(e instanceof DecryptError)) throw e;
    unreadable.push({ id: rowId, field });
    console.error(`[signals] unreadable value skipped: row ${rowId}, field ${field}`);
    return null;
  }
}

function requireRegisseur(ctx: TenantContext) {
  if (!can(ctx.role, "signals:assess")) throw forbidden();
}

export type ResidentSignal = Awaited<ReturnType<typeof residentSignals>>[number];

/** Everything stored about these signals that concerns the resident, each read audited. */
async function residentSignals(
  db: Db,
  ctx: TenantContext,
  ids: string[],
  action: "signal.resident-lookup" | "signal.resident-export",
  unreadable: Unreadable[] = [],
) {
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
      residentName: safeDec(g, r.id, "residentName", r.residentNameEnc, unreadable),
      residentContact: safeDec(g, r.id, "residentContact", r.residentContactEnc, unreadable),
      situation: safeDec(g, r.id, "situation", r.situationEnc, unreadable),
      // The reporter is not named to the resident (DOMAIN.md).
      transitions: transitions.map((t) => ({
        fromStatus: t.fromStatus,
        toStatus: t.toStatus,
        createdAt: t.createdAt,
        reason: safeDec(g, t.id, "reason", t.reasonEnc, unreadable),
      })),
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
  return ctx.run(async (db) => {
    const unreadable: Unreadable[] = [];
    const signals = await residentSignals(
      db,
      ctx,
      await findResidentIds(db, ctx.gemeente.id, q, opts.batchSize, unreadable),
      "signal.resident-lookup",
      unreadable,
    );
    return { signals, unreadable };
  });
}

/** Right of access: everything stored about one resident in this gemeente (regisseur only). */
export async function exportResident(ctx: TenantContext, input: unknown, opts: ScanOptions = {}) {
  requireRegisseur(ctx);
  const q = parseInput(ZResidentQuery, input);
  return ctx.run(async (db) => {
    const unreadable: Unreadable[] = [];
    const signals = await residentSignals(
      db,
      ctx,
      await findResidentIds(db, ctx.gemeente.id, q, opts.batchSize, unreadable),
      "signal.resident-export",
      unreadable,
    );
    return { gemeente: ctx.gemeente.name, exportedAt: new Date(), signals, unreadable };
  });
}

/** The matching signals, narrowed to the ones the regisseur saw when given. */
async function changeTargets(db: Db, ctx: TenantContext, input: unknown, opts: ScanOptions) {
  const q = parseInput(ZResidentChange, input);
  const unreadable: Unreadable[] = [];
  let ids = await findResidentIds(db, ctx.gemeente.id, q, opts.batchSize, unreadable);
  if (q.signalIds) {
    const seen = new Set(q.signalIds);
    ids = ids.filter((id) => seen.has(id));
  }
  return { q, ids, unreadable };
}

/**
 * Right to erasure: remove the personal fields of every signal about this resident. Needs a reason
 * from a fixed list and an explicit confirmation; each erasure is audited with that reason.
 */
export async function eraseResident(ctx: TenantContext, input: unknown, opts: ScanOptions = {}) {
  requireRegisseur(ctx);
  parseInput(ZResidentChange, input);
  return ctx.run(async (db) => {
    const { q, ids, unreadable } = await changeTargets(db, ctx, input, opts);
    await eraseRows(db, ctx.gemeente.id, ids, actorIdOf(ctx), "resident-request", { basis: q.basis });
    return { erased: ids.length, ...(unreadable.length ? { unreadable } : {}) };
  });
}

/** Right to restriction: only the regisseur may still read the personal fields. Reason + confirmation, audited. */
export async function restrictResident(ctx: TenantContext, input: unknown, opts: ScanOptions = {}) {
  return { restricted: await setRestriction(ctx, input, opts, true) };
}

/** Lift a restriction: processing may go on. Same reason list and confirmation; audited. */
export async function liftRestriction(ctx: TenantContext, input: unknown, opts: ScanOptions = {}) {
  return { lifted: await setRestriction(ctx, input, opts, false) };
}

/** Sets or lifts the restriction on the resident's signals; counts and audits only the rows that changed. */
async function setRestriction(ctx: TenantContext, input: unknown, opts: ScanOptions, restrict: boolean): Promise<number> {
  requireRegisseur(ctx);
  parseInput(ZResidentChange, input);
  return ctx.run(async (db) => {
    const { q, ids } = await changeTargets(db, ctx, input, opts);
    let changed = 0;
    for (const id of ids) {
      const { count } = await db.signal.updateMany({ where: { id, restricted: !restrict }, data: { restricted: restrict } });
      if (count === 0) continue;
      changed++;
      await appendSignalAudit(db, {
        gemeenteId: ctx.gemeente.id,
        signalId: id,
        actorUserId: actorIdOf(ctx),
        action: restrict ? "signal.restrict" : "signal.unrestrict",
        detail: { basis: q.basis },
      });
    }
    return changed;
  });
}

export type RotateOptions = ScanOptions & {
  /** Called for each value that cannot be decrypted (skipped; the rest goes on). */
  onUnreadable?: (p: Unreadable & { table: "Signal" | "SignalTransition" }) => void;
  /** Called after each committed batch with the last row id: a checkpoint to resume from. */
  onBatch?: (p: { table: "Signal" | "SignalTransition"; lastId: string }) => void;
  /** Resume: start after these row ids (from a checkpoint). */
  resume?: { signalAfter?: string; transitionAfter?: string };
};

/**
 * Re-encrypt every personal field of one gemeente to the active key. Returns how many values changed.
 * Works batch by batch (`batchSize` rows per transaction): bounded memory, short transactions, and
 * an interrupted run can be started again, from the beginning (values already on the active key are
 * skipped) or from a checkpoint (`resume`). A value that cannot be decrypted is reported (row id,
 * field) and skipped: it never stops the run.
 */
export async function rotateKeys(gemeenteId: string, opts: RotateOptions = {}): Promise<number> {
  const { reencryptIfStale } = await import("@/lib/crypto/fields");
  const batchSize = opts.batchSize ?? SCAN_BATCH;
  let changed = 0;
  const tryReencrypt = (table: "Signal" | "SignalTransition", v: string, rowId: string, field: string): string | null => {
    try {
      return reencryptIfStale(v, { gemeenteId, rowId, field });
    } catch (e) {
      if (!(e instanceof DecryptError)) throw e;
      opts.onUnreadable?.({ table, id: rowId, field });
      return null;
    }
  };
  let signalStart = opts.resume?.signalAfter ?? null;
  await scanInBatches(
    (after, take) =>
      withTenant({ gemeenteId }, async (db) => {
        const from = after ?? signalStart;
        signalStart = null;
        const rows = await db.signal.findMany({
          where: { erasedAt: null, ...(from ? { id: { gt: from } } : {}) },
          orderBy: { id: "asc" },
          take,
        });
        for (const r of rows) {
          const data: Record<string, string> = {};
          for (const f of PERSONAL_FIELDS) {
            const v = r[ENC_COLUMN[f]];
            const next = v ? tryReencrypt("Signal", v, r.id, f) : null;
            if (next) data[ENC_COLUMN[f]] = next;
          }
          if (Object.keys(data).length) {
            await db.signal.update({ where: { id: r.id }, data });
            changed += Object.keys(data).length;
          }
        }
        return rows.map((r) => ({ id: r.id }));
      }),
    (rows) => opts.onBatch?.({ table: "Signal", lastId: rows[rows.length - 1]!.id }),
    batchSize,
  );
  let transitionStart = opts.resume?.transitionAfter ?? null;
  await scanInBatches(
    (after, take) =>
      withTenant({ gemeenteId }, async (db) => {
        const from = after ?? transitionStart;
        transitionStart = null;
        const ts = await db.signalTransition.findMany({
          where: { reasonEnc: { not: null }, ...(from ? { id: { gt: from } } : {}) },
          select: { id: true, reasonEnc: true },
          orderBy: { id: "asc" },
          take,
        });
        for (const t of ts) {
          const next = tryReencrypt("SignalTransition", t.reasonEnc!, t.id, "reason");
          if (next) {
            await db.signalTransition.update({ where: { id: t.id }, data: { reasonEnc: next } });
            changed++;
          }
        }
        return ts.map((t) => ({ id: t.id }));
      }),
    (rows) => opts.onBatch?.({ table: "SignalTransition", lastId: rows[rows.length - 1]!.id }),
    batchSize,
  );
  if (changed) {
    await withTenant({ gemeenteId }, (db) =>
      appendSignalAudit(db, {
        gemeenteId,
        signalId: null,
        actorUserId: "system:rotate-keys",
        action: "signal.rotate-keys",
        detail: { values: changed },
      }),
    );
  }
  return changed;
}
