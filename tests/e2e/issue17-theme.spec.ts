/**
 * Issue 17, item 8 — each gemeente in its own house style: the tokens become CSS custom properties
 * from a per-gemeente stylesheet (no inline styles, no CSP violation), on the public and the staff
 * pages; the regisseur edits them, a colour under 4.5:1 is refused in Dutch and nothing changes.
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";
import type { Page } from "@playwright/test";
import { pngOf } from "../support/png";

const brand = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--color-brand").trim());

test("two seeded gemeenten, two themes, on public pages, without CSP violations", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.goto("/g/oosterwaard");
  await expect.poll(() => brand(page)).toBe("#154273");
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toMatch(/Verdana/);
  await expectAxeClean(page);

  await page.goto("/g/samenstad");
  await expect.poll(() => brand(page)).toBe("#0b5d57");
  await expectAxeClean(page);
  expect(violations).toEqual([]);

  const css = await request.get("/thema/oosterwaard/stijl.css");
  expect(css.status()).toBe(200);
  expect(css.headers()["content-type"]).toContain("text/css");
  expect(await css.text()).toContain("--color-brand: #154273;");
  expect((await request.get("/thema/bestaat-niet/stijl.css")).status()).toBe(404);
});

test("the regisseur edits the house style; under 4.5:1 is refused in Dutch", async ({ page }) => {
  const before = (await ownerQuery<{ settings: Record<string, unknown> }>(`SELECT settings FROM "Gemeente" WHERE slug = 'samenstad'`))
    .rows[0].settings;
  try {
    await loginAs(page, "regisseur", { next: "/app/samenstad" });
    await page.goto("/app/samenstad");
    await page.getByRole("link", { name: "Huisstijl van Samenstad instellen" }).click();
    await expect(page).toHaveTitle(/^Huisstijl · /);
    await expectAxeClean(page);

    await page.getByLabel("Hoofdkleur").fill("#7fd1c7");
    await page.getByRole("button", { name: "Huisstijl opslaan" }).click();
    await expect(page.getByText(/Te weinig contrast: witte tekst op de hoofdkleur is \d,\d\d : 1/)).toBeVisible();
    await expect(page.getByLabel("Hoofdkleur")).toBeFocused();
    const unchanged = (await ownerQuery<{ settings: Record<string, unknown> }>(`SELECT settings FROM "Gemeente" WHERE slug = 'samenstad'`))
      .rows[0].settings;
    expect(unchanged.theme).toEqual(before.theme);
    await expectAxeClean(page);

    await page.getByLabel("Hoofdkleur").fill("#5b2a86");
    await page.getByRole("button", { name: "Huisstijl opslaan" }).click();
    await expect(page.getByText("De huisstijl is opgeslagen.")).toBeVisible();
    await page.reload();
    await expect.poll(() => brand(page)).toBe("#5b2a86");
    // The staff pages carry the same theme.
    await page.goto("/app/samenstad/signalen");
    await expect.poll(() => brand(page)).toBe("#5b2a86");
  } finally {
    await ownerQuery(`UPDATE "Gemeente" SET settings = $1 WHERE slug = 'samenstad'`, [JSON.stringify(before)]);
  }
});

test("the regisseur uploads the gemeente's logo: it shows on the public and staff pages from our own origin; an SVG is refused", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  // A real 160×48 PNG, and a script-carrying SVG sent as logo.png.
  const png = pngOf(160, 48);
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>`);
  try {
    await loginAs(page, "regisseur", { next: "/app/samenstad/huisstijl" });
    await page.goto("/app/samenstad/huisstijl");
    await expect(page.getByText("Er is nog geen logo.")).toBeVisible();

    await page.getByLabel("Logo kiezen").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: svg });
    await page.getByRole("button", { name: "Logo opslaan" }).click();
    await expect(page.getByText(/Een SVG nemen we niet/)).toBeVisible();
    await expect(page.getByLabel("Logo kiezen")).toBeFocused();
    expect(
      (await ownerQuery(`SELECT 1 FROM "GemeenteLogo" l JOIN "Gemeente" g ON g.id = l."gemeenteId" WHERE g.slug = 'samenstad'`)).rowCount,
    ).toBe(0);

    await page.getByLabel("Logo kiezen").setInputFiles({ name: "samenstad.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "Logo opslaan" }).click();
    await expect(page.getByText("Het logo is opgeslagen.")).toBeVisible();
    const staffLogo = page.getByRole("banner").getByRole("img", { name: "Logo van Samenstad" });
    await expect(staffLogo).toBeVisible();
    await expect.poll(() => staffLogo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
    await expectAxeClean(page);

    await page.goto("/g/samenstad");
    const publicLogo = page.getByRole("img", { name: "Logo van Samenstad" });
    await expect(publicLogo).toBeVisible();
    await expect.poll(() => publicLogo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
    expect(await publicLogo.getAttribute("src")).toMatch(/^\/thema\/samenstad\/logo\?v=[0-9a-f]{64}$/);
    await expectAxeClean(page);
    // Oosterwaard has no logo and shows none.
    await page.goto("/g/oosterwaard");
    await expect(page.getByRole("img", { name: /^Logo van/ })).toHaveCount(0);

    await page.goto("/app/samenstad/huisstijl");
    await page.getByRole("button", { name: "Logo weghalen" }).click();
    await expect(page.getByText("Het logo is weggehaald.")).toBeVisible();
    await page.goto("/g/samenstad");
    await expect(page.getByRole("img", { name: /^Logo van/ })).toHaveCount(0);
    expect(violations).toEqual([]);
  } finally {
    await ownerQuery(`DELETE FROM "GemeenteLogo" WHERE "gemeenteId" = (SELECT id FROM "Gemeente" WHERE slug = 'samenstad')`);
  }
});
