/**
 * Issue 16, items 6, 7 and 9 in Chromium, as the loket and the regisseur work:
 * 6 a phone intake with hulpvraag and risk group; the work queue filters on it; the dashboard, the
 *   raadsbrief web page and the CSV export show the figures per hulpvraag; the gap view names a gap;
 * 7 the change form shows only what the chosen step needs (and every step's fieldset without JavaScript);
 *   titles say hulpvraag · wijk · date; closed signals only when asked; the deadline column says what it is;
 * 9 after closing, the reporter's one question by mail; the single-use link works once without login; the
 *   answer shows up as the satisfaction figure on the dashboard, the raadsbrief and the CSV export.
 */
import type { Browser, Page } from "@playwright/test";
import { test, expect, loginAs, ownerQuery, waitForMail } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

async function as(browser: Browser, role: Parameters<typeof loginAs>[1], javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, role);
  if (javaScriptEnabled) return page;
  // The login form needs JavaScript; the session (cookies) then goes to a context without it.
  const state = await context.storageState();
  await context.close();
  return (await browser.newContext({ javaScriptEnabled: false, storageState: state })).newPage();
}

/** The loket's phone intake, with hulpvraag and risk group; returns the new signal's id. */
async function phoneIntake(page: Page, resident: string, extra: { email?: string } = {}): Promise<string> {
  await page.goto("/app/samenstad/signalen/nieuw");
  await page.getByLabel("Naam (als de beller die weet)").fill(resident);
  await page.getByLabel("Wijk of buurt").fill("Noord");
  await page.getByLabel("Wat is de beller opgevallen?").fill("Haar man is overleden en ze komt de deur niet meer uit.");
  await page.getByLabel("Hulpvraag", { exact: true }).selectOption({ label: "Rouw en verlies" });
  await page.getByLabel("Risicogroep", { exact: true }).selectOption({ label: "Mensen met rouw of verlies" });
  if (extra.email) await page.getByLabel("E-mail").fill(extra.email);
  await page.getByRole("button", { name: "Zorg doorgeven" }).click();
  await expect(page.getByRole("heading", { name: "De zorg is opgeslagen bij de gemeente Samenstad." })).toBeVisible();
  const id = (
    await ownerQuery<{ id: string }>(`SELECT id FROM "Signal" WHERE "residentNameEnc" IS NOT NULL ORDER BY "createdAt" DESC LIMIT 1`)
  ).rows[0]!.id;
  return id;
}

async function step(page: Page, id: string, label: string, fields: Record<string, string> = {}) {
  await page.goto(`/app/samenstad/signalen/${id}`);
  await page.getByRole("combobox", { name: "Volgende stap", exact: true }).selectOption({ label });
  await page.getByLabel("Waarom?").fill(`Stap: ${label}`);
  for (const [l, v] of Object.entries(fields)) await page.getByLabel(l, { exact: true }).selectOption({ label: v });
  await page.getByRole("button", { name: "Stap opslaan" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: `Stap: ${label}` })).toBeVisible();
}

// A whole working day in one test on a shared machine: more than the default 30 s.
test.describe.configure({ timeout: 240_000 });

const csvValue = (csv: string, label: string) =>
  csv
    .split(/\r?\n/)
    .find((l) => l.includes(`;${label};`))
    ?.split(";")[2];
const samenstad = `(SELECT id FROM "Gemeente" WHERE slug = 'samenstad')`;

