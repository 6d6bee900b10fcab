import { describe, expect, it } from "vitest";
import { formatEuro } from "./money";

const plain = (s: string) => s.replace(/\u00a0/g, " ");

describe("formatEuro", () => {
  it("shows cents with two decimals and whole euros without", () => {
    expect(plain(formatEuro(125_050))).toBe("€ 1.250,50");
    expect(plain(formatEuro(125_005))).toBe("€ 1.250,05");
    expect(plain(formatEuro(125_000))).toBe("€ 1.250");
    expect(plain(formatEuro(12))).toBe("€ 0,12");
    expect(plain(formatEuro(-5_050))).toBe("€ -50,50");
  });
});
