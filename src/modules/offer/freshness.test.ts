import { describe, expect, it } from "vitest";
import { confirmMonthsFrom, coverageByTargetGroup, gaps, isStale } from "./freshness";
import { signConfirmToken, verifyConfirmToken } from "./token";

describe("offer freshness", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  it("reads the interval from settings, falling back to 12", () => {
    expect(confirmMonthsFrom({ offerConfirmMonths: 6 })).toBe(6);
    expect(confirmMonthsFrom({ offerConfirmMonths: "6" })).toBe(12);
    expect(confirmMonthsFrom({ offerConfirmMonths: 0 })).toBe(12);
    expect(confirmMonthsFrom(null)).toBe(12);
  });
  it("flags entries confirmed longer than N months ago", () => {
    expect(isStale(new Date("2026-05-22T10:00:00Z"), now, 6)).toBe(true);
    expect(isStale(new Date("2026-05-24T10:00:00Z"), now, 6)).toBe(false);
  });
  it("counts only current published offers; groups without any are gaps", () => {
    const cov = coverageByTargetGroup([
      { targetGroups: ["OUDEREN_75", "MANTELZORGERS"], stale: false, published: true },
      { targetGroups: ["JONGEREN_15_24"], stale: true, published: true },
      { targetGroups: ["ROUW_VERLIES"], stale: false, published: false },
    ]);
    expect(cov.OUDEREN_75).toBe(1);
    expect(cov.JONGEREN_15_24).toBe(0);
    expect(gaps(cov)).toEqual(["JONGEREN_15_24", "ROUW_VERLIES", "BEPERKING_PSYCHIATRIE", "DAK_THUISLOZEN"]);
  });
});

describe("confirmation token", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  it("round-trips and expires", () => {
    const t = signConfirmToken("offer-1", "gem-1", now);
    expect(verifyConfirmToken(t, now)).toEqual({ offerId: "offer-1", gemeenteId: "gem-1" });
    expect(verifyConfirmToken(t, new Date(now.getTime() + 31 * 86_400_000))).toBeNull();
  });
  it("refuses tampering and garbage", () => {
    const t = signConfirmToken("offer-1", "gem-1", now);
    expect(verifyConfirmToken(t.replace("offer-1", "offer-2"), now)).toBeNull();
    expect(verifyConfirmToken(t.slice(0, -2) + "xx", now)).toBeNull();
    expect(verifyConfirmToken("a.b.c", now)).toBeNull();
    expect(verifyConfirmToken(42, now)).toBeNull();
  });
});
