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
import { EN_MESSAGES } from "../../src/i18n/en-messages";

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

test("the English worry form refuses bad input in English, keeping what was typed: the browser's check with JavaScript, the server without", async ({
  browser,
  baseURL,
}) => {
  // The schema's messages are Dutch, once (server and browser share them); an English reader gets their English.
  const dutch = "Schrijf in een paar zinnen wat er is opgevallen.";
  const english = EN_MESSAGES[dutch]!;
  expect(english).not.toBe(dutch);
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    await context.addCookies([{ name: "lang", value: "en", url: baseURL! }]);
    const page = await context.newPage();
    try {
      await page.goto("/g/samenstad/zorgen");
      if (javaScriptEnabled) await page.waitForLoadState("networkidle"); // hydrated: the browser checks first
      await page.getByLabel("What did you notice?").fill("Kort");
      await page.getByRole("button", { name: "Pass on worry" }).click();
      await expect(page.locator("#situation-fout"), `JavaScript ${javaScriptEnabled ? "on" : "off"}`).toHaveText(english);
      await expect(page.getByText(dutch)).toHaveCount(0);
      await expect(page.locator("#residentName-fout")).not.toHaveText(/Vul /);
      // What was typed is still there (without JavaScript the server's answer refills it).
      await expect(page.getByLabel("What did you notice?")).toHaveValue("Kort");
      await page.screenshot({ path: `test-results/english-zorgen-fout-${javaScriptEnabled ? "js" : "geen-js"}.png`, fullPage: true });
    } finally {
      await context.close();
    }
  }
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
  // A card's move form (its fields and button come from the page in the reader's language).
  const card = page.locator("li[data-card-id]").first();
  await expect(card).toHaveAttribute("draggable", "true"); // hydrated
  await card.locator("summary").click();
  const moveForm = card.getByRole("form");
  await expect(moveForm.getByLabel("To step")).toBeVisible();
  await expect(moveForm.getByRole("button", { name: "Move", exact: true })).toBeVisible();
  await expect(card.getByText("Naar stap")).toHaveCount(0);
});

test("the engagement forms are English: labels, choices and buttons come from the catalogue", async ({ page, baseURL }) => {
  await loginAs(page, "ambtenaar");
  await inEnglish(page, baseURL);
  await check(page, "/app/samenstad/ondernemers", "Name of the branch", ["Naam van de vestiging", "Ondernemer toevoegen"], "ondernemers");
  const form = page.getByRole("form", { name: "New business" });
  await expect(form.getByLabel("Address (optional)")).toBeVisible();
  await expect(form.getByLabel("Sector").locator("option", { hasText: "Hairdresser" })).toHaveCount(1);
  await expect(form.getByRole("button", { name: "Add business" })).toBeVisible();
  // The registry's filter shows the same English sector names, and its rows the English step names.
  await expect(page.locator("#f-sector option", { hasText: "Hairdresser" })).toHaveCount(1);
  await expect(page.getByText("Kapper", { exact: true })).toHaveCount(0);
});

test("the public register names sectors and contributions in English; its API keeps the documented Dutch", async ({ page, baseURL }) => {
  await inEnglish(page, baseURL);
  await check(page, "/g/oosterwaard/partners", "Supermarket", ["Supermarkt"], "partners");
  const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "SuperSamen Oosterwaard" }) });
  await expect(entry).toContainText("Passing on worries about customers");
  await expect(entry).not.toContainText("Zorgen over klanten doorgeven");
  // The same language cookie on the API: a documented contract, Dutch names whatever the reader's language.
  const api = await page.request.get("/api/v1/gemeenten/oosterwaard/register");
  const entries = (await api.json()).data as { name: string; sector: string; contributions: string[] }[];
  const own = entries.find((e) => e.name === "SuperSamen Oosterwaard");
  expect(own?.sector).toBe("Supermarkt");
  expect(own?.contributions).toContain("Zorgen over klanten doorgeven");
});

test("the entrepreneur's own page names the sector and the profile's choices in English", async ({ page, baseURL }) => {
  await loginAs(page, "ondernemer");
  await inEnglish(page, baseURL);
  await page.goto("/app/samenstad/mijn-organisatie");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1 + p")).toContainText("· Gym");
  await expect(page.locator("#p-sector option", { hasText: "Hairdresser" })).toHaveCount(1);
  await expect(page.locator("#p-sector option", { hasText: "Kapper" })).toHaveCount(0);
  await expect(page.getByLabel("Being extra welcoming")).toHaveCount(1);
});

test("the engagement settings name the mail templates' fields in English", async ({ page, baseURL }) => {
  await loginAs(page, "ambtenaar");
  await inEnglish(page, baseURL);
  await page.goto("/app/samenstad/instellingen");
  await expect(page.getByText("Your job title", { exact: true })).toBeVisible();
  await expect(page.getByText("Jouw functie", { exact: true })).toHaveCount(0);
});
