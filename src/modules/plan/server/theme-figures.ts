/**
 * Figures of issue 16 for the dashboard, the council report and the CSV export: signals per hulpvraag
 * and the reporters' satisfaction. Counts only. Small numbers (< 5) are never printed in a document that
 * can leave the building (report, CSV): hulpvragen are merged, satisfaction shows no percentage.
 */
import type { TenantContext } from "@/lib/auth/context";
import { signalCategories } from "@/modules/signals/server";
import { satisfactionFigure, type SatisfactionFigure } from "@/modules/signals/server";
import { formatFigure } from "./indicators";
import { SATISFACTION_WORDS, type SatisfactionWords } from "../period-words";
import { categoryRows, computeSignalFigures, type Period } from "./signal-figures";

const SMALL_NUMBER = 5;

/** Satisfaction as label/value rows; under five answers no percentage (too few to say anything, and recognisable). */
export function satisfactionRows(s: SatisfactionFigure, words: SatisfactionWords = SATISFACTION_WORDS): [string, string][] {
  return [
    [words.answers, formatFigure(s.answers)],
    [words.percent, s.answers < SMALL_NUMBER || s.percent === null ? words.tooFew(SMALL_NUMBER) : `${s.percent}%`],
  ];
}

/** CSV rows (label, value) for the export: per hulpvraag (small ones merged) and satisfaction, over the period. */
export async function themeAndVoiceCsvRows(ctx: TenantContext, period: Pick<Period, "from" | "to">): Promise<[string, string | number][]> {
  const [sf, categories, satisfaction] = await Promise.all([
    computeSignalFigures(ctx, period),
    signalCategories(ctx),
    satisfactionFigure(ctx, period),
  ]);
  return [
    ...categoryRows(sf.byCategory, categories, true).map((r) => [`Signalen met hulpvraag: ${r.label}`, r.count] as [string, number]),
    ...satisfactionRows(satisfaction),
  ];
}
