/**
 * Issue 16, items 1–4: the ambtenaar's working day in Chromium, as the demo ambtenaar.
 * 1. A template mail: the template's own fields, prefilled function and contact details (account
 *    page), a live preview, refusal naming the empty fields, then sent over SMTP (read back) and
 *    logged as a contact moment.
 * 2. "Mijn acties" on the overview: overdue first, marked done (recorded), and in the weekly digest.
 * 3. The entrepreneur page: summary first, sections, messages that clear on the next action,
 *    "Samenwerking stoppen" confirmed, history lines that say what happened.
 * 4. One name per place for the entrepreneur settings.
 */
import type { Page } from "@playwright/test";
import { expect, loginAs, ownerQuery, test, waitForMail } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

const BASE = "/app/samenstad/ondernemers";
const DAY = 24 * 3600 * 1000;

async function openDisclosure(page: Page, summary: string) {
  await page.locator("summary").filter({ hasText: summary }).click();
}

async function newEntrepreneur(page: Page, name: string): Promise<string> {
  await page.goto(BASE);
  const form = page.getByRole("form", { name: "Nieuwe ondernemer" });
  await form.getByLabel("Naam van de vestiging").fill(name);
  await form.getByLabel("Sector").selectOption({ label: "Bakker" });
  await form.getByRole("button", { name: "Ondernemer toevoegen" }).click();
  await expect(form.getByText("De ondernemer is toegevoegd.")).toBeVisible();
  await expect.poll(async () => (await ownerQuery(`SELECT id FROM "Vestiging" WHERE name = $1`, [name])).rows[0]?.id).toBeTruthy();
  return (await ownerQuery(`SELECT id FROM "Vestiging" WHERE name = $1`, [name])).rows[0].id as string;
}

test.describe.configure({ mode: "default" });

