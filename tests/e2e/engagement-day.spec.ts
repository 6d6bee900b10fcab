/**
 * An ambtenaar's day with entrepreneurs, through the real pages as the demo ambtenaar:
 * new entrepreneur → shortlist (matrix) → promote → contact moment → acknowledgement →
 * vasthouden (one move by keyboard only) → made due → due list. Plus one refused attempt per
 * principle, and axe on every engagement page.
 */
import type { Page, Request } from "@playwright/test";
import { expect, loginAs, ownerQuery, test, waitForMail } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";
import { PRINCIPLES } from "../../src/modules/engagement/principles";

const BASE = "/app/samenstad/ondernemers";

async function vestiging(name: string) {
  return (await ownerQuery(`SELECT id, step, "acknowledgedAt", "matrixScore" FROM "Vestiging" WHERE name = $1`, [name])).rows[0];
}

/** The relation page keeps its forms behind disclosures (issue 16): open one by its summary. */
async function openDisclosure(page: Page, summary: string) {
  await page.locator("summary").filter({ hasText: summary }).click();
}

test.describe.configure({ mode: "serial" });

test("an ambtenaar's day: shortlist, promote, contact, acknowledge, vasthouden, due", async ({ page }) => {
  test.setTimeout(180_000);
  const name = `E2E Bakkerij ${Date.now()}`;
  await loginAs(page, "ambtenaar");

  // Registry: add a new entrepreneur (first an empty submit: Dutch errors per field and in the summary).
  await page.goto(BASE);
  await expect(page).toHaveTitle(/Ondernemers/);
  await expectAxeClean(page);
  const form = page.getByRole("form", { name: "Nieuwe ondernemer" });
  await form.getByRole("button", { name: "Ondernemer toevoegen" }).click();
  await expect(form.getByText("Controleer de velden hieronder.")).toBeVisible();
  await expect(form.getByRole("link", { name: /Naam van de vestiging:/ })).toBeVisible();
  await form.getByLabel("Naam van de vestiging").fill(name);
  await form.getByLabel("Sector").selectOption({ label: "Bakker" });
  await form.getByLabel("Wijk (niet verplicht)").fill("Zuid");
  await form.getByRole("button", { name: "Ondernemer toevoegen" }).click();
  await expect(form.getByText("De ondernemer is toegevoegd.")).toBeVisible();
  await expect.poll(async () => (await vestiging(name))?.step).toBe("VOORBEREIDEN");
  const { id } = await vestiging(name);

  // Search and filter through URL params (a GET form).
  await page.goto(`${BASE}?q=${encodeURIComponent(name)}&wijk=Zuid&sort=name&dir=desc`);
  await expect(page.getByRole("heading", { name: "Gevonden: 1" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name })).toBeVisible();

  // Matrix: four crosses, then promote the selected one.
  await page.goto(`${BASE}/matrix`);
  await expectAxeClean(page);
  // A bakery has frequent personal contact: the sector cross is suggested already.
  await expect(page.getByRole("checkbox", { name: `Sector? ${name}` })).toBeChecked();
  for (const crit of ["Imago ok?", "Mvo bekend?", "Warm contact?"]) {
    await page.getByRole("checkbox", { name: `${crit} ${name}` }).check();
    await expect(page.getByRole("status").first()).toContainText(name);
    await expect(page.getByRole("status").first()).toContainText(/\d kruisjes/);
  }
  await expect.poll(async () => (await vestiging(name)).matrixScore).toBe(4);
  await page.getByRole("checkbox", { name: `Kies ${name}` }).check();
  await page.getByRole("button", { name: "Gekozen ondernemers naar de stap Verbinden zetten" }).click();
  await expect(page.getByText(`Naar de stap Verbinden gezet: ${name}.`)).toBeVisible();
  await expect.poll(async () => (await vestiging(name)).step).toBe("VERBINDEN");

  // Pipeline board and table.
  await page.goto(`${BASE}/pijplijn`);
  await expectAxeClean(page);
  await expect(page.getByRole("region", { name: /Verbinden/ }).getByRole("link", { name })).toBeVisible();
  await page.getByRole("link", { name: "Tabel" }).click();
  await expect(page.getByRole("rowheader", { name })).toBeVisible();
  await expectAxeClean(page);

  // Relation detail: contact moment with the gespreksstarter.
  await page.goto(`${BASE}/${id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectAxeClean(page);
  await openDisclosure(page, "Nieuw contactmoment vastleggen");
  const cm = page.getByRole("form", { name: "Contactmoment vastleggen" });
  await cm.getByLabel("Soort contact").selectOption({ label: "Bezoek" });
  await cm.getByLabel("1. Contact: wie ben je en waarom kom je?").fill("Kennismaking in de winkel");
  await cm.getByLabel("2. Doelgroep: over wie gaat het?").fill("Oudere klanten die alleen wonen");
  await cm.getByLabel("5. Concrete actie: wat spreken we af?").fill("Folder bij de kassa");
  await cm.getByLabel("Uitkomst").fill("Enthousiast");
  await cm.getByLabel("Volgende actie", { exact: true }).fill("Folders brengen");
  await cm.getByLabel("Datum volgende actie").fill("2030-01-15");
  await cm.getByRole("button", { name: "Contactmoment opslaan" }).click();
  await expect(cm.getByText("Het contactmoment is opgeslagen.")).toBeVisible();
  await expect(page.getByText("Volgende actie: Folders brengen")).toBeVisible();

  // Refused (PRINCIPLE_VOLUNTARY): vasthouden before the acknowledgement.
  await openDisclosure(page, "Naar een andere stap verplaatsen");
  const move = page.getByRole("form", { name: "Verplaatsen" });
  await move.getByLabel("Naar stap").selectOption("VASTHOUDEN");
  await move.getByLabel("Waarom?").fill("Wil meedoen");
  await move.getByRole("button", { name: "Verplaatsen" }).click();
  await expect(move.getByText(PRINCIPLES.PRINCIPLE_VOLUNTARY.message)).toBeVisible();
  expect((await vestiging(name)).step).toBe("VERBINDEN");

  // Acknowledgement (date + channel).
  await openDisclosure(page, "Bevestiging van vrijwilligheid vastleggen");
  const ack = page.getByRole("form", { name: "Bevestiging vastleggen" });
  await ack.getByLabel("Hoe bevestigd?").selectOption({ label: "In een gesprek" });
  await ack.getByRole("button", { name: "Bevestiging vastleggen" }).click();
  await expect.poll(async () => (await vestiging(name)).acknowledgedAt).not.toBeNull();

  // Move to vasthouden with the keyboard only, in the pipeline table.
  await page.goto(`${BASE}/pijplijn?weergave=tabel`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  const select = row.getByLabel("Naar stap");
  await select.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(select).toBeFocused();
  // Keyboard selection of the option (ArrowDown in a closed select changes the value in Chromium).
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue("VASTHOUDEN");
  await page.keyboard.press("Tab");
  await expect(row.getByLabel("Waarom?")).toBeFocused();
  await page.keyboard.type("Bevestigd en enthousiast");
  await page.keyboard.press("Tab");
  await expect(row.getByRole("button", { name: "Verplaatsen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("status")).toContainText("Verplaatst.");
  await expect.poll(async () => (await vestiging(name)).step).toBe("VASTHOUDEN");
  const history = await ownerQuery(`SELECT reason, "byUserId" FROM "StepChange" WHERE "vestigingId" = $1 AND "toStep" = 'VASTHOUDEN'`, [
    id,
  ]);
  expect(history.rows[0].reason).toBe("Bevestigd en enthousiast");
  expect(history.rows[0].byUserId).toBeTruthy();

  // Make it due: the last contact ten weeks ago (default: six weeks).
  await ownerQuery(
    `UPDATE "Vestiging" SET "lastContactAt" = now() - interval '70 days', "activeSince" = now() - interval '70 days' WHERE id = $1`,
    [id],
  );
  await page.goto(BASE);
  const due = page.getByRole("region", { name: /Aandacht nodig/ });
  await expect(due.getByRole("link", { name })).toBeVisible();
  await expect(due).toContainText("10 weken geleden");

  // The weekly digest job (pg-boss, real SMTP): enqueue it for Samenstad and read the mail.
  const amb = (await ownerQuery(`SELECT id, email FROM "User" WHERE email = 'ambtenaar@samenstad.demo'`)).rows[0];
  const gem = (await ownerQuery(`SELECT id FROM "Gemeente" WHERE slug = 'samenstad'`)).rows[0];
  await ownerQuery(`UPDATE "Vestiging" SET "accountHolderId" = $1 WHERE id = $2`, [amb.id, id]);
  await ownerQuery(`INSERT INTO pgboss.job (name, data) VALUES ('engagement.due-digest', $1::jsonb)`, [
    JSON.stringify({ gemeenteId: gem.id }),
  ]);
  const digest = await waitForMail((m) => m.to.includes(amb.email) && m.text.includes(name), 30_000);
  expect(digest.subject).toMatch(/op contact/);

  // Settings page renders (due weeks, templates, propositie) and is axe-clean.
  await page.goto("/app/samenstad/instellingen");
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen ondernemers" })).toBeVisible();
  await expect(page.locator("code").getByText("{{ondernemer}}", { exact: true })).toBeVisible();
  await expectAxeClean(page);
  await page.goto(`${BASE}/importeren`);
  await expectAxeClean(page);
});

test("each principle is refused through the UI or a replayed action, and nothing changes", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `E2E Kapper ${Date.now()}`;
  await loginAs(page, "ambtenaar");
  await page.goto(BASE);
  const form = page.getByRole("form", { name: "Nieuwe ondernemer" });
  await form.getByLabel("Naam van de vestiging").fill(name);
  await form.getByLabel("Sector").selectOption({ label: "Kapper" });
  await form.getByRole("button", { name: "Ondernemer toevoegen" }).click();
  await expect(form.getByText("De ondernemer is toegevoegd.")).toBeVisible();
  await expect.poll(async () => (await vestiging(name))?.id).toBeTruthy();
  const { id } = await vestiging(name);
  await page.goto(`${BASE}/${id}`);

  // PRINCIPLE_NO_SPONSORSHIP: sponsoring is refused with the principle message.
  await openDisclosure(page, "Bijdrage toevoegen");
  const contrib = page.getByRole("form", { name: "Bijdrage toevoegen" });
  await contrib.getByLabel("Soort bijdrage").selectOption({ label: "Sponsoring" });
  await contrib.getByRole("button", { name: "Bijdrage toevoegen" }).click();
  await expect(contrib.getByRole("status")).toContainText(PRINCIPLES.PRINCIPLE_NO_SPONSORSHIP.message);
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "Contribution" WHERE "vestigingId" = $1`, [id])).rows[0].n).toBe(0);
  // In kind is welcome.
  await contrib.getByLabel("Soort bijdrage").selectOption({ label: "Extra gastvrij zijn" });
  await contrib.getByRole("button", { name: "Bijdrage toevoegen" }).click();
  await expect(contrib.getByText("De bijdrage is toegevoegd.")).toBeVisible();

  // PRINCIPLE_DOUBT: an open twijfel blocks a move forward.
  await openDisclosure(page, "Twijfel melden");
  const doubt = page.getByRole("form", { name: "Twijfel melden" });
  await doubt.getByLabel("Waarom twijfel je?").fill("Onduidelijk of de eigenaar dit wil");
  await doubt.getByRole("button", { name: "Twijfel melden" }).click();
  await expect(doubt.getByText("De twijfel is gemeld.")).toBeVisible();

  const captured: Request[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && req.headers()["next-action"] && (req.postData() ?? "").includes("Volgende stap")) captured.push(req);
  });
  await openDisclosure(page, "Naar een andere stap verplaatsen");
  const move = page.getByRole("form", { name: "Verplaatsen" });
  await move.getByLabel("Naar stap").selectOption("VERBINDEN");
  await move.getByLabel("Waarom?").fill("Volgende stap");
  await move.getByRole("button", { name: "Verplaatsen" }).click();
  await expect(move.getByText(PRINCIPLES.PRINCIPLE_DOUBT.message)).toBeVisible();
  expect((await vestiging(name)).step).toBe("VOORBEREIDEN");

  // Four eyes (issue 13): the ambtenaar who raised the twijfel does not decide it; the regisseur does.
  await expect(page.getByText(/Over deze twijfel beslist iemand anders/)).toBeVisible();
  await expect(page.getByRole("form", { name: "Twijfel afsluiten" })).toHaveCount(0);
  await page.context().clearCookies();
  await loginAs(page, "regisseur");
  await page.goto(`${BASE}/${id}`);
  // Close the twijfel (decision: continue); now the same move works.
  const close = page.getByRole("form", { name: "Twijfel afsluiten" });
  await close.getByLabel("Besluit", { exact: true }).selectOption("CONTINUE");
  await close.getByLabel("Toelichting bij het besluit").fill("Eigenaar gesproken: wil graag");
  await close.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByText("Besluit: doorgaan")).toBeVisible();

  // PRINCIPLE_NOT_EXCLUSIVE / EQUAL_TREATMENT / TRANSPARENCY have no UI control: replay the captured
  // move action with an extra form field; each is refused with its own code, and the step is unchanged
  // (the engagement actions pass fields they do not list on to the strict schemas: formValues with unlisted "keep").
  await expect.poll(() => captured.length).toBeGreaterThan(0);
  const req = captured[0];
  const headers = req.headers();
  const replayHeaders: Record<string, string> = { "next-action": headers["next-action"], accept: "text/x-component" };
  for (const h of ["content-type", "next-router-state-tree", "origin"]) if (headers[h]) replayHeaders[h] = headers[h];
  // The browser's Origin is not among Playwright's provisional headers; without it src/proxy.ts refuses the replay.
  replayHeaders.origin ??= new URL(req.url()).origin;
  const body = req.postData() ?? "";
  // The move form posts its FormData (multipart): React names each field's part `<prefix>reason`, and sends the
  // arguments' root part after the form's parts (the server reads the form when the root arrives). The replay adds
  // one more field part beside `reason`, as a forged form would.
  const boundary = /boundary=(.+)$/.exec(headers["content-type"] ?? "")?.[1] ?? "";
  const reasonPart = /name="([^"]*)reason"\r\n\r\nVolgende stap\r\n/.exec(body);
  const prefix = reasonPart?.[1];
  expect(boundary).not.toBe("");
  expect(prefix).toBeDefined();
  const withField = (name: string) =>
    body.replace(
      reasonPart![0],
      `${reasonPart![0]}--${boundary}\r\nContent-Disposition: form-data; name="${prefix}${name}"\r\n\r\ntrue\r\n`,
    );
  for (const [extra, code] of [
    ["exclusive", "PRINCIPLE_NOT_EXCLUSIVE"],
    ["featured", "PRINCIPLE_EQUAL_TREATMENT"],
    ["hidden", "PRINCIPLE_TRANSPARENCY"],
  ] as const) {
    const res = await page.request.post(req.url(), { headers: replayHeaders, data: withField(extra) });
    const text = await res.text();
    expect(text).toContain(`"code":"${code}"`);
    expect(text).not.toContain('"ok":true');
    expect((await vestiging(name)).step).toBe("VOORBEREIDEN");
  }
  // Control: the unchanged replay is accepted (the refusals came from the extra field).
  const ok = await page.request.post(req.url(), { headers: replayHeaders, data: body });
  expect(await ok.text()).toContain('"ok":true');
  expect((await vestiging(name)).step).toBe("VERBINDEN");
});

