/**
 * The nonce-based Content-Security-Policy (src/proxy.ts, docs/decisions/0010-csp-nonces.md) in a
 * real Chromium: the main pages load, hydrate and work with ZERO CSP violations, and the policy
 * allows no inline script or style without the per-request nonce.
 *
 * Violations are caught twice: the browser's `securitypolicyviolation` event (recorded from the
 * first script on the page) and Chromium's console message ("Refused to …", "Content Security Policy").
 */
import type { Page } from "@playwright/test";
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";

const PUBLIC_PAGES = [
  "/",
  "/inloggen",
  "/g/samenstad",
  "/g/samenstad/partners",
  "/g/samenstad/zorgen",
  "/g/samenstad/agenda",
  "/g/samenstad/aanbod",
];
const REGISSEUR_PAGES = [
  "/app/samenstad",
  "/app/samenstad/partners",
  "/app/samenstad/ondernemers",
  "/app/samenstad/dashboard",
  "/app/samenstad/signalen",
  "/app/samenstad/agenda",
  "/app/samenstad/plan",
  "/app/samenstad/budget",
  "/account",
];

type Watch = { violations: string[] };

async function watch(page: Page): Promise<Watch> {
  const w: Watch = { violations: [] };
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener("securitypolicyviolation", (e) =>
      list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on("console", (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(text)) w.violations.push(`console: ${text.slice(0, 200)}`);
  });
  return w;
}

async function visit(page: Page, w: Watch, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(400);
  const csp = res!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, `${path}: a nonce in the CSP`).toBeTruthy();
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  // Hydrated: Next's inline bootstrap ran (it is blocked without the nonce) and the client router is up.
  await page.waitForLoadState("networkidle");
  expect(
    await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f)),
    `${path}: inline bootstrap ran`,
  ).toBe(true);
  // Every inline script carries this response's nonce (the DOM hides it from getAttribute: read the property).
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => s.nonce));
  expect(inline.length).toBeGreaterThan(0);
  for (const n of inline) expect(n, `${path}: inline script has the nonce`).toBe(nonce);
  const fromEvent = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  w.violations.push(...fromEvent.map((v) => `${path}: ${v}`));
  // A fresh nonce per response.
  const again = await page.request.get(path);
  expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"] ?? "")?.[1]).not.toBe(nonce);
}

test("public pages: nonce CSP, hydrated, zero violations", async ({ page }) => {
  const w = await watch(page);
  for (const path of PUBLIC_PAGES) await visit(page, w, path);
  expect(w.violations).toEqual([]);
});

test("logged-in pages and a form: zero violations, the form still works", async ({ page }) => {
  test.setTimeout(90_000);
  const w = await watch(page);
  await loginAs(page, "regisseur");
  for (const path of REGISSEUR_PAGES) await visit(page, w, path);

  // A server-action form under the CSP (client-side submit through React).
  await page.goto("/app/samenstad/partners");
  const name = `CSP Buurthuis ${Date.now()}`;
  const form = page.getByRole("form", { name: "Partner toevoegen" });
  await form.getByLabel("Naam van de organisatie").fill(name);
  await form.getByLabel("Soort partner").selectOption({ label: "Cultuur" });
  await form.getByRole("button").click();
  await expect
    .poll(async () => (await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE name = $1`, [name])).rows[0].n)
    .toBe(1);
  // Client-side navigation (the app's chunks load under 'strict-dynamic').
  await page.getByRole("link", { name: "Dashboard" }).first().click();
  await expect(page).toHaveURL(/\/dashboard/);
  const fromEvent = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect([...w.violations, ...fromEvent]).toEqual([]);
});
