import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../support/source-files";

/**
 * The lint rule MODULE_WALLS (eslint.config.mjs) reads `@/modules/...` paths. A relative path can cross a wall
 * too ("../../signals/server/create-signal"); this test resolves every relative import under src/modules and
 * fails on one that lands in another module outside its public surface (index.ts or server/index.ts).
 */
const modulesDir = path.resolve(import.meta.dirname, "../../src/modules");
const IMPORT = /(?:import|export)\s[^;]*?\sfrom\s+"(\.{1,2}\/[^"]+)"|import\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g;

function moduleOf(file: string): string | undefined {
  const rel = path.relative(modulesDir, file);
  return rel.startsWith("..") ? undefined : rel.split(path.sep)[0];
}

function relativeBreaches(files: string[], read = (file: string) => fs.readFileSync(file, "utf8")): string[] {
  const breaches: string[] = [];
  for (const file of files) {
    const own = moduleOf(file);
    for (const m of read(file).matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      const target = path.resolve(path.dirname(file), spec);
      const other = moduleOf(target);
      if (!other || other === own) continue;
      const inside = path.relative(path.join(modulesDir, other), target).split(path.sep).join("/");
      if (inside !== "" && inside !== "index" && inside !== "server" && inside !== "server/index") {
        breaches.push(`${path.relative(modulesDir, file)} → ${spec}`);
      }
    }
  }
  return breaches;
}

describe("module walls: relative imports", () => {
  it("no module reaches into another module by a relative path", () => {
    expect(relativeBreaches(sourceFiles(modulesDir, { tests: true }))).toEqual([]);
  });

  it("finds such a path when one is there", () => {
    const file = path.join(modulesDir, "offer", "server", "fixture.ts");
    const text =
      'import { createSignal } from "../../signals/server/create-signal";\nimport { STATUS_LABELS } from "../../signals";\n' +
      'import { listSignals } from "../../signals/server";\nimport { listOffers } from "./offers";\n';
    expect(relativeBreaches([file], () => text)).toEqual(["offer/server/fixture.ts → ../../signals/server/create-signal"]);
  });
});
