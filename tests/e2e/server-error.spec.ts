/**
 * A real server error never shows internals. The fault is real, not simulated in the app: for one
 * request the app's database role (samenkracht_app) loses SELECT on the one table the page or
 * endpoint reads, in this run's own database, so PostgreSQL answers "permission denied" and the
 * error travels through Prisma, the domain code and Next as it would in production. The grant is
 * restored right after, and the page works again.
 *
 * Asserts: status 500, the Dutch error page (src/app/error.tsx → ErrorView) with a retry and a way
 * home, no stack trace, no "Error:", no SQL or table name, no file paths — in the visible text and in
 * the raw HTML. The API answers a Dutch JSON error without any of that.
 */
import type { Page } from "@playwright/test";
import fs from "node:fs";
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { readState } from "./support/state";

/** Run `fn` while the app's role may not read `table` (this run's database only). */
async function withoutRead(table: string, fn: () => Promise<void>) {
  await ownerQuery(`REVOKE SELECT ON "${table}" FROM samenkracht_app`);
  try {
    await fn();
  } finally {
    await ownerQuery(`GRANT SELECT ON "${table}" TO samenkracht_app`);
  }
}

/**
 * What the server printed while `fn` ran: it must name the database's code (42501) and never its
 * message — messages can hold personal data (src/lib/log/error-line.ts; without the filter Next
 * prints the whole DriverAdapterError, "permission denied for table …" included).
 */
async function expectCodesOnlyInServerLog(fn: () => Promise<void>) {
  const file = readState().serverLog;
  const from = fs.statSync(file).size;
  await fn();
  let text = "";
  await expect.poll(() => (text = fs.readFileSync(file, "utf8").slice(from)), { timeout: 5_000 }).toContain('"code":"42501"');
  expect(text).not.toMatch(/permission denied/i);
  expect(text).not.toMatch(/originalMessage|\n\s+at \S+ \(/);
}

/**
 * What must never reach a person: stack frames, error class names, SQL, paths (node_modules, the
 * checkout, the build directory `.next/` — as a path: React's own inline streaming script reads
 * `c.nextSibling`, which is not a leak), the English framework text.
 */
const INTERNALS = [
  /\bError:/,
  /\n\s*at \S+ \(/,
  /\bat .*\.(ts|js|tsx):\d+/,
  /permission denied/i,
  /prisma/i,
  /node_modules/,
  /\/work\//,
  /[\\/]\.next[\\/]/,
  /\bSELECT\b/,
  /Server Components render/i,
];

async function expectDutchErrorPage(page: Page, html: string, table: string) {
  await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis" })).toBeVisible();
  await expect(page.getByText("Er ging iets mis aan onze kant. Probeer het opnieuw.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Probeer het opnieuw" })).toBeVisible();
  const visible = await page.locator("body").innerText();
  for (const pattern of INTERNALS) {
    expect(visible, `visible text matches ${pattern}`).not.toMatch(pattern);
    expect(html, `raw HTML matches ${pattern}`).not.toMatch(pattern);
  }
  expect(html).not.toContain(`"${table}"`);
}

test("a server error on a public page: status 500, the Dutch error page, no internals", async ({ page }) => {
  await expectCodesOnlyInServerLog(() =>
    withoutRead("Event", async () => {
      const res = await page.goto("/g/samenstad/agenda");
      expect(res?.status()).toBe(500);
      await expectDutchErrorPage(page, (await res?.text()) ?? "", "Event");
    }),
  );
  const again = await page.goto("/g/samenstad/agenda");
  expect(again?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Agenda: samen tegen eenzaamheid" })).toBeVisible();
});

test("a server error inside the app: status 500, the Dutch error page, no internals", async ({ page }) => {
  await loginAs(page, "regisseur");
  await expectCodesOnlyInServerLog(() =>
    withoutRead("Campaign", async () => {
      const res = await page.goto("/app/samenstad/campagnes");
      expect(res?.status()).toBe(500);
      await expectDutchErrorPage(page, (await res?.text()) ?? "", "Campaign");
    }),
  );
  await page.goto("/app/samenstad/campagnes");
  await expect(page.getByRole("heading", { level: 1, name: /^Campagnes \d{4}$/ })).toBeVisible();
});

test("an internal error in the API: status 500, a Dutch problem+json error, no stack or internals", async ({ request }) => {
  let status = 0;
  let text = "";
  await expectCodesOnlyInServerLog(() =>
    withoutRead("Vestiging", async () => {
      const res = await request.get("/api/v1/gemeenten/samenstad/register");
      status = res.status();
      text = await res.text();
      expect(res.headers()["content-type"]).toBe("application/problem+json");
    }),
  );
  expect(status).toBe(500);
  expect(JSON.parse(text)).toEqual({
    type: "/api/v1/docs#fout-internal",
    title: "Fout aan onze kant",
    status: 500,
    code: "INTERNAL",
    detail: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
  });
  for (const pattern of INTERNALS) expect(text).not.toMatch(pattern);
  const again = await request.get("/api/v1/gemeenten/samenstad/register");
  expect(again.status()).toBe(200);
});

test("an unknown gemeente on the public pages is the Dutch 404, not a server error", async ({ page }) => {
  for (const path of [
    "/g/bestaat-niet",
    "/g/bestaat-niet/agenda",
    "/g/bestaat-niet/aanbod",
    "/g/bestaat-niet/zorgen",
    "/g/bestaat-niet/zorgen/stand",
    "/g/bestaat-niet/help",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" }), path).toBeVisible();
  }
});
