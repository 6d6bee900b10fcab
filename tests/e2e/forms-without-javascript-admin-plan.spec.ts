/**
 * Decision 0023, from the browser: the budget page's form for an actual amount posts without JavaScript now that the
 * page binds its action (setBudgetActualAction, bound to the gemeente by src/app/app/[gemeente]/budget/page.tsx). The
 * server answers with its Dutch errors on the fields, then saves the amount and says so in the status line. Bound
 * inside the client component, the same post was never answered.
 *
 * The amount goes to a year no other test uses (2099, through the page's `start`), so nothing seeded is overwritten.
 */
import type { Browser } from "@playwright/test";
import { expect, ownerQuery, signedInPage, test } from "./support/fixtures";

const YEAR = 2099;
const PAGE = `/app/samenstad/budget?start=${YEAR}`;
const LINE = "expertise"; // "Deskundigheidsbevordering (intern en kernteam)"
const LINE_MISSING = "Kies een begrotingspost.";
const AMOUNT_WRONG = "Vul een bedrag in euro's in, bijvoorbeeld 6250 of 6.250,50.";

const regisseurPage = (browser: Browser, javaScriptEnabled: boolean) => signedInPage(browser, "regisseur", javaScriptEnabled);

const actualRows = async () =>
  (
    await ownerQuery<{ amountCents: number; note: string | null }>(
      `SELECT "amountCents", note FROM "BudgetActual"
        WHERE year = $1 AND line = $2 AND "gemeenteId" = (SELECT id FROM "Gemeente" WHERE slug = 'samenstad')`,
      [YEAR, LINE],
    )
  ).rows;

const removeActual = () =>
  ownerQuery(
    `DELETE FROM "BudgetActual" WHERE year = $1 AND line = $2 AND "gemeenteId" = (SELECT id FROM "Gemeente" WHERE slug = 'samenstad')`,
    [YEAR, LINE],
  );

test.beforeAll(removeActual);
test.afterAll(removeActual);

test("without JavaScript the budget form shows the server's errors on its fields, then saves the amount", async ({ browser }) => {
  test.setTimeout(90_000);
  const { page, close } = await regisseurPage(browser, false);
  try {
    await page.goto(PAGE);
    const form = page.getByRole("form", { name: "Werkelijke uitgaven invoeren" });
    await form.getByRole("button", { name: "Bedrag opslaan" }).click();
    await expect(page.locator("#budget-line-fout")).toHaveText(LINE_MISSING);
    await expect(page.locator("#budget-amount-fout")).toHaveText(AMOUNT_WRONG);
    await expect(page.locator("#budget-amount")).toHaveAttribute("aria-invalid", "true");
    expect(await actualRows()).toEqual([]);

    const note = `Zonder script ${Date.now()}`;
    const again = page.getByRole("form", { name: "Werkelijke uitgaven invoeren" });
    await again.getByLabel("Jaar", { exact: true }).selectOption(String(YEAR));
    await again.getByLabel("Begrotingspost").selectOption({ label: "Deskundigheidsbevordering (intern en kernteam)" });
    await again.getByLabel("Werkelijk uitgegeven (euro)").fill("1.234,50");
    await again.getByLabel("Toelichting").fill(note);
    await again.getByRole("button", { name: "Bedrag opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het bedrag is opgeslagen." })).toBeVisible();
    await expect(page.locator("#budget-amount-fout")).toHaveCount(0);
    expect(await actualRows()).toEqual([{ amountCents: 123450, note }]);
  } finally {
    await close();
  }
});
