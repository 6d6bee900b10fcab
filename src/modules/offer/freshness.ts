/**
 * Keeping the offer current: each entry is confirmed by its provider every N months (gemeente
 * setting `offerConfirmMonths`, default 12). Pure functions; no database.
 */
import { TARGET_GROUPS, type TargetGroup } from "./schemas";
import { settingsObject } from "@/modules/gemeenten";

const DEFAULT_CONFIRM_MONTHS = 12;

/** Reads `offerConfirmMonths` from Gemeente.settings; anything invalid falls back to the default. */
export function confirmMonthsFrom(settings: unknown): number {
  const v = settingsObject(settings).offerConfirmMonths;
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 36 ? v : DEFAULT_CONFIRM_MONTHS;
}

/** The moment before which a confirmation counts as stale. */
export function staleBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export function isStale(confirmedAt: Date, now: Date, months: number): boolean {
  return confirmedAt.getTime() < staleBefore(now, months).getTime();
}

/** Count of current (published, not stale) offers per target group; a zero is a gap. */
export function coverageByTargetGroup(
  offers: readonly { targetGroups: readonly string[]; stale: boolean; published: boolean }[],
): Record<TargetGroup, number> {
  const out = Object.fromEntries(TARGET_GROUPS.map((g) => [g, 0])) as Record<TargetGroup, number>;
  for (const o of offers) {
    if (!o.published || o.stale) continue;
    for (const g of o.targetGroups) if (g in out) out[g as TargetGroup]++;
  }
  return out;
}

export function gaps(coverage: Record<TargetGroup, number>): TargetGroup[] {
  return TARGET_GROUPS.filter((g) => g !== "IEDEREEN" && coverage[g] === 0);
}
