/**
 * A client component imports only the catalogue section it reads (nl-<section>.ts), never the whole
 * catalogue (nl.ts): the error boundary alone put every section in every page's first-load JavaScript
 * (+9 KB gzip per copy, two copies; first-load-weight.spec.ts counts the bytes).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoFiles } from "../../tests/support/source-files";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** A value import of the whole catalogue; `import type { Messages }` is erased by the compiler and may stay. */
const WHOLE_CATALOGUE = /^import\s+(?!type\s)[^;]*?from\s+["'](@\/i18n\/(?:nl|en|messages)|@\/i18n|\.{1,2}\/(?:\.\.\/)*i18n\/nl)["']/m;

describe("client components and the catalogue", () => {
  it("no 'use client' file imports the whole catalogue", () => {
    const clients = repoFiles("src").filter((f) => /^\s*["']use client["']/.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(clients.length).toBeGreaterThan(10);
    expect(clients.filter((f) => WHOLE_CATALOGUE.test(fs.readFileSync(path.join(ROOT, f), "utf8")))).toEqual([]);
  });
  it("the check sees such an import", () => {
    expect(WHOLE_CATALOGUE.test('import { nl } from "@/i18n/nl";')).toBe(true);
    expect(WHOLE_CATALOGUE.test('import { errors } from "@/i18n/nl-errors";')).toBe(false);
    expect(WHOLE_CATALOGUE.test('import { messagesFor } from "@/i18n/messages";')).toBe(true);
    expect(WHOLE_CATALOGUE.test('import type { Messages } from "@/i18n/messages";')).toBe(false);
  });
});
