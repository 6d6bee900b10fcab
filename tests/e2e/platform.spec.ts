/** Platform pages: /landelijk for the programme adviser (figures only), /beheer for the platform admin. */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("anonymous visitors of /beheer and /landelijk are sent to the login page", async ({ page }) => {
  await page.goto("/beheer");
  await expect(page).toHaveURL(/\/inloggen\?next=%2Fbeheer/);
  await page.goto("/landelijk");
  await expect(page).toHaveURL(/\/inloggen\?next=%2Flandelijk/);
});

test("the programme adviser lands on /landelijk and sees figures, not the admin page", async ({ page }) => {
  await loginAs(page, "adviseur");
  await expect(page).toHaveURL(/\/landelijk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Landelijk overzicht");
  // The figures are precomputed (job national.refresh-figures): the count is that of the last refresh.
  await expect(page.getByTestId("bijgewerkt")).toContainText("Bijgewerkt:");
  const count = (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "NationalFigure"`)).rows[0].n;
  const figure = page.locator("div", { has: page.getByText("Aangesloten gemeenten", { exact: true }) }).locator("dd");
  await expect(figure).toHaveText(String(count));
  await expectAxeClean(page);
  const res = await page.goto("/beheer");
  expect(res?.status()).toBe(404);
});

test("the adviser finds a gemeente on /landelijk by a part of its name, accents and case ignored", async ({ page }) => {
  await loginAs(page, "adviseur");
  await expect(page).toHaveURL(/\/landelijk$/);
  const count = (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "NationalFigure"`)).rows[0].n;
  const pages = Math.ceil(count / 50);
  await expect(page.getByTestId("pagina")).toHaveText(`Pagina 1 van ${pages}: gemeente 1 tot en met ${Math.min(50, count)}, op alfabet.`);
  await page.getByRole("searchbox", { name: "Zoek op naam" }).fill("SAMÉN");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/landelijk\?zoek=SAM%C3%89N$/);
  await expect(page.getByTestId("pagina")).toContainText("gevonden met ‘SAMÉN’.");
  await expect(page.getByRole("rowheader", { name: "Samenstad" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Oosterwaard" })).toHaveCount(0);
  await expectAxeClean(page);
  await page.getByRole("searchbox", { name: "Zoek op naam" }).fill("bestaat-niet");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Geen gemeente gevonden met deze naam.", { exact: false })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("link", { name: "Toon alle gemeenten" }).click();
  await expect(page.getByRole("rowheader", { name: "Samenstad" })).toBeVisible();
});

test("the platform admin lands on /beheer and sees the gemeenten", async ({ page }) => {
  await loginAs(page, "beheerder");
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beheer van het platform");
  await expect(page.getByRole("link", { name: "Samenstad", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Oosterwaard", exact: true })).toBeVisible();
});

test("a gemeente regisseur cannot open the platform pages (404)", async ({ page }) => {
  await loginAs(page, "regisseur");
  expect((await page.goto("/beheer"))?.status()).toBe(404);
  expect((await page.goto("/landelijk"))?.status()).toBe(404);
});