test("6 + 7: hulpvraag at intake, in the queue, the change form per step, and the figures everywhere", async ({ browser }) => {
  const stamp = Date.now();
  const resident = `Thema Bewoner ${stamp}`;
  const loket = await as(browser, "loket");
  await loket.goto("/app/samenstad/signalen/nieuw");
  await expectAxeClean(loket);
  const id = await phoneIntake(loket, resident);

  // The regisseur filters the queue on the hulpvraag; the title says hulpvraag · wijk · date, never the name.
  const reg = await as(browser, "regisseur");
  await reg.goto("/app/samenstad/signalen");
  await reg.getByRole("combobox", { name: /^Hulpvraag/ }).selectOption({ label: "Rouw en verlies" });
  await reg.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(reg).toHaveURL(/hulpvraag=rouw/);
  const table = reg.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Hulpvraag" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Volgende termijn" })).toBeVisible();
  const row = table.getByRole("row").filter({ has: reg.locator(`a[href$="/${id}"]`) });
  await expect(row.getByRole("link")).toHaveText(/^Rouw en verlies · Noord · \d{1,2} [a-z]{3} \d{4}$/);
  await expect(row).toContainText("Beoordelen vóór");
  await expect(row).toContainText("Mensen met rouw of verlies");
  await expect(table).not.toContainText(resident);
  await expectAxeClean(reg);

  // The change form: only the chosen step's fields (JavaScript on).
  await step(reg, id, "Beoordeeld door regisseur");
  await step(reg, id, "Eerste intake (loket)");
  await reg.goto(`/app/samenstad/signalen/${id}`);
  await expect(reg.getByRole("heading", { level: 1 })).toHaveText(/^Rouw en verlies · Noord · /);
  const to = reg.getByRole("combobox", { name: "Volgende stap", exact: true });
  await to.selectOption({ label: "Afgesloten" });
  await expect(reg.getByRole("group", { name: "Bij afsluiten" })).toBeVisible();
  await expect(reg.getByRole("group", { name: "Bij doorverwijzen" })).toHaveCount(0);
  await expect(reg.getByRole("group", { name: "Bij team welzijn of team eenzaamheid" })).toHaveCount(0);
  await to.selectOption({ label: "Doorverwezen" });
  await expect(reg.getByRole("group", { name: "Bij doorverwijzen" })).toBeVisible();
  await expect(reg.getByRole("group", { name: "Bij afsluiten" })).toHaveCount(0);
  await expectAxeClean(reg);
  // Without JavaScript every step's fieldset is there, each with its legend.
  const noJs = await as(browser, "regisseur", false);
  await noJs.goto(`/app/samenstad/signalen/${id}`);
  for (const legend of ["Bij team welzijn of team eenzaamheid", "Bij doorverwijzen", "Bij afsluiten"]) {
    await expect(noJs.getByRole("group", { name: legend })).toBeVisible();
  }

  // Closed signals leave the list unless asked.
  await step(reg, id, "Afgesloten", { Uitkomst: "Doet mee" });
  await reg.goto("/app/samenstad/signalen?hulpvraag=rouw");
  await expect(reg.locator(`a[href$="/${id}"]`)).toHaveCount(0);
  await reg.getByLabel("Ook afgesloten en geannuleerde signalen tonen").check();
  await reg.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(reg.locator(`a[href$="/${id}"]`)).toHaveCount(1);

  // Figures per hulpvraag, read back against the database.
  const rouw = Number(
    (
      await ownerQuery(
        `SELECT count(*)::int AS n FROM "Signal" WHERE "gemeenteId" = ${samenstad} AND category = 'rouw' AND "createdAt" >= now() - interval '1 year'`,
      )
    ).rows[0].n,
  );
  expect(rouw).toBeGreaterThanOrEqual(5);
  await reg.goto("/app/samenstad/dashboard");
  const dash = reg.getByRole("table", { name: /per hulpvraag/ });
  await expect(dash.getByRole("row", { name: /Rouw en verlies/ }).getByRole("cell")).toHaveText(String(rouw));
  await expectAxeClean(reg);
  await reg.goto("/app/samenstad/dashboard/raadsbrief");
  const brief = reg.getByRole("table", { name: "7. Signalen per hulpvraag" });
  await expect(brief.getByRole("row", { name: /Rouw en verlies/ }).getByRole("cell")).toHaveText(String(rouw));
  await expectAxeClean(reg);
  const csv = await (await reg.request.get("/app/samenstad/dashboard/export")).text();
  const allTime = Number(
    (await ownerQuery(`SELECT count(*)::int AS n FROM "Signal" WHERE "gemeenteId" = ${samenstad} AND category = 'rouw'`)).rows[0].n,
  );
  expect(csvValue(csv, "Signalen met hulpvraag: Rouw en verlies")).toBe(String(allTime));

  // The gap view: signals for "sociaal contact" in the demo and no offer tagged with it.
  await reg.goto("/app/samenstad/aanbod");
  await expect(reg.getByTestId("theme-gaps")).toContainText("Behoefte aan sociaal contact");
  await expect(reg.getByRole("row", { name: /Rouw en verlies/ })).not.toContainText("gat");
  await expectAxeClean(reg);
});

