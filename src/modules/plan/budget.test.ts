import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BUDGET_LINES, compareBudget, computeBudget, formatEuro } from "./budget";

describe("Terneuzen budget template", () => {
  const plan = computeBudget(55_000, 2024);

  it("has three years with 1 FTE regisseur each", () => {
    expect(plan.years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    for (const y of plan.years) expect(y.lines.regisseur).toBe(80_000_00);
  });

  it("signal point: € 5.000 one-off in year one, € 0,12 × 55.000 = € 6.600 every year", () => {
    expect(plan.years.map((y) => y.lines.signalPointOneOff)).toEqual([5_000_00, 0, 0]);
    expect(plan.years.map((y) => y.lines.signalPointPerInhabitant)).toEqual([6_600_00, 6_600_00, 6_600_00]);
  });

  it("fixed yearly lines from the template", () => {
    for (const y of plan.years) {
      expect(y.lines.networkMeetings).toBe(5_000_00);
      expect(y.lines.expertise).toBe(5_000_00);
      expect(y.lines.trainings).toBe(10_000_00);
    }
  });

  it("year totals add up (year 1: 80.000 + 5.000 + 6.600 + 10.000 + 5.000 + 5.000 + 10.000 + 12.000)", () => {
    expect(plan.years[0].totalCents).toBe(133_600_00);
    expect(plan.years[1].totalCents).toBe(128_600_00);
    expect(plan.totalCents).toBe(133_600_00 + 2 * 128_600_00);
  });

  it("scales the per-inhabitant line with the inhabitant count", () => {
    expect(computeBudget(10_001, 2025).years[0].lines.signalPointPerInhabitant).toBe(1_200_12);
  });

  it("takes overrides (e.g. 0,8 FTE in year three)", () => {
    const p = computeBudget(55_000, 2024, { regisseurFte: [1, 1, 0.8], fteCostCents: 70_000_00 });
    expect(p.years[2].lines.regisseur).toBe(56_000_00);
  });

  it("refuses nonsense input", () => {
    expect(() => computeBudget(-1, 2024)).toThrow(RangeError);
    expect(() => computeBudget(1.5, 2024)).toThrow(RangeError);
    expect(() => computeBudget(100, 2024, { years: 0 })).toThrow(RangeError);
  });

  it("total is always the sum of all lines", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 10 }), (inh, years) => {
        const p = computeBudget(inh, 2024, { years });
        const sum = p.years.reduce((s, y) => s + BUDGET_LINES.reduce((t, l) => t + y.lines[l], 0), 0);
        expect(p.totalCents).toBe(sum);
        expect(p.years).toHaveLength(years);
      }),
    );
  });
});

describe("planned versus actual", () => {
  it("pairs actuals with planned lines and computes the difference", () => {
    const plan = computeBudget(55_000, 2024);
    const rows = compareBudget(plan, [{ year: 2024, line: "networkMeetings", amountCents: 6_250_00 }]);
    expect(rows).toHaveLength(3 * BUDGET_LINES.length);
    const nm = rows.find((r) => r.year === 2024 && r.line === "networkMeetings")!;
    expect(nm).toMatchObject({ plannedCents: 5_000_00, actualCents: 6_250_00, differenceCents: 1_250_00 });
    const other = rows.find((r) => r.year === 2025 && r.line === "networkMeetings")!;
    expect(other.actualCents).toBeNull();
  });

  it("formats euros the Dutch way", () => {
    expect(formatEuro(6_600_00).replace(/\s/g, " ")).toBe("€ 6.600");
  });
});
