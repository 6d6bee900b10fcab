/**
 * A form posts without JavaScript only when its server action is bound on the server (decision 0023): the page binds
 * the gemeente and ids and hands the action to the client form as a prop. An action bound inside a client component
 * renders a form whose post without JavaScript is never answered (seen in Chromium: the partner form hung until the
 * page bound it; tests/e2e/forms-without-javascript.spec.ts). This test fails on a `…Action.bind(` in a client file
 * that is not in CLIENT_BOUND, and on an entry that is gone: the list may only shrink.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../support/source-files";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Client files that still bind their actions (they post only with JavaScript); move the binding to the page. */
const CLIENT_BOUND = [
  "src/modules/api-keys/components/api-key-form.tsx",
  "src/modules/campaigns/components/campaign-form.tsx",
  "src/modules/coalition/components/klankbord-forms.tsx",
  "src/modules/coalition/components/placement-form.tsx",
  "src/modules/engagement/components/card-move-form.tsx",
  "src/modules/engagement/components/matrix-table.tsx",
  "src/modules/engagement/components/next-actions.tsx",
  "src/modules/engagement/components/template-mail-form.tsx",
  "src/modules/events/components/event-form.tsx",
  "src/modules/events/components/manage-event.tsx",
  "src/modules/identity/components/identity-provider-form.tsx",
  "src/modules/offer/components/offer-form.tsx",
  "src/modules/plan/components/budget-actual-form.tsx",
  "src/modules/plan/components/plan-forms.tsx",
  "src/modules/users/components/role-form-client.tsx",
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
  it("no client file binds an action, but the listed ones (which may only shrink)", () => {
    expect(clientFilesThatBind()).toEqual([...CLIENT_BOUND].sort());
  });
  it("the check sees a binding", () => {
    expect(BIND.test("const action = createPartnerAction.bind(null, gemeenteSlug);")).toBe(true);
    expect(BIND.test("useActionForm({ action, fields })")).toBe(false);
  });
});
