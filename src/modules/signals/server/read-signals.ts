import type { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/context";
import { can, SIGNAL_REACH } from "@/lib/auth/permissions";
import { appendSignalAudit } from "@/lib/audit/signal-audit";
import { publicTenant } from "@/lib/auth/context";
import { forbidden, notFound, parseInput } from "@/lib/result";
import { isClosed, nextStatuses, reporterStatus, type ReporterStatus, type SignalStatus } from "../flow";
import { ZListInput } from "../schemas";
import { visibleSignalFields } from "../visibility";
import { statusCodeCandidates } from "../status-code";
import { actorIdOf, dec, hashCode, META_SELECT, PERSONAL_FIELDS, ENC_COLUMN, type PersonalField } from "./common";

/** Which rows a worker may list: SIGNAL_REACH in the permission table, as a where clause. */
export function visibleWhere(ctx: TenantContext): Prisma.SignalWhereInput {
  const uid = ctx.userId ?? "-";
  const reach = SIGNAL_REACH[ctx.role];
  if (reach === "all") return {};
  if (reach === "teamStep" && (ctx.role === "TEAM_WELZIJN" || ctx.role === "TEAM_EENZAAMHEID"))
    return { OR: [{ assigneeUserId: uid }, { status: ctx.role, assigneeUserId: null }] };
  if (reach === "volunteer") return { volunteerUserId: uid };
  return { id: "00000000-0000-0000-0000-000000000000" };
}

/** The work queue: metadata only, never personal fields. Permission signals:work. */
export async function listSignals(ctx: TenantContext, input: unknown = {}) {
  if (!can(ctx.role, "signals:work")) throw forbidden();
  const q = parseInput(ZListInput, input);
  const now = new Date();
  return ctx.run(async (db) => {
    const where: Prisma.SignalWhereInput = {
      AND: [
        visibleWhere(ctx),
        q.status ? { status: q.status } : {},
        // Closed signals (afgesloten, geannuleerd) only when asked, or when that step is the filter.
        q.closed || (q.status && isClosed(q.status)) ? {} : { status: { notIn: ["AFGESLOTEN", "GEANNULEERD"] } },
        q.category ? { category: q.category === "geen" ? null : q.category } : {},
        q.overdue ? { dueAt: { lt: now }, status: { notIn: ["AFGESLOTEN", "GEANNULEERD"] } } : {},
      ],
    };
    const rows = await db.signal.findMany({
      where,
      select: META_SELECT,
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: q.take + 1,
      ...(q.cursor ? { cursor: { id: q.cursor }, skip: 1 } : {}),
    });
    const items = rows.slice(0, q.take).map((r) => ({ ...r, overdue: !!r.dueAt && r.dueAt < now && !isClosed(r.status) }));
    return { items, nextCursor: rows.length > q.take ? items[items.length - 1]!.id : null };
  });
}

/**
 * One signal for someone working the case. Personal fields per field and role as the visibility
 * table says (../visibility.ts: the reporter's identity only for regisseur and loket; when the
 * resident restricted processing, only the regisseur); each such read is audited.
 */
export async function getSignal(ctx: TenantContext, id: string) {
  if (!can(ctx.role, "signals:work")) throw forbidden();
  return ctx.run(async (db) => {
    const row = await db.signal.findFirst({ where: { AND: [{ id }, visibleWhere(ctx)] } });
    if (!row) throw notFound();
    const g = ctx.gemeente.id;
    // Need-to-know per field and role: one table (../visibility.ts). Hidden fields are not decrypted.
    const visible = visibleSignalFields(ctx.role, ctx.userId, row);
    const mayRead = visible.includes("reason");
    let personal: Record<PersonalField, string | null> | null = null;
    if (visible.length > 0) {
      personal = Object.fromEntries(
        PERSONAL_FIELDS.map((f) => [f, visible.includes(f) ? dec(g, row.id, f, row[ENC_COLUMN[f]]) : null]),
      ) as Record<PersonalField, string | null>;
      const shown = PERSONAL_FIELDS.filter((f) => personal![f] !== null);
      await appendSignalAudit(db, {
        gemeenteId: g,
        signalId: row.id,
        actorUserId: actorIdOf(ctx),
        action: "signal.read-personal",
        detail: { fields: shown },
      });
    }
    const transitions = await db.signalTransition.findMany({ where: { signalId: row.id }, orderBy: { createdAt: "asc" } });
    return {
      id: row.id,
      status: row.status as SignalStatus,
      source: row.source,
      wijk: row.wijk,
      category: row.category,
      riskGroup: row.riskGroup,
      organisationId: row.organisationId,
      coalitionPartnerId: row.coalitionPartnerId,
      assigneeUserId: row.assigneeUserId,
      volunteerUserId: row.volunteerUserId,
      referralTo: row.referralTo,
      outcome: row.outcome,
      restricted: row.restricted,
      erasedAt: row.erasedAt,
      dueAt: row.dueAt,
      createdAt: row.createdAt,
      closedAt: row.closedAt,
      personal,
      /** Which personal fields this role may see at all on this signal (the rest stays hidden, not just empty). */
      visibleFields: visible,
      // Erased: closed for good; restricted: storage only until lifted (transition-signal.ts refuses both).
      nextStatuses: row.erasedAt || row.restricted ? [] : nextStatuses(row.status as SignalStatus, ctx.role),
      transitions: transitions.map((t) => ({
        id: t.id,
        fromStatus: t.fromStatus,
        toStatus: t.toStatus,
        actorUserId: t.actorUserId,
        createdAt: t.createdAt,
        reason: mayRead ? dec(g, t.id, "reason", t.reasonEnc) : null,
      })),
    };
  });
}

export type OwnStatus = { id: string; status: ReporterStatus; createdAt: Date };

/** An ondernemer/partner (or any reporter with an account) sees only their own signal's status. */
export async function getOwnSignalStatus(ctx: TenantContext, id: string): Promise<OwnStatus> {
  if (!can(ctx.role, "signals:create") || !ctx.userId) throw forbidden();
  return ctx.run(async (db) => {
    const row = await db.signal.findFirst({
      where: { id, reporterUserId: ctx.userId },
      select: { id: true, status: true, createdAt: true },
    });
    if (!row) throw notFound();
    return { id: row.id, status: reporterStatus(row.status as SignalStatus), createdAt: row.createdAt };
  });
}

export async function listOwnSignals(ctx: TenantContext): Promise<OwnStatus[]> {
  if (!can(ctx.role, "signals:create") || !ctx.userId) throw forbidden();
  return ctx.run(async (db) => {
    const rows = await db.signal.findMany({
      where: { reporterUserId: ctx.userId },
      select: { id: true, status: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 100,
    });
    return rows.map((r) => ({ id: r.id, status: reporterStatus(r.status as SignalStatus), createdAt: r.createdAt }));
  });
}

/** A public reporter checks the status with the one-time code (no login). */
export async function statusByCode(gemeenteSlug: string, code: string): Promise<{ status: ReporterStatus }> {
  if (typeof code !== "string" || code.length < 8 || code.length > 64) throw notFound();
  // Case, spaces, dashes and look-alikes do not matter; a code from before the new format is read as typed.
  const candidates = statusCodeCandidates(code);
  if (candidates.length === 0) throw notFound();
  const ctx = await publicTenant(gemeenteSlug);
  return ctx.run(async (db) => {
    const row = await db.signal.findFirst({ where: { statusCodeHash: { in: candidates.map(hashCode) } }, select: { status: true } });
    if (!row) throw notFound();
    return { status: reporterStatus(row.status as SignalStatus) };
  });
}

/** Counting and thanking: counts per source, partner, organisation and wijk (counts only). */
export async function signalCounts(ctx: TenantContext) {
  if (!can(ctx.role, "signals:assess")) throw forbidden();
  return ctx.run(async (db) => {
    const [bySource, byPartner, byOrganisation, byWijk, byStatus] = await Promise.all([
      db.signal.groupBy({ by: ["source"], _count: { _all: true } }),
      db.signal.groupBy({ by: ["coalitionPartnerId"], where: { coalitionPartnerId: { not: null } }, _count: { _all: true } }),
      db.signal.groupBy({ by: ["organisationId"], where: { organisationId: { not: null } }, _count: { _all: true } }),
      db.signal.groupBy({ by: ["wijk"], _count: { _all: true } }),
      db.signal.groupBy({ by: ["status"], _count: { _all: true } }),
    ]);
    // Names, not ids: the regisseur thanks partners and entrepreneurs by name.
    const [partners, organisations] = await Promise.all([
      db.coalitionPartner.findMany({
        where: { id: { in: byPartner.map((r) => r.coalitionPartnerId!) } },
        select: { id: true, name: true },
      }),
      db.organisation.findMany({ where: { id: { in: byOrganisation.map((r) => r.organisationId!) } }, select: { id: true, name: true } }),
    ]);
    const partnerName = new Map(partners.map((p) => [p.id, p.name]));
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "nl");
    return {
      bySource: bySource.map((r) => ({ source: r.source, count: r._count._all })),
      byPartner: byPartner
        .map((r) => ({
          coalitionPartnerId: r.coalitionPartnerId!,
          name: partnerName.get(r.coalitionPartnerId!) ?? "Partner (verwijderd)",
          count: r._count._all,
        }))
        .sort(byName),
      byOrganisation: byOrganisation
        .map((r) => ({
          organisationId: r.organisationId!,
          name: organisationName.get(r.organisationId!) ?? "Organisatie (verwijderd)",
          count: r._count._all,
        }))
        .sort(byName),
      byWijk: byWijk.map((r) => ({ wijk: r.wijk ?? "onbekend", count: r._count._all })),
      byStatus: byStatus.map((r) => ({ status: r.status, count: r._count._all })),
    };
  });
}
