import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAV_ITEMS, navFor, navHref } from "./nav";

const APP_DIR = path.resolve(import.meta.dirname, "../../app/app/[gemeente]");

describe("shell navigation table", () => {
  it("`available` matches whether the page exists (flip the flag when you add a page)", () => {
    for (const item of NAV_ITEMS) {
      const page = path.join(APP_DIR, item.segment, "page.tsx");
      expect({ key: item.key, available: item.available }).toEqual({ key: item.key, available: fs.existsSync(page) });
    }
  });

  it("filters by permission: the regisseur sees more than the ondernemer", () => {
    const all = { includeUnavailable: true };
    expect(navFor("REGISSEUR", all).map((i) => i.key)).toEqual([
      "overview",
      "engagement",
      "partners",
      "signals",
      "settings",
      "offer",
      "budget",
      "agenda",
      "campaigns",
      "dashboard",
      "plan",
      "klankbord",
      "people",
      "audit",
    ]);
    expect(navFor("ONDERNEMER", all).map((i) => i.key)).toEqual(["overview", "worries", "organisation", "agenda"]);
    expect(navFor("PARTNER", all).map((i) => i.key)).toEqual(["overview", "worries", "partners", "agenda"]);
    expect(navFor("LOKET", all).map((i) => i.key)).toEqual(["overview", "partners", "signals", "agenda"]);
    expect(navFor("PLATFORM_ADMIN", all).map((i) => i.key)).toEqual(["overview", "agenda", "people"]);
  });

  it("a role-bound page stays out of other roles' navigation, even with the permission", () => {
    // Staff have signals:create too (they file through Signalen), but "Zorgen doorgeven" is the reporter's page.
    expect(navFor("REGISSEUR", { includeUnavailable: true }).map((i) => i.key)).not.toContain("worries");
    expect(navFor("LOKET", { includeUnavailable: true }).map((i) => i.key)).not.toContain("worries");
  });

  it("fails closed for unknown roles", () => {
    expect(navFor("HACKER", { includeUnavailable: true })).toEqual([]);
    expect(navFor(undefined, { includeUnavailable: true })).toEqual([]);
  });

  it("hides pages that do not exist yet", () => {
    for (const item of navFor("REGISSEUR")) expect(item.available).toBe(true);
  });

  it("builds hrefs below the gemeente", () => {
    expect(navHref("samenstad", { segment: "" })).toBe("/app/samenstad");
    expect(navHref("samenstad", { segment: "partners" })).toBe("/app/samenstad/partners");
  });
});
