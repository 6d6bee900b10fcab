import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { settingsObject } from "./settings";
import { sourceFiles } from "../../../tests/support/source-files";

const SRC = path.resolve(__dirname, "../..");
const WRITER = "modules/gemeenten/server/settings.ts";

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
