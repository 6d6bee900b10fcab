import { describe, expect, it } from "vitest";
import { DEFAULT_CATEGORIES, MAX_CATEGORIES, parseCategoriesText } from "./categories";
import { signalCategoriesOf } from "./schemas";

describe("the regisseur's list of hulpvragen (one per line)", () => {
  it("keeps the key of a label already in the list, also typed in other case or spacing; a new label gets a key", () => {
    const r = parseCategoriesText("  rouw   EN verlies \n\nSamen eten op zondag\nRouw en verlies\n", DEFAULT_CATEGORIES);
    expect(r).toEqual({
      ok: true,
      categories: [
        { key: "rouw", label: "rouw EN verlies" },
        { key: "samen-eten-op-zondag", label: "Samen eten op zondag" },
      ],
    });
  });
  it("what it returns is what the settings read back", () => {
    const r = parseCategoriesText("Samen eten\nVervoer naar de dagbesteding", []);
    expect(r.ok).toBe(true);
    if (r.ok) expect(signalCategoriesOf({ signals: { categories: r.categories } })).toEqual(r.categories);
  });
  it("refuses, in Dutch: an empty list, a too short or too long line, only punctuation, two lines with one key, too many", () => {
    const msg = (t: string) => {
      const r = parseCategoriesText(t, DEFAULT_CATEGORIES);
      return r.ok ? null : r.message;
    };
    expect(msg(" \n \n")).toBe("Vul minstens één hulpvraag in, één per regel.");
    expect(msg("A")).toMatch(/2 tot 80 tekens/);
    expect(msg("x".repeat(81))).toMatch(/2 tot 80 tekens/);
    expect(msg("!!!")).toMatch(/Gebruik letters of cijfers/);
    expect(msg("Samen eten\nSamen-eten")).toMatch(/lijken te veel op elkaar/);
    expect(msg(Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => `Hulpvraag ${i}`).join("\n"))).toBe(
      `Geef hoogstens ${MAX_CATEGORIES} hulpvragen op.`,
    );
  });
});
