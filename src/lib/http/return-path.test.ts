import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnPath("/app/samenstad")).toBe("/app/samenstad");
    expect(safeReturnPath("/app/samenstad/signalen?status=open#lijst")).toBe("/app/samenstad/signalen?status=open#lijst");
    expect(safeReturnPath("/ondernemer")).toBe("/ondernemer");
  });

  it("refuses every way to another site, as the browser would read it", () => {
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "/\\\\evil.example",
      "/\t/evil.example", // the browser drops the tab: //evil.example
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/.//evil.example", // normalises to the path //evil.example
      "/a/..//evil.example",
      "\\/evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      " /app",
      "",
      undefined,
      null,
      42,
    ])
      expect(safeReturnPath(bad), JSON.stringify(bad)).toBe("/app");
  });

  it("the browser agrees: what we return resolves on our own origin", () => {
    for (const v of ["/app", "/a/../b", "/%2F%2Fevil.example", "/.//evil.example"]) {
      const back = safeReturnPath(v);
      expect(new URL(back, "https://gemeente.example").origin).toBe("https://gemeente.example");
    }
  });
});
