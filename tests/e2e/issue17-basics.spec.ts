/**
 * Issue 17, item 9 — basics:
 *  - every page has its own browser title: every src/app/**\/page.tsx is visited (seeded ids for
 *    [id] routes, as a role that may see it) and fails when the title is only "Samenkracht";
 *  - the main navigation fits one row at 1366 px; form control borders reach 3:1 against white;
 *  - the adviser's /landelijk has "Mijn account" and "Uitloggen";
 *  - /privacy, /toegankelijkheid and /.well-known/security.txt exist and are linked in the footer.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, loginAs, ownerQuery, test, type E2ERole } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

const APP = path.resolve(import.meta.dirname, "../../src/app");

/** Every page route, as its path pattern ("/app/[gemeente]/signalen/[id]"). */
function pageRoutes(dir = APP, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      const segment = /^\(.*\)$/.test(name) ? "" : `/${name}`; // route groups add no segment
      out.push(...pageRoutes(p, prefix + segment));
    } else if (name === "page.tsx") out.push(prefix || "/");
  }
  return out.sort();
}

/** Who may open a route: the role that sees the page itself (not a refusal). */
function roleFor(route: string): E2ERole | null {
  if (route.startsWith("/beheer")) return "beheerder";
  if (route.startsWith("/landelijk")) return "adviseur";
  if (route.startsWith("/app/[gemeente]/mijn-organisatie") || route === "/ondernemer" || route.startsWith("/ondernemer/"))
    return "ondernemer";
  if (route === "/app/[gemeente]/zorgen") return "partner";
  if (route.startsWith("/app") || route === "/account") return "regisseur";
  return null; // public
}

test("every page has its own browser title, not only the app name", async ({ browser }) => {
  test.setTimeout(300_000);
  const pages = new Map<string, Page>();
  async function pageAs(b: Browser, role: E2ERole | null): Promise<Page> {
    const key = role ?? "public";
    if (!pages.has(key)) {
      const p = await (await b.newContext()).newPage();
      if (role) await loginAs(p, role);
      pages.set(key, p);
    }
    return pages.get(key)!;
  }
  // A signal to open (the demo seed has none): a partner passes on a worry.
  const partner = await pageAs(browser, "partner");
  await partner.goto("/app/samenstad/zorgen");
  await partner.getByLabel("Wat is je opgevallen?").fill("Een deelnemer komt al een maand niet meer naar de inloop.");
  await partner.getByLabel("Of alleen de wijk", { exact: true }).fill("Noord");
  await partner.getByRole("button", { name: "Zorgen doorgeven" }).click();
  await expect(partner.getByRole("status")).toContainText("Je zorgen zijn doorgegeven");
  const signal = (
    await ownerQuery<{ id: string }>(
      `SELECT s.id FROM "Signal" s JOIN "Gemeente" g ON g.id = s."gemeenteId" WHERE g.slug = 'samenstad' LIMIT 1`,
    )
  ).rows[0];
  const vestiging = (
    await ownerQuery<{ id: string }>(
      `SELECT v.id FROM "Vestiging" v JOIN "Gemeente" g ON g.id = v."gemeenteId" WHERE g.slug = 'samenstad' LIMIT 1`,
    )
  ).rows[0];
  // Seeded values for the dynamic segments. A new [segment] fails below until it is added here.
  const params: Record<string, Record<string, string>> = {
    "/app/[gemeente]/signalen/[id]": { id: signal.id },
    "/app/[gemeente]/ondernemers/[id]": { id: vestiging.id },
    // Link pages answer an unknown token with their own titled page.
    "/g/[gemeente]/aanmelding/[token]": { token: "onbekend" },
    "/g/[gemeente]/uitnodiging/[token]": { token: "onbekend" },
  };
  const routes = pageRoutes();
  expect(routes.length).toBeGreaterThan(30);

  const bad: string[] = [];
  for (const route of routes) {
    let url = route.replaceAll("[gemeente]", "samenstad");
    for (const [name, value] of Object.entries(params[route] ?? {})) url = url.replace(`[${name}]`, value);
    if (/\[[^\]]+\]/.test(url)) {
      bad.push(`${route}: no seeded value for ${url.match(/\[[^\]]+\]/)![0]} (add it to params in this test)`);
      continue;
    }
    const page = await pageAs(browser, roleFor(route));
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(500);
    const title = (await page.title()).trim();
    if (!title || /^samenkracht$/i.test(title)) bad.push(`${route} (${page.url()}): title "${title}"`);
  }
  for (const p of pages.values()) await p.context().close();
  expect(bad).toEqual([]);
});

test("at 1366 px the main navigation fits one row", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/signalen");
  const tops = await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("listitem")
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).offsetTop));
  expect(tops.length).toBeGreaterThan(10);
  expect(new Set(tops).size).toBe(1);
  await context.close();
});

test("form control borders reach 3:1 against white on a staff form", async ({ page }) => {
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/signalen/nieuw");
  const ratios = await page
    .locator("main input:not([type=checkbox]):not([type=radio]):not([type=hidden]), main select, main textarea")
    .evaluateAll((els) => {
      const lum = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return els.map((el) => {
        const L = lum(getComputedStyle(el).borderTopColor);
        return { id: el.id, ratio: 1.05 / (L + 0.05) };
      });
    });
  expect(ratios.length).toBeGreaterThan(0);
  for (const r of ratios) expect(r.ratio, r.id).toBeGreaterThanOrEqual(3);
});

test("the adviser's /landelijk has Mijn account and Uitloggen", async ({ page }) => {
  await loginAs(page, "adviseur", { next: "/landelijk" });
  await page.goto("/landelijk");
  await expect(page.getByRole("link", { name: "Mijn account" })).toHaveAttribute("href", "/account");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.goto("/landelijk");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("privacy statement, accessibility statement and security.txt exist and are linked in the footer", async ({ page, request }) => {
  await page.goto("/g/samenstad");
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "Privacyverklaring" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page).toHaveTitle(/^Privacyverklaring · /);
  await expect(page.getByRole("heading", { level: 1, name: "Privacyverklaring" })).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
  await expect(page).toHaveURL(/\/toegankelijkheid$/);
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
  await expectAxeClean(page);

  const sec = await request.get("/.well-known/security.txt");
  expect(sec.status()).toBe(200);
  expect(sec.headers()["content-type"]).toContain("text/plain");
  const text = await sec.text();
  for (const field of ["Contact:", "Expires:", "Preferred-Languages:", "Canonical:"]) expect(text).toContain(field);
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain("Disallow: /app/");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Beveiligingsproblemen melden" })).toHaveAttribute(
    "href",
    "/.well-known/security.txt",
  );
});
