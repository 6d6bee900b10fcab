/**
 * Issues 18 and 22 (WCAG 3.1.1): with English chosen, a page says lang="en" and its interface is English — not only the
 * shell. Each page: <html lang="en">, its English text, a Dutch interface text of the same page that is gone (it was
 * inline before the texts moved into the catalogue), no axe violation, and a screenshot in test-results for review.
 * The figures' and steps' names come from the catalogue's labels section. What people typed (names, descriptions)
 * stays as they wrote it.
 */
import type { Page } from "@playwright/test";
import { expectAxeClean } from "./support/axe";
import { expect, loginAs, test } from "./support/fixtures";

async function inEnglish(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "lang", value: "en", url: baseURL! }]);
}

async function check(page: Page, path: string, english: RegExp | string, goneDutch: string[], shot: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText(english).first()).toBeVisible();
  for (const dutch of goneDutch) await expect(page.getByText(dutch, { exact: true }), `${path}: "${dutch}"`).toHaveCount(0);
  await expectAxeClean(page);
  await page.screenshot({ path: `test-results/english-${shot}.png`, fullPage: true });
}

test("the public pages and the login page are English when English is chosen", async ({ page, baseURL }) => {
  await inEnglish(page, baseURL);
  await check(page, "/inloggen", "Log in with a password", ["Inloggen met wachtwoord", "Wachtwoord"], "inloggen");
  await check(
    page,
    "/g/samenstad/aanbod",
    "Activities and help against loneliness",
    ["Activiteiten en hulp tegen eenzaamheid", "Voor wie"],
    "aanbod",
  );
  // The public worry form: its texts come from the page in the reader's language (they were the Dutch section before).
  await check(page, "/g/samenstad/zorgen", "Who are you worried about?", ["Over wie maakt u zich zorgen?", "Zorg doorgeven"], "zorgen");
  await expect(page.getByRole("button", { name: "Pass on worry" })).toBeVisible();
  await check(page, "/privacy", "Privacy statement", ["Privacyverklaring"], "privacy");
  await check(page, "/toegankelijkheid", "Accessibility statement", ["Toegankelijkheidsverklaring"], "toegankelijkheid");
});

test("the regisseur's dashboard and work list are English, with English names for figures and statuses", async ({ page, baseURL }) => {
  await loginAs(page, "regisseur");
  await inEnglish(page, baseURL);
  await check(page, "/app/samenstad/dashboard", "Key figures", ["Kerncijfers", "Signalen ontvangen"], "dashboard");
  await expect(page.getByText("Signals received").first()).toBeVisible();
  // The period and the reporters' voice in English too (the report and the export stay Dutch documents).
  await expect(page.getByRole("option", { name: "Last 12 months" })).toHaveCount(1);
  await expect(page.getByText("Reporters who answered 'Did it help?'")).toBeVisible();
  await expect(page.getByText("Laatste 12 maanden")).toHaveCount(0);
  await check(page, "/app/samenstad/signalen", "All open signals", ["Alle open signalen"], "signalen");
});

test("the ambtenaar's businesses per step are English, with English step names", async ({ page, baseURL }) => {
  await loginAs(page, "ambtenaar");
  await inEnglish(page, baseURL);
  await check(page, "/app/samenstad/ondernemers/pijplijn", "Businesses per step", ["Ondernemers per stap"], "pijplijn");
  await expect(page.getByRole("heading", { name: /Connect/ }).first()).toBeVisible();
});
