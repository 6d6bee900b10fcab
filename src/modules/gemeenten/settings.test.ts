import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { settingsObject } from "./settings";

const SRC = path.resolve(__dirname, "../..");
const WRITER = "modules/gemeenten/server/settings.ts";

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "generated") sourceFiles(full, out);
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(full);
  }
  return out;
}

describe("Gemeente.settings", () => {
  it("reads a stored object as it is and anything else as empty", () => {
    expect(settingsObject({ wijken: ["Noord"] })).toEqual({ wijken: ["Noord"] });
    for (const v of [null, undefined, "tekst", 3, ["a"]]) expect(settingsObject(v)).toEqual({});
  });

  it("has one writer: no other source file updates a Gemeente row", () => {
    const writes = /\bgemeente\.(update|updateMany|upsert)\s*\(|UPDATE\s+"Gemeente"/;
    const offenders = sourceFiles(SRC)
      .map((f) => path.relative(SRC, f))
      .filter((rel) => rel !== WRITER && writes.test(fs.readFileSync(path.join(SRC, rel), "utf8")));
    expect(offenders).toEqual([]);
    expect(writes.test(fs.readFileSync(path.join(SRC, WRITER), "utf8"))).toBe(true);
  });
});
