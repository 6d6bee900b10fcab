/**
 * Personal data never in a URL (issue 14, item 8). With JavaScript DISABLED (before hydration, or a
 * browser without it) every form that can carry personal data is filled with unique values and
 * submitted; no requested URL may contain any of them (they would land in the address bar, the
 * history and every access log). The ondernemer's worry form also still works without JavaScript:
 * it posts to its server action.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";

type Target = { path: string; as?: "ondernemer" };
const TARGETS: Target[] = [
  { path: "/g/samenstad/zorgen" },
  { path: "/inloggen" },
  { path: "/ondernemer/aanmelden" },
  { path: "/app/samenstad/mijn-organisatie/zorgen", as: "ondernemer" },
  { path: "/app/samenstad/mijn-organisatie", as: "ondernemer" },
  { path: "/ondernemer", as: "ondernemer" },
];

let ondernemerState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;

async function noScriptPage(browser: Browser, as?: "ondernemer"): Promise<{ page: Page; urls: string[]; close: () => Promise<void> }> {
  if (as && !ondernemerState) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await loginAs(p, "ondernemer");
    ondernemerState = await ctx.storageState();
    await ctx.close();
  }
  const context = await browser.newContext({ javaScriptEnabled: false, ...(as ? { storageState: ondernemerState } : {}) });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return { page, urls, close: () => context.close() };
}

/** Fill every visible text field of form `index` with a marker; returns the markers. */
async function fillForm(page: Page, index: number, stamp: string): Promise<string[]> {
  const form = page.locator("form").nth(index);
  const fields = form.locator(
    "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=file]), textarea",
  );
  const markers: string[] = [];
  for (let j = 0; j < (await fields.count()); j++) {
    const f = fields.nth(j);
    if (!(await f.isVisible()) || !(await f.isEditable())) continue;
    const type = (await f.getAttribute("type")) ?? "text";
    const marker =
      type === "email"
        ? `geheim${stamp}x${index}y${j}@voorbeeld.test`
        : type === "number"
          ? ""
          : type === "password"
            ? `Wachtwoord${stamp}x${j}`
            : `Geheim${stamp}x${index}y${j}`;
    if (!marker) continue;
    await f.fill(marker);
    markers.push(marker, encodeURIComponent(marker));
  }
  return markers;
}

for (const target of TARGETS) {
  test(`no field of any form on ${target.path} ends up in a URL without JavaScript`, async ({ browser }) => {
    test.setTimeout(90_000);
    await ownerQuery(`DELETE FROM "SignalRateLimit"`);
    const { page, urls, close } = await noScriptPage(browser, target.as);
    try {
      await page.goto(target.path);
      const forms = await page.locator("form").count();
      let submitted = 0;
      for (let i = 0; i < forms; i++) {
        await page.goto(target.path);
        const form = page.locator("form").nth(i);
        if ((await form.getAttribute("method"))?.toLowerCase() === "get") continue; // search/filter forms carry no personal data
        const stamp = `${Date.now()}`;
        const markers = await fillForm(page, i, stamp);
        const submit = form.locator("button[type=submit], button:not([type]), input[type=submit]").first();
        if (!markers.length || !(await submit.count()) || !(await submit.isVisible())) continue;
        urls.length = 0;
        await Promise.all([page.waitForResponse((r) => r.request().method() === "POST", { timeout: 30_000 }), submit.click()]);
        await page.waitForLoadState("load");
        submitted++;
        for (const url of urls) for (const m of markers) expect(url, `form ${i} on ${target.path}`).not.toContain(m);
        expect(new URL(page.url()).search).not.toMatch(/Geheim|geheim|Wachtwoord/);
      }
      expect(submitted, `forms submitted on ${target.path}`).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
}

test("the ondernemer's worry form works without JavaScript and keeps the worry out of every URL", async ({ browser }) => {
  test.setTimeout(90_000);
  const { page, urls, close } = await noScriptPage(browser, "ondernemer");
  try {
    const stamp = Date.now();
    const situation = `Mevrouw Geheimsma ${stamp} komt al weken niet meer, sinds haar man overleed.`;
    await page.goto("/app/samenstad/mijn-organisatie/zorgen");
    await page.getByLabel("Wat is je opgevallen?").fill(situation);
    await page.getByLabel("Naam van de klant (als je die weet)").fill(`Geheimsma ${stamp}`);
    await page.getByLabel("Of alleen de wijk", { exact: true }).fill("Centrum");
    urls.length = 0;
    await page.getByRole("button", { name: "Zorgen doorgeven" }).click();
    await expect(page.getByText(/Je zorgen zijn doorgegeven/)).toBeVisible();
    for (const url of urls) {
      expect(url).not.toContain(`${stamp}`);
      expect(url).not.toContain("Geheimsma");
    }
    const rows = await ownerQuery(
      `SELECT id FROM "Signal" WHERE source = 'ONDERNEMER' AND wijk = 'Centrum' AND "createdAt" > now() - interval '2 minutes'`,
    );
    expect(rows.rowCount).toBeGreaterThanOrEqual(1);
  } finally {
    await close();
  }
});
