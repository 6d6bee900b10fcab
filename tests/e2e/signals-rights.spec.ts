/**
 * Signaalpunt in the browser: the rights of the resident (look up, export, restrict, erase — each
 * audited), the settings page, and the reporter's status page that keeps the code out of every URL.
 */
import { readFileSync } from "node:fs";
import { test, expect, loginAs, ownerQuery } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("regisseur: look up a resident, export, restrict and erase — each recorded in the audit log", async ({ page, browser }) => {
  const stamp = Date.now();
  const resident = `Rechten Bewoner ${stamp}`;
  await loginAs(page, "regisseur");
  // A phone intake about the resident (the regisseur may take calls too).
  await page.goto("/app/samenstad/signalen/nieuw");
  await page.getByLabel("Naam (als de beller die weet)").fill(resident);
  await page.getByLabel("Adres of telefoon (als de beller dat weet)").fill(`06-${stamp}`.slice(0, 12));
  await page.getByLabel("Wat is de beller opgevallen?").fill("De buurvrouw belde: meneer eet niet meer en komt niet buiten.");
  await page.getByLabel("Naam", { exact: true }).fill(`Beller ${stamp}`);
  await page.getByRole("button", { name: "Zorg doorgeven" }).click();
  await expect(page.getByRole("heading", { name: "De zorg is opgeslagen bij de gemeente Samenstad." })).toBeVisible();

  await page.goto("/app/samenstad/signalen");
  await page.getByRole("link", { name: "Rechten van de bewoner" }).click();
  await expect(page.getByRole("heading", { name: "Rechten van de bewoner", level: 1 })).toBeVisible();
  await expectAxeClean(page);

  // Keyboard: type and submit with Enter.
  await page.getByLabel("Naam van de bewoner").fill(resident.toUpperCase());
  await page.getByLabel("Naam van de bewoner").press("Enter");
  await expect(page.getByRole("heading", { name: "Gevonden: 1 signaal" })).toBeVisible();
  await expect(page.getByText("De buurvrouw belde")).toBeVisible();
  await expect(page.getByText(`Beller ${stamp}`)).toHaveCount(0); // the reporter is not shown to the resident
  await expectAxeClean(page);

  await page.getByRole("button", { name: "Kopie van de gegevens maken (JSON)" }).click();
  const save = page.getByRole("link", { name: /Kopie opslaan/ });
  await expect(save).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), save.click()]);
  expect(download.suggestedFilename()).toMatch(/^kopie-gegevens-bewoner-samenstad-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(exported.signals).toHaveLength(1);
  expect(exported.signals[0].residentName).toBe(resident);
  expect(JSON.stringify(exported)).not.toContain(`Beller ${stamp}`);
  const signalId: string = exported.signals[0].id;

  // Restrict: a reason and a confirmation are needed.
  const restrict = page.getByRole("form", { name: "Gegevens op slot zetten" });
  await restrict.getByLabel("Waarom?").selectOption("BEZWAAR_BEWONER");
  await restrict.getByRole("button", { name: "Op slot zetten" }).click();
  await expect(restrict.getByText("Zet een vinkje om te bevestigen.")).toBeVisible();
  await restrict.getByLabel(/Ja, ik weet het zeker/).check();
  await restrict.getByRole("button", { name: "Op slot zetten" }).click();
  await expect(page.getByTestId("resident-message")).toHaveText(/1 signaal op slot gezet/);
  await expect(page.getByText("Op slot", { exact: true })).toBeVisible();

  // The loket no longer sees the personal fields; and the loket cannot open this page.
  const loketContext = await browser.newContext();
  const loket = await loketContext.newPage();
  await loginAs(loket, "loket");
  await loket.goto(`/app/samenstad/signalen/${signalId}`);
  await expect(loket.getByText("Je kunt de persoonsgegevens van dit signaal niet zien.")).toBeVisible();
  await loket.goto("/app/samenstad/signalen/bewoner");
  await expect(loket.getByText(/geen toestemming/)).toBeVisible();
  await loketContext.close();

  // Erase.
  const erase = page.getByRole("form", { name: "Gegevens wissen" });
  await erase.getByLabel("Waarom?").selectOption("VERZOEK_BEWONER");
  await erase.getByLabel(/Ja, ik weet het zeker/).check();
  await erase.getByRole("button", { name: "Gegevens wissen" }).click();
  await expect(page.getByTestId("resident-message")).toHaveText(/1 signaal: persoonsgegevens gewist/);
  await expect(page.getByRole("heading", { name: "Gevonden: 0 signalen" })).toBeVisible();

  const row = (await ownerQuery(`SELECT "residentNameEnc", "situationEnc", "erasedAt" FROM "Signal" WHERE id = $1`, [signalId])).rows[0];
  expect(row).toMatchObject({ residentNameEnc: null, situationEnc: null });
  expect(row.erasedAt).not.toBeNull();
  const actions = (await ownerQuery(`SELECT action, detail FROM "SignalAuditEntry" WHERE "signalId" = $1 ORDER BY seq`, [signalId])).rows;
  expect(actions.map((a) => a.action)).toEqual(
    expect.arrayContaining(["signal.resident-lookup", "signal.resident-export", "signal.restrict", "signal.erase"]),
  );
  expect(actions.find((a) => a.action === "signal.erase")!.detail).toEqual({ reason: "resident-request", basis: "VERZOEK_BEWONER" });
  expect(JSON.stringify(actions)).not.toContain(resident);
});