test("1. a template mail with its own fields, a live preview, refused while incomplete, then sent and logged", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  await loginAs(page, "ambtenaar");

  // Function and contact details are kept per person, on the account page.
  await page.goto("/account");
  const details = page.getByRole("form", { name: "Functie en contactgegevens" });
  await details.getByLabel("Functie").fill(`Accounthouder ondernemers ${stamp}`);
  await details.getByLabel("Contactgegevens voor je mails").fill("010-1112233 · anouk@samenstad.demo");
  await details.getByRole("button", { name: "Opslaan" }).click();
  await expect(details.getByText("Je functie en contactgegevens zijn opgeslagen.")).toBeVisible();
  await expectAxeClean(page);

  const name = `E2E Banketbakker ${stamp}`;
  const id = await newEntrepreneur(page, name);
  await page.goto(`${BASE}/${id}`);
  await openDisclosure(page, "Contactpersoon toevoegen");
  const person = page.getByRole("form", { name: "Contactpersoon toevoegen" });
  await person.getByLabel("Naam").fill("Bea Banket");
  await person.getByLabel("E-mailadres (niet verplicht)").fill(`bea.${stamp}@banket.test`);
  await person.getByRole("button", { name: "Contactpersoon toevoegen" }).click();
  await expect(person.getByText("De contactpersoon is toegevoegd.")).toBeVisible();

  const mail = page.getByRole("region", { name: "Mail sturen" });
  await openDisclosure(page, "Mail opstellen");
  const form = mail.getByRole("form", { name: "Mail sturen" });
  const fields = form.getByRole("group", { name: "Invulvelden van dit sjabloon" });
  // The template's own fields, prefilled from the data: the contact person, your function and contact details.
  await expect(fields.getByLabel("Naam van de contactpersoon")).toHaveValue("Bea Banket");
  await expect(fields.getByLabel("Jouw functie")).toHaveValue(`Accounthouder ondernemers ${stamp}`);
  await expect(fields.getByLabel("Jouw telefoon en e-mail")).toHaveValue("010-1112233 · anouk@samenstad.demo");
  await expect(fields.getByLabel("Een passend compliment")).toHaveValue("");
  await expect(form.getByLabel("Aan (e-mailadres)")).toHaveValue(`bea.${stamp}@banket.test`);
  const preview = form.getByRole("region", { name: "Voorbeeld van de mail" });
  await expect(preview).toContainText("Beste Bea Banket,");
  await expect(preview).toContainText("Meedoen is helemaal vrijwillig.");
  await expect(preview).toContainText("[Een passend compliment]");
  await expectAxeClean(page);

  // Refused while a field is empty: both send and copy, naming the fields in Dutch; nothing is sent or logged.
  await form.getByRole("button", { name: "Mail versturen" }).click();
  await expect(form.getByRole("status").first()).toContainText(
    "Vul eerst in: Een passend compliment, De concrete vraag of suggestie, De kern van de aanpak in de gemeente.",
  );
  await expect(fields.getByLabel("Een passend compliment")).toHaveAttribute("aria-invalid", "true");
  await form.getByRole("button", { name: "Tekst kopiëren" }).click();
  await expect(form.getByRole("status").first()).toContainText("Vul eerst in: Een passend compliment");
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "ContactMoment" WHERE "vestigingId" = $1`, [id])).rows[0].n).toBe(0);

  // The preview follows the typing.
  await fields.getByLabel("Een passend compliment").fill("Uw winkel is een ontmoetingsplek in de wijk.");
  await fields.getByLabel("De concrete vraag of suggestie").fill("een kopje koffie aan te bieden aan wie alleen is");
  await fields.getByLabel("De kern van de aanpak in de gemeente").fill("Samen zorgen we dat niemand er alleen voor staat.");
  await expect(preview).toContainText(
    "het mogelijk is om een kopje koffie aan te bieden aan wie alleen is. Dat leg ik je graag verder uit.",
  );
  await expect(preview).not.toContainText("[");

  await form.getByRole("button", { name: "Mail versturen" }).click();
  await expect(form.getByRole("status").first()).toContainText(
    `De mail is verstuurd naar bea.${stamp}@banket.test en vastgelegd als contactmoment.`,
  );
  const sent = await waitForMail((m) => m.to.includes(`bea.${stamp}@banket.test`), 20_000);
  expect(sent.subject).toBe(`Samen tegen eenzaamheid in Samenstad: doet ${name} mee?`);
  expect(sent.text).toContain("Beste Bea Banket,");
  expect(sent.text).toContain("Uw winkel is een ontmoetingsplek in de wijk.");
  expect(sent.text).toContain("Ik mail je namens de gemeente Samenstad.");
  expect(sent.text).toContain(
    "Meedoen is helemaal vrijwillig. Het geeft geen voordeel als de gemeente iets inkoopt of een opdracht geeft.",
  );
  expect(sent.text).toContain(`Accounthouder ondernemers ${stamp}\n010-1112233 · anouk@samenstad.demo`);
  expect(sent.text).not.toMatch(/\{\{| {2}| \./);
  await expect(page.getByRole("region", { name: "Contactmomenten" })).toContainText(`mail: ${sent.subject}`);
  const logged = await ownerQuery(`SELECT kind, "mailSubject" FROM "ContactMoment" WHERE "vestigingId" = $1`, [id]);
  expect(logged.rows).toEqual([{ kind: "MAIL", mailSubject: sent.subject }]);
});

test("2. Mijn acties: overdue first on the overview, marked done (recorded), and in the weekly digest", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const amb = await loginAs(page, "ambtenaar");
  const user = (await ownerQuery(`SELECT id, email FROM "User" WHERE email = $1`, [amb.email])).rows[0];
  const name = `E2E Kaasboer ${stamp}`;
  const id = await newEntrepreneur(page, name);
  await ownerQuery(`UPDATE "Vestiging" SET "accountHolderId" = $1 WHERE id = $2`, [user.id, id]);

  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const record = async (what: string, date: Date) => {
    await page.goto(`${BASE}/${id}`);
    await openDisclosure(page, "Nieuw contactmoment vastleggen");
    const cm = page.getByRole("form", { name: "Contactmoment vastleggen" });
    await cm.getByLabel("Soort contact").selectOption({ label: "Telefoongesprek" });
    await cm.getByLabel("Volgende actie", { exact: true }).fill(what);
    await cm.getByLabel("Datum volgende actie").fill(iso(date));
    await cm.getByRole("button", { name: "Contactmoment opslaan" }).click();
    await expect(cm.getByText("Het contactmoment is opgeslagen.")).toBeVisible();
  };
  const soon = `Proefpakket brengen ${stamp}`;
  const late = `Terugbellen over de kaasplank ${stamp}`;
  await record(soon, new Date(Date.now() + 3 * DAY));
  await record(late, new Date(Date.now() - 5 * DAY));

  // The summary on the entrepreneur page names the next (overdue) action.
  const summary = page.getByRole("region", { name: "Samenvatting" });
  await expect(summary).toContainText(late);
  await expect(summary).toContainText("Te laat");

  await page.goto("/app/samenstad");
  const mine = page.getByRole("region", { name: "Mijn acties" });
  const rows = mine.getByRole("row").filter({ hasText: name });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(late);
  await expect(rows.nth(0)).toContainText("Te laat");
  await expect(rows.nth(1)).toContainText(soon);
  await expect(rows.nth(0).getByRole("link", { name })).toHaveAttribute("href", `${BASE}/${id}`);
  await expectAxeClean(page);

  // The weekly digest lists the open actions (the demo's digest of this week is cleared first: one per week).
  await ownerQuery(`DELETE FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' = $1`, [user.email]);
  await ownerQuery(
    `DO $$ BEGIN IF to_regclass('pgboss.archive') IS NOT NULL THEN DELETE FROM pgboss.archive WHERE name = 'mail.send'; END IF; END $$`,
  );
  const gem = (await ownerQuery(`SELECT id FROM "Gemeente" WHERE slug = 'samenstad'`)).rows[0];
  const sentBefore = Date.now();
  await ownerQuery(`INSERT INTO pgboss.job (name, data) VALUES ('engagement.due-digest', $1::jsonb)`, [
    JSON.stringify({ gemeenteId: gem.id }),
  ]);
  const digest = await waitForMail(
    (m) => m.to.includes(user.email) && m.text.includes(late) && Date.parse(m.date) >= sentBefore - 60_000,
    40_000,
  );
  expect(digest.subject).toMatch(/actie/);
  expect(digest.text).toMatch(new RegExp(`\\(te laat\\) — ${name}: ${late}`));
  expect(digest.text).toContain(`${name}: ${soon}`);
  expect(digest.text.indexOf(late)).toBeLessThan(digest.text.indexOf(soon));

  // Done: recorded with who and when; the action leaves the list.
  // The button names the action for screen readers ("Gedaan" + the action and the entrepreneur).
  await mine.getByRole("button", { name: new RegExp(`^Gedaan ?: ${late} \\(${name}\\)$`) }).click();
  await expect(mine.getByRole("row").filter({ hasText: late })).toHaveCount(0);
  const done = await ownerQuery(`SELECT "nextActionDoneAt", "nextActionDoneById" FROM "ContactMoment" WHERE "nextAction" = $1`, [late]);
  expect(done.rows[0].nextActionDoneAt).not.toBeNull();
  expect(done.rows[0].nextActionDoneById).toBe(user.id);
  await expect(mine.getByRole("row").filter({ hasText: soon })).toHaveCount(1);
  // The entrepreneur page shows who did it.
  await page.goto(`${BASE}/${id}`);
  await expect(page.getByRole("region", { name: "Contactmomenten" })).toContainText(/gedaan op .* door Anouk de Vries/);
});

