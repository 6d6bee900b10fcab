/** Keyboard: the skip link is the first Tab stop and moves focus to the main content. */
import { expect, loginAs, test } from "./support/fixtures";

for (const path of ["/", "/g/samenstad"]) {
  test(`skip link on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible(); // visible when focused
    await page.keyboard.press("Enter");
    await expect(page.locator("main#inhoud")).toBeFocused();
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(() => !!document.activeElement?.closest("main"));
    expect(inMain).toBe(true);
  });
}

test("skip link in the app shell, and the navigation is reachable by keyboard", async ({ page }) => {
  await loginAs(page, "regisseur");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#inhoud")).toBeFocused();
  // Shift+Tab from the content reaches the last navigation link: the nav is in the tab order.
  await page.keyboard.press("Shift+Tab");
  const focused = await page.evaluate(() => document.activeElement?.closest("nav")?.getAttribute("aria-label") ?? null);
  expect(focused).toBe("Hoofdmenu");
});

test("the language switch works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Together against loneliness");
  await context.close();
});
