import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compareByNameKey, hasVisibleLetterOrDigit, indexLetter, INVISIBLE_NAME_MESSAGE, visibleName } from "./names";

describe("a public name needs a visible letter or digit", () => {
  it.each([
    ["\u200B\u200B", false],
    ["\u2060\uFEFF\u200D", false],
    ["...", false],
    ["★ ★", false],
    ["\u3164", false],
    ["😀", false],
    ["\u0301\u0301", false],
    ["   ", false],
    ["...Aap", true],
    ["'t Hoekje", true],
    ["3", true],
    ["金龙", true],
    ["Ελιά", true],
  ])("%j → %s", (name, ok) => expect(hasVisibleLetterOrDigit(name)).toBe(ok));

  it("visibleName refuses with the Dutch message and lets empty optional values through", () => {
    const s = visibleName(z.string().trim().optional());
    expect(s.safeParse("\u200B").error?.issues[0].message).toBe(INVISIBLE_NAME_MESSAGE);
    expect(s.safeParse(undefined).success).toBe(true);
    expect(s.safeParse("Bakker").success).toBe(true);
  });
});

describe("ordering on the sort key", () => {
  it("compares keys in nl collation, then names", () => {
    const rows = [
      { key: "zwaan", name: '"Zwaan' },
      { key: "emile", name: "Émile" },
      { key: "aap", name: "...Aap" },
      { key: "eva", name: "Eva" },
    ];
    expect(rows.sort(compareByNameKey).map((r) => r.name)).toEqual(["...Aap", "Émile", "Eva", '"Zwaan']);
    expect(indexLetter("emile")).toBe("E");
    expect(indexLetter("3d")).toBe("#");
  });
});
