/**
 * The national benchmark for programme advisers: counts per gemeente, never rows, never names.
 * The only cross-tenant path is the SQL function national_aggregates() (SECURITY DEFINER, see
 * docs/decisions/0008-national-aggregates.md); it already suppresses counts under five as NULL.
 *
 * /landelijk reads the figures precomputed (issue 20, docs/decisions/0020): the job
 * `national.refresh-figures` refills the table "NationalFigure" from national_aggregates() through
 * refresh_national_figures(), and `nationalFigures` reads that table with the time of the refresh.
 * `nationalAggregates` is the live computation (the same function), for comparison and tests.
 */
import type { Actor } from "@/lib/auth/context";
import { requirePlatform } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { formatDecimal, formatNumber } from "@/lib/text/dates";

const SUPPRESSION_THRESHOLD = 5;
export type Count = number | null; // null = fewer than five (shown as "<5")
export type NationalRow = {
  slug: string;
  name: string;
  joinedSince: string;
  inhabitants: number;
  partners: Count;
  steps: { voorbereiden: Count; verbinden: Count; verleiden: Count; vasthouden: Count; versterken: Count };
  /** Signals received in the last twelve months per 10,000 inhabitants; null when fewer than five signals. */
  signalsPer10000: number | null;
  /** Median hours to pick-up (last twelve months); null when fewer than five signals were picked up. */
  medianPickupHours: number | null;
};

type Raw = {
  slug: string;
  name: string;
  joined_since: Date;
  inhabitants: number;
  partners: number | null;
  voorbereiden: number | null;
  verbinden: number | null;
  verleiden: number | null;
  vasthouden: number | null;
  versterken: number | null;
  signals_per_10000: number | null;
  median_pickup_hours: number | null;
};

/** Defence in depth: even if the function changed, nothing under five leaves this module. */
function suppress(n: number | null | undefined): Count {
  return typeof n === "number" && n >= SUPPRESSION_THRESHOLD ? n : null;
}

export function formatCount(n: Count): string {
  return n === null ? "<5" : formatNumber(n);
}

/** A rate or median: one decimal; null (based on fewer than five signals) reads "<5 signalen". */
export function formatFigure(n: number | null): string {
  return n === null ? "<5 signalen" : formatDecimal(n);
}

/** A derived figure is only as safe as its base: the function already nulls it under five. */
function figure(n: number | null | undefined): number | null {
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

export async function nationalAggregates(actor: Actor): Promise<NationalRow[]> {
  requirePlatform(actor, "national:read");
  return (await platformDb().$queryRaw<Raw[]>`SELECT * FROM national_aggregates()`).map(toRow);
}

/** How often the job recomputes the figures; the page says so. */
export const NATIONAL_REFRESH_MINUTES = 10;

export type NationalFigures = { rows: NationalRow[]; refreshedAt: Date };

/** Recompute the precomputed figures now (the job; also the first read when there are none yet). */
export async function refreshNationalFigures(): Promise<{ refreshedAt: Date; gemeenten: number; durationMs: number }> {
  await platformDb().$queryRaw`SELECT refresh_national_figures()`;
  const [r] = await platformDb().$queryRaw<{ refreshedAt: Date; gemeenten: number; durationMs: number }[]>`
    SELECT "refreshedAt", gemeenten, "durationMs" FROM "NationalFigureRefresh" WHERE id = 1`;
  return r;
}

/** The figures as the job last computed them, with when (one statement); computed at once when never computed. */
export async function nationalFigures(actor: Actor): Promise<NationalFigures> {
  requirePlatform(actor, "national:read");
  const read = () =>
    platformDb().$queryRaw<(Raw & { refreshed_at: Date })[]>`
      SELECT r."refreshedAt" AS refreshed_at, f.* FROM "NationalFigureRefresh" r LEFT JOIN "NationalFigure" f ON true
       WHERE r.id = 1 ORDER BY f.name, f.slug`;
  let rows = await read();
  if (rows.length === 0) {
    await refreshNationalFigures();
    rows = await read();
  }
  return { rows: rows.filter((r) => r.slug !== null).map(toRow), refreshedAt: rows[0].refreshed_at };
}

function toRow(r: Raw): NationalRow {
  return {
    slug: r.slug,
    name: r.name,
    joinedSince: r.joined_since.toISOString().slice(0, 10),
    inhabitants: r.inhabitants,
    partners: suppress(r.partners),
    steps: {
      voorbereiden: suppress(r.voorbereiden),
      verbinden: suppress(r.verbinden),
      verleiden: suppress(r.verleiden),
      vasthouden: suppress(r.vasthouden),
      versterken: suppress(r.versterken),
    },
    signalsPer10000: figure(r.signals_per_10000),
    medianPickupHours: figure(r.median_pickup_hours),
  };
}
