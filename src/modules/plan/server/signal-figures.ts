/**
 * Signal figures for monitoring (plan of approach, dashboard, raadsinformatiebrief): counts only.
 * Reads only non-personal columns of Signal and SignalTransition (status, outcome, wijk, times);
 * never an *Enc column, never a decrypt. Within the context's gemeente only (RLS + explicit filter).
 *
 * Definitions (cohort: the signals received in the period):
 * - received: signals created in the period (cancelled ones included);
 * - picked up ("opgepakt"): the signal reached the loket or a team — the moment the reporter is told
 *   it was picked up (reporterStatus OPGEPAKT: eerste intake or later, or closed);
 * - closed: status AFGESLOTEN now (not GEANNULEERD);
 * - participated: closed with outcome DEELGENOMEN (the referral led to taking part);
 * - median pick-up time: hours from receipt to the first pick-up transition, over the picked-up signals.
 */
import { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden } from "@/lib/result";
import { SIGNAL_STATUSES, reporterStatus, type SignalStatus } from "@/modules/signals";
import { PERIOD_KEYS, PERIOD_WORDS, periodText, type PeriodKey } from "../period-words";

/** Statuses that mean "picked up" for the reporter (and so for the pick-up time). */
const PICKED_UP_STATUSES: readonly SignalStatus[] = SIGNAL_STATUSES.filter((s) => reporterStatus(s) === "OPGEPAKT" || s === "AFGESLOTEN");

export type Period = { key: PeriodKey; label: string; from: Date | null; to: Date };

const dateNl = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

/** The period from a query value; anything unknown is the last twelve months. Its label is Dutch (report, export). */
export function resolvePeriod(value: unknown, now = new Date()): Period {
  const key: PeriodKey = (PERIOD_KEYS as readonly string[]).includes(String(value)) ? (value as PeriodKey) : "12m";
  const y = now.getUTCFullYear();
  const range = (): Omit<Period, "label"> => {
    switch (key) {
      case "jaar":
        return { key, from: new Date(Date.UTC(y, 0, 1)), to: now };
      case "vorig-jaar":
        return { key, from: new Date(Date.UTC(y - 1, 0, 1)), to: new Date(Date.UTC(y, 0, 1)) };
      case "alles":
        return { key, from: null, to: now };
      default: {
        const from = new Date(now);
        from.setUTCFullYear(y - 1);
        return { key: "12m", from, to: now };
      }
    }
  };
  const p = range();
  return { ...p, label: periodText(p, PERIOD_WORDS, dateNl) };
}

export type SignalFigures = {
  received: number;
  pickedUp: number;
  closed: number;
  participated: number;
  /** Median hours from receipt to pick-up, one decimal; null when nothing was picked up. */
  medianPickupHours: number | null;
  byStatus: Record<SignalStatus, number>;
  /** Per wijk as entered (trimmed); signals without a wijk under "Wijk onbekend". Largest first. */
  byWijk: { wijk: string; count: number }[];
  /** Per hulpvraag (category key; null = not chosen yet). Largest first. */
  byCategory: { category: string | null; count: number }[];
};

export { SIGNAL_FIGURE_LABELS } from "../indicator-labels";

const UNKNOWN_WIJK = "Wijk onbekend";

type Totals = { received: bigint; picked_up: bigint; closed: bigint; participated: bigint; median_seconds: number | null };

function totalsSql(g: string, from: Date, to: Date) {
  const pickedUp = Prisma.join(PICKED_UP_STATUSES.map((s) => Prisma.sql`${s}::"SignalStatus"`));
  return Prisma.sql`
        WITH s AS (
          SELECT id, "createdAt", status, outcome FROM "Signal"
          WHERE "gemeenteId" = ${g} AND "createdAt" >= ${from} AND "createdAt" < ${to}
        ), p AS (
          -- A signal's transitions come after its receipt, so only pick-ups since the period's start can
          -- belong to the cohort: an index-only range scan, joined to the cohort below.
          SELECT t."signalId", min(t."createdAt") AS at FROM "SignalTransition" t
          WHERE t."gemeenteId" = ${g} AND t."toStatus" IN (${pickedUp}) AND t."createdAt" >= ${from}
          GROUP BY t."signalId"
        )
        SELECT count(*) AS received,
               count(p.at) AS picked_up,
               count(*) FILTER (WHERE s.status = 'AFGESLOTEN') AS closed,
               count(*) FILTER (WHERE s.status = 'AFGESLOTEN' AND s.outcome = 'DEELGENOMEN') AS participated,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM p.at - s."createdAt"))::float8 AS median_seconds
        FROM s LEFT JOIN p ON p."signalId" = s.id`;
}

export type SignalTotals = Omit<SignalFigures, "byStatus" | "byWijk" | "byCategory">;

function toTotals(t: Totals): SignalTotals {
  return {
    received: Number(t.received),
    pickedUp: Number(t.picked_up),
    closed: Number(t.closed),
    participated: Number(t.participated),
    medianPickupHours: t.median_seconds === null ? null : Math.round((t.median_seconds / 3600) * 10) / 10,
  };
}

/** Only the totals (received, picked up, closed, participated, median): one query, for the indicators. */
export async function computeSignalTotals(ctx: TenantContext, period: Pick<Period, "from" | "to">): Promise<SignalTotals> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const from = period.from ?? new Date(0);
  const totals = await ctx.run((db) => db.$queryRaw<Totals[]>(totalsSql(ctx.gemeente.id, from, period.to)));
  return toTotals(totals[0]!);
}