test("9: the reporter's one question after closing, a link that works once, the figure everywhere", async ({ browser }) => {
  const stamp = Date.now();
  // Digits in a remark are screened out (phone numbers), so the remark's marker is in letters.
  const marker = String(stamp).replace(/\d/g, (d) => "abcdefghij"[Number(d)]!);
  const reporter = `stem-${stamp}@example.test`;
  const loket = await as(browser, "loket");
  const id = await phoneIntake(loket, `Stem Bewoner ${stamp}`, { email: reporter });
  const reg = await as(browser, "regisseur");
  await step(reg, id, "Beoordeeld door regisseur");
  await step(reg, id, "Eerste intake (loket)");
  await step(reg, id, "Afgesloten", { Uitkomst: "Doet mee" });

  const mail = await waitForMail((m) => m.to.includes(reporter) && /geholpen/.test(m.subject), 20_000);
  expect(mail.subject).toBe("Heeft het geholpen? Eén vraag over uw zorg");
  expect(mail.text).toContain("We willen graag weten: heeft het geholpen?");
  expect(mail.text).toContain("werkt één keer");
  expect(mail.text).toContain("We koppelen uw antwoord niet aan uw zorg of aan de persoon.");
  expect(mail.text).toContain("Gemeente Samenstad");
  expect(mail.text).not.toContain("Stem Bewoner");
  expect(mail.text).not.toContain("overleden");
  const link = /https?:\/\/\S+\/g\/samenstad\/zorgen\/reactie\?t=\S+/.exec(mail.text)![0];

  // No login: a fresh browser opens the link.
  const before = Number((await ownerQuery(`SELECT count(*)::int AS n FROM "SignalFeedback" WHERE "gemeenteId" = ${samenstad}`)).rows[0].n);
  const pub = await (await browser.newContext()).newPage();
  await pub.goto(new URL(link).pathname + new URL(link).search);
  await expect(pub).toHaveTitle(/Heeft het geholpen\?/);
  await expectAxeClean(pub);
  await pub.getByRole("radio", { name: "Ja" }).check();
  await pub.getByLabel("Wilt u nog iets kwijt? (mag leeg blijven)").fill(`Snel geholpen ${marker}, bel 0612345678`);
  await pub.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(pub.getByText("Bedankt voor uw antwoord.")).toBeVisible();
  await expectAxeClean(pub);
  // The link works once.
  await pub.goto(new URL(link).pathname + new URL(link).search);
  await expect(pub.getByText("Deze link is al gebruikt of verlopen.")).toBeVisible();
  const answers = Number((await ownerQuery(`SELECT count(*)::int AS n FROM "SignalFeedback" WHERE "gemeenteId" = ${samenstad}`)).rows[0].n);
  expect(answers).toBe(before + 1);
  const stored = (await ownerQuery(`SELECT remark FROM "SignalFeedback" WHERE remark LIKE $1`, [`%${marker}%`])).rows[0].remark;
  expect(stored).toBe(`Snel geholpen ${marker}, bel [weggelaten]`);

  // The satisfaction figure: dashboard (with the remark, regisseur only), raadsbrief and CSV (counts only).
  await reg.goto("/app/samenstad/dashboard");
  const figure = reg.locator("[data-satisfaction]").filter({ hasText: "antwoordden" });
  await expect(figure.locator("dd")).toHaveText(String(answers));
  await expect(reg.getByText(`Snel geholpen ${marker}, bel [weggelaten]`)).toBeVisible();
  await reg.goto("/app/samenstad/dashboard/raadsbrief");
  const voice = reg.getByRole("table", { name: "8. De stem van de melder" });
  await expect(voice.getByRole("row", { name: /antwoordden/ }).getByRole("cell")).toHaveText(String(answers));
  await expect(reg.getByText(`Snel geholpen ${marker}`)).toHaveCount(0);
  const csv = await (await reg.request.get("/app/samenstad/dashboard/export")).text();
  expect(csvValue(csv, "Melders die antwoordden op 'Heeft het geholpen?'")).toBe(String(answers));
  expect(csv).not.toContain("Snel geholpen");
});