test("park and revive, stop and restart, and an all-or-nothing longlist import", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await loginAs(page, "ambtenaar");

  // Import with one bad row: nothing is imported and the row is named in the report.
  await page.goto(`${BASE}/importeren`);
  const good = `E2E Opticien ${stamp}`;
  const bad = `naam;sector;wijk\n${good};opticien;West\nE2E Fout ${stamp};geen-sector;West\n`;
  const form = page.getByRole("form", { name: "Lijst van ondernemers inlezen (CSV)" });
  await form.getByLabel("CSV-bestand").setInputFiles({ name: "lijst.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await form.getByRole("button", { name: "Importeren" }).click();
  await expect(form.getByText("Er is niets ingelezen.")).toBeVisible();
  await expect(form.getByRole("table", { name: "Fouten per regel" })).toContainText("regel 3");
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "Vestiging" WHERE name = $1`, [good])).rows[0].n).toBe(0);
  await expectAxeClean(page);
  // Fixed file: imported.
  await form
    .getByLabel("CSV-bestand")
    .setInputFiles({ name: "lijst.csv", mimeType: "text/csv", buffer: Buffer.from(`naam;sector;wijk\n${good};opticien;West\n`) });
  await form.getByRole("button", { name: "Importeren" }).click();
  await expect(form.getByText("Ingelezen: 1 ondernemers.")).toBeVisible();
  const { id } = await vestiging(good);

  // Mouse: drag the card to another column; the move form opens with that step, a reason is still needed.
  await page.goto(`${BASE}/pijplijn`);
  const card = page.getByRole("listitem", { name: good });
  await expect(card).toHaveAttribute("draggable", "true"); // the enhancement is active (after hydration)
  // Native drag events with one shared DataTransfer (as the browser sends them on a mouse drag).
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  const column = page.getByRole("region", { name: /^Verbinden/ });
  await card.dispatchEvent("dragstart", { dataTransfer });
  await column.dispatchEvent("dragover", { dataTransfer });
  await column.dispatchEvent("drop", { dataTransfer });
  const dragForm = card.getByRole("form", { name: `Verplaats ${good}` });
  await expect(dragForm.getByLabel("Naar stap")).toHaveValue("VERBINDEN");
  await expect(dragForm.getByLabel("Waarom?")).toBeFocused();
  await page.keyboard.type("Gesleept na een goed gesprek");
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await vestiging(good)).step).toBe("VERBINDEN");

  // Edit the data: name the accounthouder.
  await page.goto(`${BASE}/${id}`);
  await openDisclosure(page, "Gegevens wijzigen");
  const edit = page.getByRole("form", { name: "Gegevens wijzigen" });
  await edit.getByLabel("Vaste contactpersoon").selectOption({ label: "Anouk de Vries" });
  await edit.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(edit.getByText("De gegevens zijn opgeslagen.")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Anouk de Vries" })).toBeVisible();
  await expectAxeClean(page);

  // Park on the detail page; the pipeline shows it apart, with "Weer oppakken".
  await openDisclosure(page, "Even stilzetten");
  const park = page.getByRole("form", { name: "Even stilzetten" });
  await park.getByLabel("Reden").fill("Nu geen tijd, na de zomer weer");
  await park.getByRole("button", { name: "Even stilzetten" }).click();
  await expect
    .poll(async () => (await ownerQuery(`SELECT "parkedAt" FROM "Vestiging" WHERE id = $1`, [id])).rows[0].parkedAt)
    .not.toBeNull();
  await page.goto(`${BASE}/pijplijn`);
  const parked = page.getByRole("region", { name: /Stilgezet/ });
  const revive = parked.getByRole("form", { name: `Weer oppakken: ${good}` });
  await revive.getByLabel("Reden").fill("Na de zomer");
  await revive.getByRole("button", { name: "Weer oppakken" }).click();
  // The refresh after success moves the card out of "Stilgezet" (its form and message go with it;
  // how fast depends on the page): check where the card ends up, not the transient message.
  await expect(parked.getByRole("form", { name: `Weer oppakken: ${good}` })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /^Verbinden/ }).getByRole("listitem", { name: good })).toBeVisible();
  expect((await ownerQuery(`SELECT "parkedAt" FROM "Vestiging" WHERE id = $1`, [id])).rows[0].parkedAt).toBeNull();

  // Stop (immediate) and restart.
  await page.goto(`${BASE}/${id}`);
  // Stopping is a confirmed step: first "Samenwerking stoppen…", then the warning and "Ja, samenwerking stoppen".
  await openDisclosure(page, "Samenwerking stoppen…");
  const stop = page.getByRole("form", { name: "Samenwerking stoppen" });
  await stop.getByLabel("Reden").fill("Wil niet meer");
  await stop.getByRole("button", { name: "Ja, samenwerking stoppen" }).click();
  await expect(page.locator("summary").filter({ hasText: "Opnieuw beginnen" })).toBeVisible();
  await openDisclosure(page, "Opnieuw beginnen");
  const restart = page.getByRole("form", { name: "Opnieuw beginnen" });
  await restart.getByLabel("Reden").fill("Toch weer interesse");
  await restart.getByRole("button", { name: "Opnieuw beginnen" }).click();
  await expect(page.locator("summary").filter({ hasText: "Samenwerking stoppen…" })).toBeVisible();
  const kinds = (await ownerQuery(`SELECT kind FROM "StepChange" WHERE "vestigingId" = $1 ORDER BY at`, [id])).rows.map((r) => r.kind);
  expect(kinds).toEqual(expect.arrayContaining(["PARK", "REVIVE", "STOP", "RESTART"]));
});

test("a loket employee (no engagement permission) is refused on the engagement pages", async ({ page }) => {
  await loginAs(page, "loket");
  for (const path of [BASE, `${BASE}/matrix`, `${BASE}/pijplijn`, "/app/samenstad/instellingen"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("Sportschool In Beweging");
    await expect(page.getByRole("form", { name: "Nieuwe ondernemer" })).toHaveCount(0);
  }
  await expect(page.getByRole("link", { name: "Ondernemers", exact: true })).toHaveCount(0);
});
