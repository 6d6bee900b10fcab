/**
 * Evidence 7 — axe (WCAG 2.0/2.1 A + AA) on EVERY page route found on disk under src/app/**\/page.tsx,
 * for every demo role (and anonymously). [gemeente] is filled with the seed's "samenstad"; other
 * dynamic routes ([id] …) are skipped (no stable seed id). A page a role may not open renders the
 * refusal/404 page, which is checked too. Findings are written to test-results/evidence/a11y.json.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./support/fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const APP = path.resolve(import.meta.dirname, "../../src/app");

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    if (statSync(full).isDirectory()) return pages(full);
    return n === "page.tsx" ? ["/" + path.relative(APP, dir).split(path.sep).filter((s) => s && !/^\(.+\)$/.test(s)).join("/")] : [];
  });
}
const ROUTES = pages(APP)
  .map((r) => r.replace(/\[gemeente\]/g, "samenstad"))
  .filter((r) => !/\[.+\]/.test(r))
  .sort();
const PUBLIC = ROUTES.filter((r) => r === "/" || r.startsWith("/g/") || r.startsWith("/inloggen"));
const ROLES = ["ambtenaar", "regisseur", "loket", "welzijn", "eenzaamheid", "vrijwilliger", "ondernemer", "partner", "adviseur", "beheerder"] as const;

const findings: Record<string, { route: string; status: number | undefined; violations: { id: string; impact: string | null | undefined; nodes: string[] }[] }[]> = {};

async function axeAll(page: Page, who: string, routes: string[]) {
  const out = (findings[who] = [] as (typeof findings)[string]);
  for (const route of routes) {
    const res = await page.goto(route);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    out.push({
      route,
      status: res?.status(),
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })),
    });
  }
  return out.filter((r) => r.violations.length > 0 || (r.status ?? 0) >= 500);
}

test.afterAll(() => {
  const dir = path.resolve(import.meta.dirname, "../../test-results/evidence");
  mkdirSync(dir, { recursive: true });
  const checked = Object.values(findings).reduce((n, l) => n + l.length, 0);
  const failing = Object.entries(findings).flatMap(([who, l]) => l.filter((r) => r.violations.length > 0).map((r) => ({ who, ...r })));
  writeFileSync(path.join(dir, "a11y.json"), JSON.stringify({ routes: ROUTES, pageChecks: checked, pagesWithViolations: failing.length, failing, at: new Date().toISOString() }, null, 2));
});

test("discovers page routes", () => {
  expect(ROUTES.length).toBeGreaterThan(10);
});

test("anonymous: every public page has 0 axe violations", async ({ page }) => {
  test.setTimeout(180_000);
  expect(await axeAll(page, "anonymous", PUBLIC)).toEqual([]);
});

for (const role of ROLES) {
  test(`${role}: every page route has 0 axe violations`, async ({ page }) => {
    test.setTimeout(300_000);
    await loginAs(page, role as never);
    expect(await axeAll(page, role, ROUTES.filter((r) => !PUBLIC.includes(r)))).toEqual([]);
  });
}
