/**
 * Issue 6 item 1: the regisseur places a partner in the kernteam (an ambassadeur is required), then
 * records a klankbordgroep meeting and input and what the coalition did with it. axe: 0 violations
 * on both pages. An ambtenaar sees the klankbordgroep's meetings but not its members.
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { axeViolations } from "./support/axe";

test("a regisseur puts a partner in the kernteam with an ambassadeur", async ({ page }) => {
  const name = `E2E Sportclub ${Date.now()}`;
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/partners");
  await expect(page.getByRole("heading", { level: 1, name: "Coalitie" })).toBeVisible();

  const add = page.getByRole("form", { name: "Partner toevoegen" });
  await add.getByLabel("Naam van de organisatie").fill(name);
  await add.getByLabel("Soort partner").selectOption({ label: "Sport" });
  await add.getByRole("button", { name: "Partner toevoegen" }).click();
  await expect(add.getByText(`${name} is toegevoegd.`)).toBeVisible();

  await page.reload();
  const lokaal = page.getByRole("region", { name: /^Lokale coalitie/ });
  await expect(lokaal.getByRole("rowheader", { name })).toBeVisible();
  const move = page.getByRole("form", { name: `Kring van ${name}` });
  await move.getByLabel("Kring", { exact: true }).selectOption({ label: "Kernteam" });
  await move.getByRole("button", { name: `Kring van ${name} opslaan` }).click();
  // The rule, from the server: no kernteam without an ambassadeur; focus goes to the field.
  const ambassador = move.getByLabel("Ambassadeur", { exact: true });
  await expect(move.getByText("In het kernteam heeft elke partner een ambassadeur.", { exact: false }).first()).toBeVisible();
  await expect(ambassador).toBeFocused();
  await expect(ambassador).toHaveAttribute("aria-invalid", "true");
  expect((await ownerQuery(`SELECT circle FROM "CoalitionPartner" WHERE name = $1`, [name])).rows[0].circle).toBe("LOKALE_COALITIE");
  expect(await axeViolations(page)).toEqual([]);

  await move.getByLabel("Kring", { exact: true }).selectOption({ label: "Kernteam" });
  await ambassador.fill("Lotte Smit");
  await move.getByRole("button", { name: `Kring van ${name} opslaan` }).click();
  const kernteam = page.getByRole("region", { name: /^Kernteam/ });
  await expect(kernteam.getByRole("rowheader", { name })).toBeVisible();
  await expect(kernteam.getByRole("row", { name: new RegExp(name) }).getByRole("cell", { name: "Lotte Smit", exact: true })).toBeVisible();
  expect((await ownerQuery(`SELECT circle, ambassador FROM "CoalitionPartner" WHERE name = $1`, [name])).rows[0]).toEqual({
    circle: "KERNTEAM",
    ambassador: "Lotte Smit",
  });
});

test("a regisseur records a klankbord meeting and its input; an ambtenaar sees no members", async ({ page, browser }) => {
  const topic = `Eenzaam na verlies ${Date.now()}`;
  const said = `Na het overlijden van een partner komt niemand meer langs (${Date.now()}).`;
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/klankbordgroep");
  await expect(page.getByRole("heading", { level: 1, name: "Klankbordgroep" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Leden", exact: true })).toBeVisible();

  const meeting = page.getByRole("form", { name: "Bijeenkomst toevoegen" });
  await meeting.getByRole("button", { name: "Bijeenkomst toevoegen" }).click();
  await expect(meeting.getByText("Vul de datum van de bijeenkomst in.")).toBeVisible();
  await meeting.getByLabel("Datum").fill("2026-10-05");
  await meeting.getByLabel("Onderwerp").fill(topic);
  await meeting.getByRole("button", { name: "Bijeenkomst toevoegen" }).click();
  await expect(meeting.getByText("De bijeenkomst is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("region", { name: /^Bijeenkomsten/ }).getByRole("rowheader", { name: topic })).toBeVisible();

  const input = page.getByRole("form", { name: "Inbreng toevoegen" });
  await input.getByLabel("Bijeenkomst (niet verplicht)").selectOption({ label: `5 oktober 2026: ${topic}` });
  await input.getByLabel("Wat is er gezegd?").fill(said);
  await input.getByLabel("Thema").selectOption({ label: "Ondersteunen en activeren" });
  await input.getByRole("button", { name: "Inbreng toevoegen" }).click();
  await expect(input.getByText("De inbreng is opgeslagen.")).toBeVisible();

  const row = page.getByRole("region", { name: /^Inbreng/ }).getByRole("row", { name: new RegExp(said.slice(0, 30)) });
  await expect(row).toBeVisible();
  const statusForm = row.getByRole("form");
  await statusForm.getByLabel("Status", { exact: true }).selectOption({ label: "Verwerkt" });
  await statusForm.getByRole("button", { name: "Status opslaan" }).click();
  await expect(statusForm.getByText("Schrijf op wat de coalitie met deze inbreng gedaan heeft.")).toBeVisible();
  await statusForm.getByLabel("Status", { exact: true }).selectOption({ label: "Verwerkt" });
  await statusForm.getByLabel("Wat deed de coalitie ermee?").fill("Rouwgroep in het aanbod gezet met Humanitas.");
  await statusForm.getByRole("button", { name: "Status opslaan" }).click();
  await expect
    .poll(async () => (await ownerQuery(`SELECT status FROM "KlankbordInput" WHERE text = $1`, [said])).rows[0]?.status)
    .toBe("VERWERKT");
  expect(await axeViolations(page)).toEqual([]);

  const context = await browser.newContext();
  const other = await context.newPage();
  await loginAs(other, "ambtenaar");
  await other.goto("/app/samenstad/klankbordgroep");
  await expect(other.getByRole("region", { name: /^Bijeenkomsten/ }).getByRole("rowheader", { name: topic })).toBeVisible();
  await expect(other.getByRole("heading", { name: "Leden", exact: true })).toHaveCount(0);
  await expect(other.getByText("Mevrouw T.")).toHaveCount(0);
  expect(await axeViolations(other)).toEqual([]);
  await context.close();
});
