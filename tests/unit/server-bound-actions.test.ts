/**
 * A form posts without JavaScript only when its server action is bound on the server (decision 0023): the page binds
 * the gemeente and ids and hands the action to the client form as a prop. An action bound inside a client component
 * renders a form whose post without JavaScript is never answered (seen in Chromium: the partner form hung until the
 * page bound it; tests/e2e/forms-without-javascript.spec.ts). This test fails on a `…Action.bind(` in a client file
 * that is not in CLIENT_BOUND, and on an entry that is gone.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../support/source-files";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Client files that bind their action on purpose, each with why: a form that exists only with JavaScript gains nothing
 * from a server binding, and a page that bound it for every row would carry one bound action per row.
 */
const CLIENT_BOUND = [
  // The pipeline board's "Verplaatsen" disclosure mounts its move form only when opened, which needs JavaScript; bound by
  // the page, a board of 125 cards would carry 125 bound actions for a form that cannot post without JavaScript anyway
  // (the table view's move forms are bound by the page and post without it).
  "src/modules/engagement/components/card-move-form.tsx",
];

const BIND = /\b\w+Action\.bind\(/;

function clientFilesThatBind(): string[] {
  return sourceFiles(path.join(ROOT, "src"))
    .filter((f) => {
      const text = fs.readFileSync(f, "utf8");
      return /^\s*["']use client["']/.test(text) && BIND.test(text);
    })
    .map((f) => path.relative(ROOT, f).split(path.sep).join("/"))
    .sort();
}

describe("server actions are bound on the server, so forms post without JavaScript", () => {
  it("no client file binds an action, but the listed ones (each with its reason)", () => {
    expect(clientFilesThatBind()).toEqual([...CLIENT_BOUND].sort());
  });
  it("the check sees a binding", () => {
    expect(BIND.test("const action = createPartnerAction.bind(null, gemeenteSlug);")).toBe(true);
    expect(BIND.test("useActionForm({ action, fields })")).toBe(false);
  });
});
