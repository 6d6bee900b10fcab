/**
 * axe for every e2e test (WCAG 2.0/2.1 A and AA):
 *   await expectAxeClean(page);                  // 0 violations, or the ids and elements in the failure
 *   const found = await axeViolations(page);      // the same list, to collect or compare yourself
 *
 * Before axe looks, the page is allowed to settle: the load event has fired and the document has a
 * title. After a server action React re-renders the page's metadata, and for a moment there can be
 * no <title> (CI once reported "document-title" right after a form was saved). A page that really
 * has no title still fails: the wait gives up after a few seconds and axe reports it.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const SETTLE_MS = 5_000;

/** Wait until the page has loaded and has a title; never fails itself (axe reports what is missing). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("load").catch(() => {});
  await page.waitForFunction(() => document.title.trim() !== "", null, { timeout: SETTLE_MS }).catch(() => {});
}

/** The page's violations as "rule-id: element, element", after the page settled. */
export async function axeViolations(page: Page): Promise<string[]> {
  await settle(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Fails the test with the list of violations when axe finds any. */
export async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
