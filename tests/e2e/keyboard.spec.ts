/** Keyboard: the skip link is the first Tab stop and moves focus to the main content. */
import { expect, test } from "./support/fixtures";

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

test("the language switch works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Together against loneliness");
  await context.close();
});
