import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_GROUPS, actionsOf, describeAction } from "./kinds";
import { ZAuditFilter } from "./schemas";
import { sourceFiles } from "../../../tests/support/source-files";

describe("audit action texts", () => {
  it("every action the code writes has a plain Dutch text and a group", () => {
    const written = new Set<string>();
    for (const file of sourceFiles(path.resolve("src"))) {
      const text = fs.readFileSync(file, "utf8");
      if (!/recordAudit\(|recordPlatformAudit\(|appendSignalAudit/.test(text)) continue;
      for (const m of text.matchAll(/action:\s*(?:existing \? )?"([a-z][a-z._-]+)"(?:\s*:\s*"([a-z][a-z._-]+)")?/g)) {
        written.add(m[1]!);
        if (m[2]) written.add(m[2]);
      }
      for (const m of text.matchAll(/audit\(db, "([a-z][a-z._-]+)"/g)) written.add(m[1]!);
    }
    expect(written.size).toBeGreaterThan(20);
    const missing = [...written].filter((a) => !Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, a));
    expect(missing).toEqual([]);
  });

  it("an unknown action still gets a line, with its code", () => {
    expect(describeAction("iets.nieuws")).toEqual({ group: null, text: "Andere handeling (iets.nieuws)" });
    expect(describeAction("event.create").text).toBe("Heeft een bijeenkomst gepland");
  });

  it("every group has actions", () => {
    for (const g of Object.keys(AUDIT_GROUPS) as Array<keyof typeof AUDIT_GROUPS>) expect(actionsOf(g).length).toBeGreaterThan(0);
  });

  it("the filter refuses bad dates and pages in Dutch", () => {
    expect(ZAuditFilter.safeParse({ van: "5-11-2026" }).error?.issues[0]?.message).toBe("Vul bij 'van' een geldige datum in.");
    expect(ZAuditFilter.safeParse({ pagina: "0" }).error?.issues[0]?.message).toBe("Het paginanummer klopt niet.");
    expect(ZAuditFilter.parse({ van: "", soort: "" })).toEqual({
      pagina: 1,
      van: undefined,
      tot: undefined,
      persoon: undefined,
      soort: undefined,
    });
  });
});
