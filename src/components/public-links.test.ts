import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_LINKS, publicHref } from "./public-links";

const DIR = path.resolve(import.meta.dirname, "../app/g/[gemeente]");

describe("public gemeente links", () => {
  it("`available` matches whether the page exists (flip the flag when you add a page)", () => {
    for (const link of PUBLIC_LINKS) {
      const exists = fs.existsSync(path.join(DIR, link.segment, "page.tsx"));
      expect({ key: link.key, available: link.available }).toEqual({ key: link.key, available: exists });
    }
  });
  it("builds hrefs below the public gemeente page", () => {
    expect(publicHref("samenstad", { segment: "partners" })).toBe("/g/samenstad/partners");
  });
});