test("3. the entrepreneur page: summary first, sections, messages that clear, a confirmed stop, readable history", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  await loginAs(page, "ambtenaar");
  const name = `E2E Slager ${stamp}`;
  const id = await newEntrepreneur(page, name);
  await page.goto(`${BASE}/${id}`);

  // Summary first: step, acknowledgement, twijfel, next action.
  const summary = page.getByRole("region", { name: "Samenvatting" });
  await expect(summary).toContainText("Voorbereiden");
  await expect(summary).toContainText("Nog niet");
  await expect(summary).toContainText("Geen open twijfel");
  await expect(summary).toContainText("Geen open actie");
  // Then sections with headings, reachable from "Op deze pagina".
  const nav = page.getByRole("navigation", { name: "Op deze pagina" });
  for (const section of ["Stap", "Contact", "Bijdragen", "Twijfel", "Gegevens", "Geschiedenis", "Stilzetten of stoppen"]) {
    await expect(nav.getByRole("link", { name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
    "Samenvatting",
    "Stap",
    "Contact",
    "Bijdragen",
    "Twijfel (bij twijfel: niet doen)",
    "Gegevens",
    "Geschiedenis",
    "Stilzetten of stoppen",
  ]);
  // The page is short: every form is behind a disclosure (it was about 6,300 px of forms).
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3500);
  await expectAxeClean(page);

  // Keyboard: a disclosure opens with Enter, without a mouse.
  await page.locator("summary").filter({ hasText: "Naar een andere stap verplaatsen" }).focus();
  await page.keyboard.press("Enter");
  const move = page.getByRole("form", { name: "Verplaatsen" });
  await expect(move).toBeVisible();
  await move.getByLabel("Naar stap").selectOption("VERBINDEN");
  await move.getByLabel("Waarom?").fill("Eerste gesprek gepland");
  await move.getByRole("button", { name: "Verplaatsen" }).click();
  await expect(move.getByText("Verplaatst.")).toBeVisible();

  // Messages clear on the next action: a second form's submit removes the first one's message.
  await openDisclosure(page, "Bevestiging van vrijwilligheid vastleggen");
  const ack = page.getByRole("form", { name: "Bevestiging vastleggen" });
  await ack.getByLabel("Hoe bevestigd?").selectOption({ label: "In een gesprek" });
  await ack.getByRole("button", { name: "Bevestiging vastleggen" }).click();
  await expect(move.getByText("Verplaatst.")).toHaveCount(0);
  await expect
    .poll(async () => (await ownerQuery(`SELECT "acknowledgedAt" FROM "Vestiging" WHERE id = $1`, [id])).rows[0].acknowledgedAt)
    .not.toBeNull();

  // History lines say what happened.
  await page.reload();
  const history = page.getByRole("table", { name: "Wie wat wanneer en waarom veranderde" });
  await expect(history).toContainText("Van Voorbereiden naar Verbinden");
  await expect(history.getByRole("cell", { name: "Vrijwilligheid bevestigd", exact: true })).toBeVisible();
  await expect(history).not.toContainText("→");
  await expect(summary).toContainText("Ja, op");

  // "Samenwerking stoppen" is a danger action, confirmed in a second step (works without JavaScript: a disclosure).
  const stopSummary = page.locator("summary").filter({ hasText: "Samenwerking stoppen…" });
  await expect(stopSummary).toHaveCSS("color", "rgb(161, 17, 27)");
  await expect(page.getByRole("button", { name: "Ja, samenwerking stoppen" })).toBeHidden();
  await stopSummary.click();
  await expect(page.getByText("Let op: dit is een zware stap.")).toBeVisible();
  const stop = page.getByRole("form", { name: "Samenwerking stoppen" });
  await expect(stop.getByRole("button", { name: "Ja, samenwerking stoppen" })).toHaveCSS("background-color", "rgb(161, 17, 27)");
  await expectAxeClean(page);
  await stop.getByLabel("Reden").fill("Past nu niet");
  await stop.getByRole("button", { name: "Ja, samenwerking stoppen" }).click();
  await expect(summary).toContainText("Gestopt");
  await expect(history).toContainText("Samenwerking gestopt");
});

