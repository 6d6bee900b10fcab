/**
 * Issue 6 (plan, dashboard, raadsinformatiebrief, national view): a regisseur sets a SMART goal on a
 * live indicator, plans a network meeting, an ondernemer (e-mail link login) registers, the indicator
 * and the goal move; the PDF for the council downloads and holds the figures; other gemeenten and
 * roles are refused; axe: 0 violations on the dashboard and the national view.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { pdfText } from "../support/pdf";
import { expect, loginAs, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

const nl = (s: string) => Number(s.replace(/\./g, "").replace(",", "."));
const indicator = async (page: Page, key: string) => nl(await page.locator(`[data-indicator="${key}"] dd`).innerText());
const signalFigure = async (page: Page, key: string) => page.locator(`[data-signal-figure="${key}"] dd`).innerText();

test("a SMART goal moves when an ondernemer registers; the council PDF holds the figures", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const title = `Inspiratiesessie ${Date.now()}`;
  const goal = `${title}: meer aanmeldingen`;
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/dashboard");
  await expect(page.getByRole("heading", { name: "Signalen", level: 2, exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: /signalen uit deze periode per stap/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /actuele activiteiten per doelgroep/ })).toBeVisible();
  await expectAxeClean(page);
  const before = await indicator(page, "registrations");

  // The SMART goal on a live indicator.
  await page.goto("/app/samenstad/plan");
  await page.getByLabel("Doel (specifiek en meetbaar)").fill(goal);
  await page.getByLabel("Welk cijfer meet dit doel?").selectOption("registrations");
  await page.getByLabel("Beginmeting").fill(String(before));
  await page.getByLabel("Doel: hoeveel we willen halen").fill(String(before + 4));
  await page.getByLabel("Te halen op").fill(`${new Date().getFullYear() + 1}-12-31`);
  await page.getByRole("button", { name: "Doel toevoegen" }).click();
  await expect(page.getByText("Het doel is toegevoegd.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(goal) }).getByRole("cell", { name: "0%" })).toBeVisible();

  // The network meeting.
  await page.goto("/app/samenstad/agenda");
  await page.getByLabel("Soort bijeenkomst").selectOption("NETWERKBIJEENKOMST");
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Plaats").fill("Vishandel aan de haven");
  const year = new Date().getFullYear() + 1;
  await page.getByLabel("Begint op").fill(`${year}-10-02T19:00`);
  await page.getByLabel("Eindigt op").fill(`${year}-10-02T21:00`);
  await page.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByText(`${title} staat in de agenda.`)).toBeVisible();

  // The ondernemer logs in with the e-mail link and registers.
  const ondContext = await browser.newContext();
  const ond = await ondContext.newPage();
  await loginAs(ond, "ondernemer");
  await ond.goto("/app/samenstad/agenda");
  await ond.getByRole("button", { name: `Aanmelden voor ${title}` }).click();
  await expect(ond.getByText("Je bent aangemeld.")).toBeVisible();
  const refused = await ond.request.get("/app/samenstad/dashboard/rapport.pdf");
  expect(refused.status()).toBe(403);
  await ondContext.close();

  // The regisseur sees the indicator and the goal move.
  await page.goto("/app/samenstad/dashboard");
  expect(await indicator(page, "registrations")).toBe(before + 1);
  await page.goto("/app/samenstad/plan");
  await expect(page.getByRole("row", { name: new RegExp(goal) }).getByRole("cell", { name: "25%" })).toBeVisible();

  // Period choice, then the PDF for the council.
  await page.goto("/app/samenstad/dashboard");
  await page.getByLabel("Periode").selectOption("alles");
  await page.getByRole("button", { name: "Toon periode" }).click();
  await expect(page).toHaveURL(/periode=alles/);
  const received = await signalFigure(page, "received");
  const pickedUp = await signalFigure(page, "pickedUp");
  const link = page.getByRole("link", { name: /raadsinformatiebrief, PDF/ });
  await expect(link).toHaveAttribute("href", "/app/samenstad/dashboard/rapport.pdf?periode=alles");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^raadsinformatiebrief-samenstad-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const text = await pdfText(bytes);
  expect(text).toContain("Gemeente: Samenstad");
  expect(text).toContain("Periode: Vanaf het begin");
  expect(text).toContain(`Aanmeldingen voor bijeenkomsten\n${before + 1}`);
  expect(text).toContain(`Signalen ontvangen\n${received}`);
  expect(text).toContain(`Signalen opgepakt\n${pickedUp}`);
  expect(text.replace(/\s+/g, " ")).toContain(
    `${goal} (tot 31 december ${year}; bron: Samenkracht (telt zelf)) ${before} ${before + 1} ${before + 4} 25%`,
  );
  expect(text).toContain("10. Begroting: gepland en werkelijk");

  // The same letter as a web page (the accessible version of the untagged PDF): same figures, real tables.
  await page.getByRole("link", { name: /raadsinformatiebrief als webpagina/ }).click();
  await expect(page).toHaveURL(/\/dashboard\/raadsbrief\?periode=alles$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Periode: Vanaf het begin").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "10. Begroting: gepland en werkelijk" })).toBeVisible();
  const row = (label: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  await expect(row("Aanmeldingen voor bijeenkomsten").getByRole("cell").first()).toHaveText(String(before + 1));
  await expect(row("Signalen ontvangen").getByRole("cell").first()).toHaveText(String(received));
  await expect(row("Signalen opgepakt").getByRole("cell").first()).toHaveText(String(pickedUp));
  await expect(page.getByRole("link", { name: "Download dezelfde brief als PDF" })).toHaveAttribute(
    "href",
    "/app/samenstad/dashboard/rapport.pdf?periode=alles",
  );
  await expectAxeClean(page);

  // Another gemeente's report is refused.
  const other = await page.request.get("/app/oosterwaard/dashboard/rapport.pdf");
  expect([403, 404]).toContain(other.status());
  expect(other.headers()["content-type"]).not.toContain("pdf");
});

test("a role without dashboard access gets no PDF; the national view shows signal figures and is accessible", async ({ page, browser }) => {
  await loginAs(page, "loket");
  const r = await page.request.get("/app/samenstad/dashboard/rapport.pdf");
  expect(r.status()).toBe(403);
  expect(await r.text()).not.toContain("%PDF");
  await page.goto("/app/samenstad/dashboard/raadsbrief");
  await expect(page.getByText("Dit account heeft geen toestemming voor deze pagina of actie.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  const advContext = await browser.newContext();
  const adv = await advContext.newPage();
  await loginAs(adv, "adviseur");
  await adv.goto("/landelijk");
  await expect(adv.getByRole("columnheader", { name: "Signalen per 10.000 inwoners" })).toBeVisible();
  await expect(adv.getByRole("columnheader", { name: "Tijd tot oppakken in uren (de helft was sneller)" })).toBeVisible();
  await expect(adv.getByRole("rowheader", { name: "Samenstad" })).toBeVisible();
  await expectAxeClean(adv);
  const pdf = await adv.request.get("/app/samenstad/dashboard/rapport.pdf");
  expect([403, 404]).toContain(pdf.status());
  await advContext.close();
});
