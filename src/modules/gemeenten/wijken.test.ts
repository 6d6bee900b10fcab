import { describe, expect, it } from "vitest";
import { listedWijk, parseWijkenText, wijkenOf } from "./wijken";

describe("wijken", () => {
  it("reads the list from settings, trimmed and without duplicates", () => {
    expect(wijkenOf({ wijken: [" Noord ", "noord", "Oud-Zuid", 5, ""] })).toEqual(["Noord", "Oud-Zuid"]);
    expect(wijkenOf({})).toEqual([]);
    expect(wijkenOf(null)).toEqual([]);
  });
  it("matches case, accents and spaces, giving the list's spelling; anything else is not a wijk", () => {
    const list = ["Noord", "Bèrgen op Zoom-Oost"];
    expect(listedWijk(list, "  noord ")).toBe("Noord");
    expect(listedWijk(list, "bergen  op zoom-oost")).toBe("Bèrgen op Zoom-Oost");
    expect(listedWijk(list, '=HYPERLINK("http://x","klik")')).toBeNull();
    expect(listedWijk(list, "")).toBeNull();
  });
  it("parses one wijk per line", () => {
    expect(parseWijkenText("Noord\n\n Zuid \r\nnoord")).toEqual({ ok: true, wijken: ["Noord", "Zuid"] });
    expect(parseWijkenText("x".repeat(101)).ok).toBe(false);
  });
});