test("settings: the regisseur sets retention and deadlines and sees what would be erased; a team member picks the daily digest", async ({
  page,
  browser,
}) => {
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/signalen/instellingen");
  await expect(page.getByRole("heading", { name: "Instellingen signalen", level: 1 })).toBeVisible();
  await expect(page.getByTestId("retention-preview")).toContainText("Afgesloten signalen:");
  await expectAxeClean(page);
  const months = page.getByLabel("Afgesloten signalen: aantal maanden na afsluiten");
  await months.fill("0");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByText("Kies minstens 1 maand bij afgesloten signalen.")).toBeVisible();
  await expectAxeClean(page);
  await months.fill("18");
  await page.getByLabel("Ontvangen: aantal dagen").fill("3");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByText("De instellingen zijn opgeslagen.")).toBeVisible();
  const s = (await ownerQuery(`SELECT settings->'signals' AS s FROM "Gemeente" WHERE slug = 'samenstad'`)).rows[0].s;
  expect(s).toMatchObject({ retentionMonths: 18, deadlinesHours: { ONTVANGEN: 72 } });
  // Put it back for other specs.
  await months.fill("12");
  await page.getByLabel("Ontvangen: aantal dagen").fill("2");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByText("De instellingen zijn opgeslagen.")).toBeVisible();

  const teamContext = await browser.newContext();
  const team = await teamContext.newPage();
  const acc = await loginAs(team, "eenzaamheid");
  // From the account page to one's own mail choice.
  await team.goto("/account");
  await team
    .getByRole("link", { name: /E-mail over signalen in/ })
    .first()
    .click();
  await expect(team).toHaveURL(/\/app\/samenstad\/signalen\/instellingen$/);
  await expect(team.getByRole("heading", { name: "Mijn e-mail" })).toBeVisible();
  await expect(team.getByRole("heading", { name: "Voor de hele gemeente" })).toHaveCount(0);
  await expectAxeClean(team);
  await team.getByLabel(/Eén overzicht per dag/).check();
  await team.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(team.getByText("Opgeslagen: je krijgt één overzicht per dag.")).toBeVisible();
  const mode = (
    await ownerQuery(`SELECT p.mode FROM "SignalMailPreference" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`, [acc.email])
  ).rows[0].mode;
  expect(mode).toBe("DAGELIJKS");
  await team.getByLabel(/Een e-mail bij elk signaal/).check();
  await team.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(team.getByText(/Opgeslagen: je krijgt een e-mail bij elk signaal/)).toBeVisible();
  await teamContext.close();
});

test("the reporter's status code never appears in a URL: confirmation, status page and every request", async ({ page }) => {
  await ownerQuery(`DELETE FROM "SignalRateLimit"`); // other specs use the public form from the same address
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  page.on("framenavigated", (f) => urls.push(f.url()));
  await page.goto("/g/samenstad/zorgen");
  await page.getByLabel("Wijk of buurt").fill("Centrum");
  await page.getByLabel("Wat is u opgevallen?").fill("Mevrouw zit elke dag alleen op het bankje voor de supermarkt.");
  await page.waitForTimeout(3_200); // minimum fill time
  await page.getByRole("button", { name: "Zorg doorgeven" }).click();
  const code = (await page.getByTestId("status-code").textContent())!.trim();
  // A code to write down and read out: four groups of four, no look-alikes (I, L, O, U).
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  await expect(page.getByText("Schrijf deze code op. U ziet hem maar één keer.", { exact: false })).toBeVisible();
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.filter((h) => h.includes(code))).toEqual([]);

  await page.getByRole("link", { name: "de pagina Stand van uw zorg" }).click();
  await expect(page.getByRole("heading", { name: "Stand van uw zorg bekijken" })).toBeVisible();
  await expectAxeClean(page);
  await page.getByLabel("Uw code").fill("verkeerde-code-123");
  await page.getByRole("button", { name: "Stand bekijken" }).click();
  await expect(page.getByText("Deze code kennen we niet.", { exact: false }).first()).toBeVisible();
  await expectAxeClean(page);
  // Typed as a person copies it from paper: lower case, spaces instead of dashes.
  await page.getByLabel("Uw code").fill(code.toLowerCase().replace(/-/g, " "));
  await page.getByRole("button", { name: "Stand bekijken" }).click();
  await expect(page.getByTestId("signal-reporter-status")).toContainText("Ontvangen");
  expect(page.url()).not.toContain(code);
  expect(urls.filter((u) => u.includes(code))).toEqual([]);
});

test("hulpvragen: the regisseur adds one to the list; an empty list is refused in Dutch", async ({ page }) => {
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/signalen/instellingen");
  const list = page.getByLabel("Hulpvragen (één per regel)");
  const original = await list.inputValue();
  expect(original).toContain("Rouw en verlies");
  await list.fill("");
  await page.getByRole("button", { name: "Hulpvragen opslaan" }).click();
  await expect(page.locator("#categories-fout")).toHaveText("Vul minstens één hulpvraag in, één per regel.");
  await expect(list).toHaveAttribute("aria-invalid", "true");
  await expectAxeClean(page);
  await list.fill(`${original}\nSamen eten in de wijk`);
  await page.getByRole("button", { name: "Hulpvragen opslaan" }).click();
  const count = original.split("\n").filter((l) => l.trim()).length + 1;
  await expect(page.getByText(`${count} hulpvragen opgeslagen.`)).toBeVisible();
  const saved = (await ownerQuery(`SELECT settings->'signals'->'categories' AS c FROM "Gemeente" WHERE slug = 'samenstad'`)).rows[0].c;
  expect(saved).toContainEqual({ key: "samen-eten-in-de-wijk", label: "Samen eten in de wijk" });
  // Put it back for other specs (no signal has the new one, so it may go).
  await list.fill(original);
  await page.getByRole("button", { name: "Hulpvragen opslaan" }).click();
  await expect(page.getByText(`${count - 1} hulpvragen opgeslagen.`)).toBeVisible();
});