export async function computeSignalFigures(ctx: TenantContext, period: Pick<Period, "from" | "to">): Promise<SignalFigures> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const g = ctx.gemeente.id;
  const from = period.from ?? new Date(0);
  const to = period.to;
  return ctx.run(async (db) => {
    const [totals, byStatus, byWijk, byCategory] = await Promise.all([
      db.$queryRaw<Totals[]>(totalsSql(g, from, to)),
      db.signal.groupBy({ by: ["status"], where: { gemeenteId: g, createdAt: { gte: from, lt: to } }, _count: { _all: true } }),
      db.$queryRaw<{ wijk: string | null; n: bigint }[]>`
        SELECT nullif(btrim(wijk), '') AS wijk, count(*) AS n FROM "Signal"
        WHERE "gemeenteId" = ${g} AND "createdAt" >= ${from} AND "createdAt" < ${to}
        GROUP BY 1`,
      db.signal.groupBy({ by: ["category"], where: { gemeenteId: g, createdAt: { gte: from, lt: to } }, _count: { _all: true } }),
    ]);
    const status = Object.fromEntries(SIGNAL_STATUSES.map((s) => [s, 0])) as Record<SignalStatus, number>;
    for (const r of byStatus) status[r.status as SignalStatus] = r._count._all;
    const wijken = byWijk
      .map((r) => ({ wijk: r.wijk ?? UNKNOWN_WIJK, count: Number(r.n) }))
      .sort((a, b) => b.count - a.count || a.wijk.localeCompare(b.wijk, "nl"));
    const categories = byCategory
      .map((r) => ({ category: r.category, count: r._count._all }))
      .sort((a, b) => b.count - a.count || String(a.category).localeCompare(String(b.category)));
    return { ...toTotals(totals[0]!), byStatus: status, byWijk: wijken, byCategory: categories };
  });
}

/**
 * For a public document (raadsinformatiebrief): wijken with fewer than five signals are merged into
 * one row, so no single resident can be recognised from a small count; given the gemeente's own
 * wijken (`listed`), a name not on that list is never printed.
 */
export function wijkRowsForPublication(
  byWijk: SignalFigures["byWijk"],
  threshold = 5,
  listed?: readonly string[],
): { wijk: string; count: number }[] {
  // With the gemeente's list: only a listed wijk is ever printed by name; anything else is merged.
  const onList = (w: string) => !listed || listed.includes(w);
  const shown = byWijk.filter((w) => w.count >= threshold && w.wijk !== UNKNOWN_WIJK && onList(w.wijk));
  const rest = byWijk.filter((w) => !shown.includes(w)).reduce((s, w) => s + w.count, 0);
  return rest > 0 ? [...shown, { wijk: "Andere wijken samen (elk minder dan 5, of onbekend)", count: rest }] : shown;
}

/**
 * Wijk rows for the dashboard: whoever assesses signals (the regisseur) sees every wijk; other
 * dashboard readers (the ambtenaar) see the publication version, small wijken merged.
 */
export function wijkRowsFor(role: TenantContext["role"], byWijk: SignalFigures["byWijk"]): { wijk: string; count: number }[] {
  return can(role, "signals:assess") ? byWijk : wijkRowsForPublication(byWijk);
}

/** Signals per hulpvraag in the period (SMART-goal indicators "signalsCategory:<key>"). */
export async function computeCategoryCounts(ctx: TenantContext, period: Pick<Period, "from" | "to">): Promise<Record<string, number>> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const from = period.from ?? new Date(0);
  const rows = await ctx.run((db) =>
    db.signal.groupBy({
      by: ["category"],
      where: { gemeenteId: ctx.gemeente.id, createdAt: { gte: from, lt: period.to }, category: { not: null } },
      _count: { _all: true },
    }),
  );
  return Object.fromEntries(rows.map((r) => [r.category!, r._count._all]));
}

/**
 * Hulpvraag rows with labels. For a public document (`publication`), hulpvragen with fewer than five
 * signals are merged into one row (the same rule as the wijken), and a key not on the list is never printed.
 */
export function categoryRows(
  byCategory: SignalFigures["byCategory"],
  categories: readonly { key: string; label: string }[],
  publication: boolean,
  threshold = 5,
): { key: string | null; label: string; count: number }[] {
  const label = (k: string | null) => (k ? (categories.find((c) => c.key === k)?.label ?? k) : "Hulpvraag nog niet gekozen");
  if (!publication) return byCategory.map((r) => ({ key: r.category, label: label(r.category), count: r.count }));
  const shown = byCategory.filter((r) => r.category && r.count >= threshold && categories.some((c) => c.key === r.category));
  const rest = byCategory.filter((r) => !shown.includes(r)).reduce((n, r) => n + r.count, 0);
  const rows = shown.map((r) => ({ key: r.category, label: label(r.category), count: r.count }));
  return rest > 0 ? [...rows, { key: null, label: "Andere hulpvragen samen (elk minder dan 5, of nog niet gekozen)", count: rest }] : rows;
}

/** Gap view: per hulpvraag the signals in the period and the current offers tagged with it; a hulpvraag with signals and no offer is a gap. */
export function categoryGaps(
  byCategory: SignalFigures["byCategory"],
  categories: readonly { key: string; label: string }[],
  offers: readonly { categories?: readonly string[]; stale: boolean; published: boolean }[],
): { key: string; label: string; signals: number; offers: number; gap: boolean }[] {
  return categories.map((c) => {
    const signals = byCategory.find((r) => r.category === c.key)?.count ?? 0;
    const n = offers.filter((o) => o.published && !o.stale && (o.categories ?? []).includes(c.key)).length;
    return { key: c.key, label: c.label, signals, offers: n, gap: signals > 0 && n === 0 };
  });
}
