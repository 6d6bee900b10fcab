/** Own account page: reachable from the shell, axe-clean, and "Overal uitloggen" ends the session. */
import { expect, loginAs, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("account page, then log out everywhere ends the session", async ({ page, context }) => {
  await loginAs(page, "welzijn");
  await page.getByRole("link", { name: "Mijn account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
  await expect(page.getByRole("heading", { name: "Inlogcode" })).toBeVisible();
  await expectAxeClean(page);

  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Overal uitloggen" }).click();
  await page.waitForURL(/\/inloggen/);

  // The old session cookie, put back, no longer works: the session version moved on.
  await context.addCookies(cookies);
  await page.goto("/app");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("the account page asks anonymous visitors to log in", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen\?next=%2Faccount/);
});