test("3b. without JavaScript the sections and the stop confirmation still open", async ({ browser, page }) => {
  await loginAs(page, "ambtenaar");
  const state = await page.context().storageState();
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: state });
  const noJs = await context.newPage();
  const row = (
    await ownerQuery(
      `SELECT v.id FROM "Vestiging" v JOIN "Gemeente" g ON g.id = v."gemeenteId" WHERE g.slug = 'samenstad' AND v."stoppedAt" IS NULL ORDER BY v.name LIMIT 1`,
    )
  ).rows[0];
  await noJs.goto(`${BASE}/${row.id}`);
  await expect(noJs.getByRole("region", { name: "Samenvatting" })).toBeVisible();
  await expect(noJs.getByRole("button", { name: "Ja, samenwerking stoppen" })).toBeHidden();
  await noJs.locator("summary").filter({ hasText: "Samenwerking stoppen…" }).click();
  await expect(noJs.getByRole("button", { name: "Ja, samenwerking stoppen" })).toBeVisible();
  await noJs.locator("summary").filter({ hasText: "Nieuw contactmoment vastleggen" }).click();
  await expect(noJs.getByRole("form", { name: "Contactmoment vastleggen" })).toBeVisible();
  await context.close();
});

test("4. one name per place: the overview card and the settings page say Instellingen ondernemers", async ({ page }) => {
  await loginAs(page, "ambtenaar");
  await page.goto("/app/samenstad");
  const card = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Instellingen ondernemers" }) });
  await expect(card).toContainText(
    "Mailsjablonen, wat de gemeente ondernemers biedt, en na hoeveel weken een ondernemer aandacht nodig heeft.",
  );
  await expect(page.getByText("De instellingen en de mensen van jouw gemeente.")).toHaveCount(0);
  await card.getByRole("link", { name: "Instellingen ondernemers" }).click();
  await expect(page).toHaveTitle(/Instellingen ondernemers/);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen ondernemers" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Ondernemers" }).getByRole("link", { name: "Instellingen ondernemers" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 2, name: "Mailsjablonen" })).toBeVisible();
  await expectAxeClean(page);
});
