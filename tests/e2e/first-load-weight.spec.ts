/**
 * docs/decisions/0011-client-form-weight.md: zod and react-hook-form are not in the first-load
 * JavaScript of the pages whose first screen has a form (login, registry, pipeline, mijn
 * organisatie). First-load = the chunks in the page HTML's <script src> tags (what
 * bench/page-weight.ts measures). The markers are strings the minifier keeps: zod's class names
 * ("$ZodType") and a react-hook-form option name. The last test proves the markers find zod in a
 * real chunk of this build: the login schema arrives on demand when a field gets focus.
 */
import zlib from "node:zlib";
import type { APIRequestContext, Page } from "@playwright/test";
import { MAIN_PAGES } from "../../bench/quality-server";
import type { E2ERole } from "./support/accounts";
import { expect, loginAs, test } from "./support/fixtures";

/** docs/performance.md: every main page's first-load JavaScript stays within 180 KB gzip. */
const BUDGET_BYTES = 180 * 1024;
const MARKERS = { zod: "$ZodType", "react-hook-form": "shouldUseNativeValidation", "next-auth/react": "__NEXTAUTH" } as const;

async function firstLoadScripts(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const html = await res.text();
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
  expect(srcs.length, `${path} loads scripts`).toBeGreaterThan(3);
  const out: Record<string, string> = {};
  for (const src of srcs) out[src] = await (await request.get(src)).text();
  return out;
}

function libsIn(scripts: Record<string, string>, libs: (keyof typeof MARKERS)[]) {
  return Object.entries(scripts).flatMap(([src, body]) =>
    libs.filter((lib) => body.includes(MARKERS[lib])).map((lib) => `${lib} in ${src}`),
  );
}

async function check(page: Page, paths: string[], libs: (keyof typeof MARKERS)[]) {
  for (const path of paths) expect(libsIn(await firstLoadScripts(page.request, path), libs), path).toEqual([]);
}

/**
 * The budget on the bytes, not only on library names: every main page (the list npm run bench:pages
 * measures), as its role, summed over the chunks of its <script src> tags, each gzipped at level 9
 * as the benchmark and Next's build output do. A page over the budget fails with its size.
 */
test("every main page's first-load JavaScript is within 180 KB gzip", async ({ browser }) => {
  test.setTimeout(120_000);
  const sizes = new Map<string, number>();
  const over: string[] = [];
  const measured: string[] = [];
  const byRole = new Map<string | null, typeof MAIN_PAGES>();
  for (const p of MAIN_PAGES) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p]);
  for (const [role, pages] of byRole) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (role) await loginAs(page, role as E2ERole);
    for (const p of pages) {
      const scripts = await firstLoadScripts(page.request, p.path);
      let bytes = 0;
      for (const [src, body] of Object.entries(scripts)) {
        if (!sizes.has(src)) sizes.set(src, zlib.gzipSync(Buffer.from(body), { level: 9 }).length);
        bytes += sizes.get(src)!;
      }
      measured.push(`${p.path} (${role ?? "anoniem"}): ${bytes}`);
      if (bytes > BUDGET_BYTES) over.push(`${p.path} (${role ?? "anoniem"}): ${bytes} bytes, ${bytes - BUDGET_BYTES} over ${BUDGET_BYTES}`);
    }
    await context.close();
  }
  // The figures, for docs/performance.md's page-weight section (the benchmark npm run bench:pages writes them too).
  console.log(`first-load bytes (gzip 9):\n  ${measured.join("\n  ")}`);
  expect(over).toEqual([]);
});

test("the login page loads neither zod, react-hook-form nor next-auth/react up front", async ({ page }) => {
  await check(page, ["/inloggen"], ["zod", "react-hook-form", "next-auth/react"]);
});

test("registry, pipeline (board and table) load neither zod nor react-hook-form up front", async ({ page }) => {
  await loginAs(page, "ambtenaar");
  await check(
    page,
    ["/app/samenstad/ondernemers", "/app/samenstad/ondernemers/pijplijn", "/app/samenstad/ondernemers/pijplijn?weergave=tabel"],
    ["zod", "react-hook-form"],
  );
});

test("mijn organisatie loads neither zod nor react-hook-form up front", async ({ page }) => {
  await loginAs(page, "ondernemer");
  await check(page, ["/app/samenstad/mijn-organisatie"], ["zod", "react-hook-form"]);
});

test("the markers find zod in this build: the login schema is loaded when a field gets focus", async ({ page }) => {
  await page.goto("/inloggen");
  const form = page.getByRole("region", { name: "Inloggen met wachtwoord" });
  await expect(form.getByLabel("E-mailadres")).toBeVisible();
  await page.waitForLoadState("networkidle");
  const bodies: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith(".js")) bodies.push(r.text().catch(() => ""));
  });
  await form.getByLabel("E-mailadres").focus();
  await expect.poll(async () => (await Promise.all(bodies)).some((b) => b.includes(MARKERS.zod)), { timeout: 10_000 }).toBe(true);
  // And the messages are still the schema's: an empty submit names both fields.
  await form.getByRole("button", { name: "Inloggen" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Nog niet gelukt. Kijk dit na:" }).first();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Vul je e-mailadres in.");
  await expect(summary).toContainText("Vul je wachtwoord in.");
  await expect(form.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
});

test("the registry does not prefetch every row's detail page (each would cost a request and main-thread work on load)", async ({
  page,
}) => {
  await loginAs(page, "ambtenaar");
  const detail = /\/app\/samenstad\/ondernemers\/[0-9a-f-]{36}(\?|$)/;
  const prefetched: string[] = [];
  page.on("request", (r) => {
    if (detail.test(r.url())) prefetched.push(r.url());
  });
  await page.goto("/app/samenstad/ondernemers");
  const rows = page.getByRole("table").first().getByRole("rowheader").getByRole("link");
  expect(await rows.count()).toBeGreaterThan(3);
  // Bring every row into view (Next prefetches links when they become visible), then let the network settle.
  for (const link of await rows.all()) await link.scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  expect(prefetched).toEqual([]);
  // The links still work: a click opens the detail page.
  await rows.first().click();
  await expect(page).toHaveURL(detail);
});
