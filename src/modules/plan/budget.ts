/**
 * The budget template from the Terneuzen step plan (stappenplan 2024, "Voorbeeld begroting"),
 * computed from a gemeente's inhabitant count. Pure: no database, amounts in whole euro cents.
 *
 * From the source: regisseur eenzaamheid 1 FTE in each of three years; central signal point
 * €5,000 one-off plus €0.12 per inhabitant per year; one large awareness campaign per year plus
 * small actions; network meetings €5,000/yr; expertise (internal and kernteam) €5,000/yr;
 * trainings for risk groups €10,000/yr; admin capacity for signal follow-up. The source names no
 * amount for the FTE cost, the campaign and the admin capacity: those are parameters with stated
 * assumptions (BUDGET_DEFAULTS) that a gemeente overrides.
 */

export const BUDGET_LINES = [
  "regisseur",
  "signalPointOneOff",
  "signalPointPerInhabitant",
  "campaign",
  "networkMeetings",
  "expertise",
  "trainings",
  "adminCapacity",
] as const;
export type BudgetLine = (typeof BUDGET_LINES)[number];

export const BUDGET_LINE_LABELS: Record<BudgetLine, string> = {
  regisseur: "Regisseur eenzaamheid",
  signalPointOneOff: "Centrale plek voor signalen: eenmalige kosten",
  signalPointPerInhabitant: "Centrale plek voor signalen: € 0,12 per inwoner",
  campaign: "Communicatiecampagne",
  networkMeetings: "Netwerkbijeenkomsten",
  expertise: "Deskundigheidsbevordering (intern en kernteam)",
  trainings: "Trainingen en workshops voor risicogroepen",
  adminCapacity: "Administratieve capaciteit voor het opvolgen van signalen",
};

export type BudgetParams = {
  /** Number of years of the plan (the template: three). */
  years: number;
  /** FTE of the regisseur per plan year; missing years use the last value. */
  regisseurFte: number[];
  /** Yearly cost of one FTE regisseur, in cents (assumption; the source gives no amount). */
  fteCostCents: number;
  signalPointOneOffCents: number;
  /** Per inhabitant per year, in cents (12 = € 0,12). */
  signalPointPerInhabitantCents: number;
  /** Campaign per year, in cents (assumption; the source gives no amount). */
  campaignCents: number;
  networkMeetingsCents: number;
  expertiseCents: number;
  trainingsCents: number;
  /** Admin capacity in FTE and its yearly cost per FTE (assumption). */
  adminFte: number;
  adminFteCostCents: number;
};

const BUDGET_DEFAULTS: BudgetParams = {
  years: 3,
  regisseurFte: [1, 1, 1],
  fteCostCents: 80_000_00,
  signalPointOneOffCents: 5_000_00,
  signalPointPerInhabitantCents: 12,
  campaignCents: 10_000_00,
  networkMeetingsCents: 5_000_00,
  expertiseCents: 5_000_00,
  trainingsCents: 10_000_00,
  adminFte: 0.2,
  adminFteCostCents: 60_000_00,
};

type BudgetYear = { yearIndex: number; year: number; lines: Record<BudgetLine, number>; totalCents: number };
export type BudgetPlan = { inhabitants: number; startYear: number; years: BudgetYear[]; totalCents: number };

/** The planned budget per year for a gemeente of `inhabitants`, starting in `startYear`. */
export function computeBudget(inhabitants: number, startYear: number, overrides: Partial<BudgetParams> = {}): BudgetPlan {
  if (!Number.isInteger(inhabitants) || inhabitants < 0) throw new RangeError("inhabitants must be a non-negative integer");
  if (!Number.isInteger(startYear)) throw new RangeError("startYear must be an integer");
  const p: BudgetParams = { ...BUDGET_DEFAULTS, ...overrides };
  if (!Number.isInteger(p.years) || p.years < 1 || p.years > 10) throw new RangeError("years must be 1..10");
  const years: BudgetYear[] = [];
  for (let i = 0; i < p.years; i++) {
    const fte = p.regisseurFte[Math.min(i, p.regisseurFte.length - 1)] ?? 0;
    const lines: Record<BudgetLine, number> = {
      regisseur: Math.round(fte * p.fteCostCents),
      signalPointOneOff: i === 0 ? p.signalPointOneOffCents : 0,
      signalPointPerInhabitant: Math.round(inhabitants * p.signalPointPerInhabitantCents),
      campaign: p.campaignCents,
      networkMeetings: p.networkMeetingsCents,
      expertise: p.expertiseCents,
      trainings: p.trainingsCents,
      adminCapacity: Math.round(p.adminFte * p.adminFteCostCents),
    };
    const totalCents = BUDGET_LINES.reduce((sum, l) => sum + lines[l], 0);
    years.push({ yearIndex: i + 1, year: startYear + i, lines, totalCents });
  }
  return { inhabitants, startYear, years, totalCents: years.reduce((s, y) => s + y.totalCents, 0) };
}

export type ActualEntry = { year: number; line: BudgetLine; amountCents: number };
export type BudgetComparisonRow = {
  year: number;
  line: BudgetLine;
  plannedCents: number;
  actualCents: number | null;
  differenceCents: number | null;
};

/** Planned versus actual per year and line; lines without an actual have null. */
export function compareBudget(plan: BudgetPlan, actuals: readonly ActualEntry[]): BudgetComparisonRow[] {
  const byKey = new Map(actuals.map((a) => [`${a.year}:${a.line}`, a.amountCents]));
  const rows: BudgetComparisonRow[] = [];
  for (const y of plan.years) {
    for (const line of BUDGET_LINES) {
      const actual = byKey.get(`${y.year}:${line}`) ?? null;
      rows.push({
        year: y.year,
        line,
        plannedCents: y.lines[line],
        actualCents: actual,
        differenceCents: actual === null ? null : actual - y.lines[line],
      });
    }
  }
  return rows;
}

/** The one money formatter lives in src/lib/text/money.ts ("€ 1.250,50"). */
export { formatEuro } from "@/lib/text/money";
