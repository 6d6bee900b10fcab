/**
 * Issue 20: a page with a list of rows does not make the browser fetch the page behind every row.
 * Next's <Link> prefetches each link that scrolls into view; on the pipeline board that was one request per
 * card (108 at national scale), on the work queue one per signal — each a server request with its own
 * session check, before anyone clicked. Row links say prefetch={false} (eslint ROW_LINK); a click still
 * opens the page without a full reload. This counts the prefetch requests for detail pages in Chromium.
 */
import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./support/fixtures";

/** Open a page, scroll to its end, and return the detail pages the browser prefetched meanwhile. */
async function prefetchedDetails(page: Page, path: string, detail: RegExp): Promise<string[]> {
  const seen: string[] = [];
  const listen = (r: { url: () => string; headers: () => Record<string, string> }) => {
    if (r.headers()["next-router-prefetch"] && detail.test(new URL(r.url()).pathname)) seen.push(new URL(r.url()).pathname);
  };
  page.on("request", listen);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(300);
  }
  await page.waitForLoadState("networkidle");
  page.off("request", listen);
  return seen;
}

test("the pipeline board and the work queue prefetch no entrepreneur or signal page, and a row link still opens its page", async ({
  page,
}) => {
  await loginAs(page, "regisseur");
  const board = "/app/samenstad/ondernemers/pijplijn";
  await expect(prefetchedDetails(page, board, /\/ondernemers\/[^/]{20,}$/)).resolves.toEqual([]);
  const cards = page.locator("#pijplijn-bord li[data-card-id] a").first();
  await expect(cards).toBeVisible();
  expect(await page.locator("#pijplijn-bord li[data-card-id]").count()).toBeGreaterThan(1);

  await expect(prefetchedDetails(page, "/app/samenstad/signalen", /\/signalen\/[^/]{20,}$/)).resolves.toEqual([]);
  const first = page.locator("tbody a").first();
  const href = await first.getAttribute("href");
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
