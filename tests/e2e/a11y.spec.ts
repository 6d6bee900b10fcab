/** WCAG 2.1 AA: axe finds no violations on the main pages. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { axeViolations, settle, WCAG_TAGS } from "./support/axe";

async function axe(page: Page) {
  await settle(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  return summary;
}

for (const path of ["/", "/g/samenstad", "/inloggen", "/bestaat-niet"]) {
  test(`axe: ${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(path === "/bestaat-niet" ? 404 : 200);
    await expect(page.locator("main#inhoud")).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test("axe: the public page in English has no violations and says lang=en", async ({ page }) => {
  await page.goto("/g/samenstad");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Together against loneliness");
  expect(await axe(page)).toEqual([]);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

test("axe: the app shell as regisseur has no violations", async ({ page, loginAs }) => {
  await loginAs("regisseur");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welkom");
  expect(await axe(page)).toEqual([]);
});

test("axe: the app shell as ondernemer (logged in with an e-mail link) has no violations", async ({ page, loginAs }) => {
  await loginAs("ondernemer");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welkom");
  expect(await axe(page)).toEqual([]);
});

test("axe: the partners page as regisseur has no violations", async ({ page, loginAs }) => {
  await loginAs("regisseur");
  await page.goto("/app/samenstad/partners");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test("the shared axe helper waits for a title but still reports a page that has none", async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="nl"><head></head><body><main><h1>Zonder titel</h1></main></body></html>`);
  expect((await axeViolations(page)).map((v) => v.split(":")[0])).toEqual(["document-title"]);
  await page.setContent(
    `<!doctype html><html lang="nl"><head><title>Met titel</title></head><body><main><h1>Met titel</h1></main></body></html>`,
  );
  expect(await axeViolations(page)).toEqual([]);
});
