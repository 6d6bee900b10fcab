/**
 * WCAG 1.4.11 (non-text contrast): the border of a form control must reach 3:1 against white. The
 * control colour is the `field` token of src/app/globals.css; every input, select and textarea (and
 * every shared inputClass) uses it — `border-line` is for dividers and cards only (1.6:1).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contrast } from "@/modules/gemeenten/theme";
import { sourceFiles } from "../support/source-files";

const ROOT = path.resolve(import.meta.dirname, "../..");
const css = readFileSync(path.join(ROOT, "src/app/globals.css"), "utf8");
const token = (name: string) => /#[0-9a-f]{6}/i.exec(new RegExp(`--color-${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1] ?? "")?.[0] ?? "";

const tsxFiles = (dir: string) => sourceFiles(dir, { tests: true }).filter((f) => f.endsWith(".tsx"));

describe("form control borders", () => {
  it("the field colour has at least 3:1 against white; the decorative line colour does not (so it must not be used on controls)", () => {
    expect(contrast(token("field"), "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast(token("line"), "#ffffff")).toBeLessThan(3);
  });

  it("no input, select or textarea (nor an input class) has a border in the decorative line colour", () => {
    const offenders: string[] = [];
    for (const file of tsxFiles(path.join(ROOT, "src"))) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        const control = /<(input|select|textarea)\b/.test(line) || /(input|field)Class\s*=|const input\s*=/.test(line);
        if (control && /\bborder-line\b/.test(line) && !/hover:border-line/.test(line))
          offenders.push(`${path.relative(ROOT, file)}:${i + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
