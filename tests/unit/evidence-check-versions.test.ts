import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkVersions, compareVersions } from "../../scripts/check-versions";

describe("check-versions", () => {
  it("compares versions numerically, pre-releases before releases", () => {
    expect(compareVersions("16.0.10", "16.0.7")).toBe(1);
    expect(compareVersions("16.0.6", "16.0.7")).toBe(-1);
    expect(compareVersions("19.2.1", "19.2.1")).toBe(0);
    expect(compareVersions("16.0.7-canary.1", "16.0.7")).toBe(-1);
    expect(compareVersions("4.24.11", "4.24.12")).toBe(-1);
  });

  it("the installed next, react, react-dom and next-auth meet the minimums", () => {
    const results = checkVersions();
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.map((r) => r.pkg).sort()).toEqual(["next", "next-auth", "react", "react-dom"]);
  });

  it("fails for a vulnerable install", () => {
    const root = mkdtempSync(path.join(tmpdir(), "versions-"));
    for (const [pkg, version] of Object.entries({ next: "15.2.2", react: "19.2.0", "react-dom": "19.2.1", "next-auth": "4.24.11" })) {
      mkdirSync(path.join(root, "node_modules", pkg), { recursive: true });
      writeFileSync(path.join(root, "node_modules", pkg, "package.json"), JSON.stringify({ name: pkg, version }));
    }
    expect(
      checkVersions(root)
        .filter((r) => !r.ok)
        .map((r) => r.pkg),
    ).toEqual(["next", "react", "next-auth"]);
  });
});
