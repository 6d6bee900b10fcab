/**
 * Regie: the regisseur plans a network meeting, an ondernemer registers, the dashboard indicators
 * move; the public agenda and .ics feed show the meeting; axe: 0 violations on the regie pages.
 */
import type { Page } from "@playwright/test";
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

const indicator = async (page: Page, key: string) => Number(await page.locator(`[data-indicator="${key}"] dd`).innerText());

test("plan a network meeting, an ondernemer registers, the indicator moves", async ({ page, browser }) => {
  test.setTimeout(90_000); // two sessions, an e-mail login and five axe scans: over 30 s on a busy 2-core machine
  const title = `Netwerkbijeenkomst ${Date.now()}`;
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expectAxeClean(page);
  const plannedBefore = await indicator(page, "meetingsPlanned");
  const registrationsBefore = await indicator(page, "registrations");

  // A SMART goal on a live indicator.
  await page.goto("/app/samenstad/plan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan van aanpak");
  await page.getByLabel("Doel (specifiek en meetbaar)").fill(`${title}: meer bijeenkomsten`);
  await page.getByLabel("Welk cijfer meet dit doel?").selectOption("meetingsPlanned");
  await page.getByLabel("Beginmeting").fill(String(plannedBefore));
  await page.getByLabel("Doel: hoeveel we willen halen").fill(String(plannedBefore + 4));
  await page.getByLabel("Te halen op").fill(`${new Date().getFullYear() + 1}-12-31`);
  await page.getByRole("button", { name: "Doel toevoegen" }).click();
  await expect(page.getByText("Het doel is toegevoegd.")).toBeVisible();
  const goalRow = page.getByRole("row", { name: new RegExp(`${title}: meer bijeenkomsten`) });
  await expect(goalRow.getByRole("cell", { name: "0%" })).toBeVisible();
  await expectAxeClean(page);

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Agenda" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda");
  // Bad input first: a clear Dutch error, nothing saved.
  await page.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByText("Kies wat voor bijeenkomst het is.")).toBeVisible();
  await page.getByLabel("Soort bijeenkomst").selectOption("NETWERKBIJEENKOMST");
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Plaats").fill("Bibliotheek Samenstad");
  const year = new Date().getFullYear() + 1;
  await page.getByLabel("Begint op").fill(`${year}-03-02T19:00`);
  await page.getByLabel("Eindigt op").fill(`${year}-03-02T21:00`);
  await page.getByLabel("Aantal plekken (niet verplicht)").fill("25");
  await page.getByLabel("Zet in de openbare agenda").check();
  await page.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByText(`${title} staat in de agenda.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expectAxeClean(page);

  const ondContext = await browser.newContext();
  const ond = await ondContext.newPage();
  await loginAs(ond, "ondernemer");
  await ond.goto("/app/samenstad/agenda");
  await ond.getByRole("button", { name: `Aanmelden voor ${title}` }).click();
  await expect(ond.getByText("Je bent aangemeld.")).toBeVisible();
  await expect(ond.getByRole("button", { name: `Afmelden voor ${title}` })).toBeVisible();
  await expectAxeClean(ond);
  await ondContext.close();

  const reg = await ownerQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "EventRegistration" r JOIN "Event" e ON e.id = r."eventId" WHERE e.title = $1`,
    [title],
  );
  expect(reg.rows[0].n).toBe(1);

  await page.goto("/app/samenstad/dashboard");
  expect(await indicator(page, "meetingsPlanned")).toBe(plannedBefore + 1);
  expect(await indicator(page, "registrations")).toBe(registrationsBefore + 1);

  await page.goto("/app/samenstad/plan");
  await expect(
    page.getByRole("row", { name: new RegExp(`${title}: meer bijeenkomsten`) }).getByRole("cell", { name: "25%" }),
  ).toBeVisible();

  const csv = await page.request.get("/app/samenstad/dashboard/export");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(`Aanmeldingen voor bijeenkomsten;${registrationsBefore + 1}`);

  await page.goto("/g/samenstad/agenda");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expectAxeClean(page);
  const ics = await page.request.get("/api/ics/samenstad");
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect((await ics.text()).replace(/\r\n /g, "")).toContain(`SUMMARY:${title}`);
});

test("budget, support offer and national view pages are accessible", async ({ page, browser }) => {
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/budget");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Begroting");
  await expect(page.getByText("Centrale plek voor signalen: eenmalige kosten").first()).toBeVisible();
  await expectAxeClean(page);
  await page.getByLabel("Begrotingspost").selectOption("networkMeetings");
  await page.getByLabel("Werkelijk uitgegeven (euro)").fill("abc");
  await page.getByRole("button", { name: "Bedrag opslaan" }).click();
  await expect(page.getByText("Vul een bedrag in euro's in, bijvoorbeeld 6250 of 6.250,50.")).toBeVisible();
  await page.getByLabel("Werkelijk uitgegeven (euro)").fill("4.321");
  await page.getByRole("button", { name: "Bedrag opslaan" }).click();
  await expect(page.getByText("Het bedrag is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("cell", { name: /4\.321/ }).first()).toBeVisible();

  await page.goto("/app/samenstad/aanbod");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ondersteuningsaanbod");
  await expectAxeClean(page);

  const advContext = await browser.newContext();
  const adv = await advContext.newPage();
  await loginAs(adv, "adviseur");
  await adv.goto("/landelijk");
  await expect(adv.getByRole("heading", { name: "Gemeenten naast elkaar" })).toBeVisible();
  await expect(adv.getByRole("rowheader", { name: "Samenstad" })).toBeVisible();
  await expectAxeClean(adv);
  await advContext.close();
});
