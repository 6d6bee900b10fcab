import { describe, expect, it } from "vitest";
import { categoryKeyOf, categoryLabel, DEFAULT_CATEGORIES, RISK_GROUPS, signalTitle } from "./categories";
import { signalCategoriesOf, ZSignalInput } from "./schemas";
import { DEADLINE_LABELS } from "./labels";
import { SIGNAL_STATUSES, isClosed } from "./flow";

const at = new Date("2026-12-05T10:00:00Z");

describe("signals by theme", () => {
  it("a title says hulpvraag · wijk · date and never more", () => {
    expect(signalTitle(DEFAULT_CATEGORIES, { category: "rouw", wijk: "Noord", createdAt: at })).toBe(
      "Rouw en verlies · Noord · 5 dec 2026",
    );
    expect(signalTitle(DEFAULT_CATEGORIES, { category: "sociaal-contact", wijk: null, createdAt: at })).toBe(
      "Behoefte aan sociaal contact · 5 dec 2026",
    );
    expect(signalTitle(DEFAULT_CATEGORIES, { category: "rouw", wijk: "Noord", createdAt: at, erasedAt: at })).toBe(
      "Gewist signaal · 5 dec 2026",
    );
  });
  it("the gemeente's own list wins over the defaults; a bad stored list falls back", () => {
    expect(signalCategoriesOf({ signals: { categories: [{ key: "eten", label: "Samen eten" }] } })).toEqual([
      { key: "eten", label: "Samen eten" },
    ]);
    expect(signalCategoriesOf({ signals: { categories: [{ key: "Fout Key", label: "x" }] } })).toBe(DEFAULT_CATEGORIES);
    expect(categoryLabel(DEFAULT_CATEGORIES, "weg-uit-lijst")).toBe("weg-uit-lijst");
    expect(categoryKeyOf("Rouw én verlies!")).toBe("rouw-en-verlies");
  });
  it("risk groups are the offer's target groups without 'Iedereen'; an unknown one is a Dutch field error", () => {
    expect(RISK_GROUPS).not.toContain("IEDEREEN");
    const r = ZSignalInput.safeParse({ wijk: "Noord", situation: "Een zin van genoeg tekens.", riskGroup: "X" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe("Kies een risicogroep uit de lijst.");
    expect(ZSignalInput.parse({ wijk: "Noord", situation: "Een zin van genoeg tekens.", riskGroup: "" }).riskGroup).toBeUndefined();
  });
  it("every open step says what its deadline is; closed steps have none", () => {
    for (const s of SIGNAL_STATUSES) expect(DEADLINE_LABELS[s] === null).toBe(isClosed(s));
  });
});
