/**
 * Events for people without an account (issue 16 items 5 and 8, issue 17 item 4), in Chromium as
 * each person would do it: the regisseur invites, the invitee answers through the personal link in
 * the captured mail; a visitor on a phone registers on the public agenda and cancels through the
 * link in the confirmation mail; the regisseur closes a training with attendance and reads the
 * figure back on the dashboard, in the CSV export and in the council report. axe: 0 violations.
 */
import { expect, fillLoginForm, account, loginAs, ownerQuery, test, waitForMail } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";
import type { Page } from "@playwright/test";

const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const indicator = async (page: Page, key: string) =>
  Number((await page.locator(`[data-indicator="${key}"] dd`).innerText()).replace(/\./g, ""));
const samenstadId = async () => (await ownerQuery<{ id: string }>(`SELECT id FROM "Gemeente" WHERE slug = 'samenstad'`)).rows[0].id;

async function insertEvent(over: { title: string; kind?: string; capacity?: number | null; public?: boolean; startsInDays?: number }) {
  const start = new Date(Date.now() + (over.startsInDays ?? 10) * 86_400_000);
  const end = new Date(start.getTime() + 2 * 3_600_000);
  const { rows } = await ownerQuery<{ id: string }>(
    `INSERT INTO "Event" (id, "gemeenteId", kind, title, location, "startsAt", "endsAt", capacity, public, "updatedAt")
     VALUES (gen_random_uuid()::text, $1, $2::"EventKind", $3, 'Buurthuis De Schakel', $4, $5, $6, $7, now()) RETURNING id`,
    [await samenstadId(), over.kind ?? "NETWERKBIJEENKOMST", over.title, start, end, over.capacity ?? null, over.public ?? true],
  );
  return rows[0].id;
}

test("an invitee without an account registers and unregisters through the personal link; login keeps the full target", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const id = stamp();
  const title = `Werksessie winkelstraat ${id}`;
  const email = `winkel-${id}@example.test`;
  // An entrepreneur's contact person without an account, in the circle "Blijft op de hoogte".
  const g = await samenstadId();
  const org = (
    await ownerQuery<{ id: string }>(
      `INSERT INTO "Organisation" (id, name, "updatedAt") VALUES (gen_random_uuid()::text, $1, now()) RETURNING id`,
      [`Boekhandel ${id}`],
    )
  ).rows[0].id;
  const v = (
    await ownerQuery<{ id: string }>(
      `INSERT INTO "Vestiging" (id, "gemeenteId", "organisationId", name, sector, step, "coalitionCircle", "updatedAt")
     VALUES (gen_random_uuid()::text, $1, $2, $3, 'boekhandel', 'VERBINDEN', 'GEINFORMEERD', now()) RETURNING id`,
      [g, org, `Boekhandel ${id}`],
    )
  ).rows[0].id;
  await ownerQuery(
    `INSERT INTO "ContactPerson" (id, "gemeenteId", "vestigingId", name, email, "updatedAt") VALUES (gen_random_uuid()::text, $1, $2, 'Ria de Boer', $3, now())`,
    [g, v, email],
  );
  const eventId = await insertEvent({ title, kind: "WERKSESSIE", capacity: 5, public: false });

  // Not logged in, the regisseur opens the event's manage view: after login they land exactly there.
  const target = `/app/samenstad/agenda?beheer=${eventId}`;
  await page.goto(target);
  await expect
    .poll(() => {
      const u = new URL(page.url());
      return [u.pathname, u.searchParams.get("next")];
    })
    .toEqual(["/inloggen", target]);
  const reg = account("regisseur");
  await fillLoginForm(page, reg.email, reg.plainPassword!);
  await page.waitForURL((u) => u.pathname === "/app/samenstad/agenda" && u.searchParams.get("beheer") === eventId, { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: `Beheer: ${title}` })).toBeVisible();

  // One label for the circle on every screen.
  const invite = page.getByRole("form", { name: "Uitnodigen per e-mail" });
  await expect(page.getByText("Geïnformeerd")).toHaveCount(0);
  await invite.getByRole("group", { name: "Ondernemers in de kring" }).getByLabel("Blijft op de hoogte").check();
  await invite.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  await expect(invite.getByText(/uitnodiging(en)? (wordt|worden) verstuurd/)).toBeVisible();
  await expectAxeClean(page);

  const mail = await waitForMail((m) => m.to.includes(email) && m.subject.includes(title), 30_000);
  expect(mail.text).toContain(`De gemeente Samenstad nodigt je uit voor een werksessie: "${title}".`);
  expect(mail.text).not.toContain("over de aanpak van eenzaamheid");
  expect(mail.text).toContain("Je hebt geen account nodig.");
  const link = /https?:\/\/\S+\/g\/samenstad\/uitnodiging\/\S+/.exec(mail.text)?.[0];
  expect(link).toBeTruthy();

  // The invitee, without an account.
  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto(new URL(link!).pathname);
  await expect(guest).toHaveTitle(/Uitnodiging van de gemeente Samenstad/);
  await expect(guest.getByRole("heading", { name: title })).toBeVisible();
  await expect(guest.getByText("Je bent nog niet aangemeld.")).toBeVisible();
  await expectAxeClean(guest);
  await guest.getByRole("button", { name: "Ik kom: aanmelden" }).click();
  await expect(guest.getByText("Dank je wel. Je bent aangemeld. Tot dan!")).toBeVisible();
  await expectAxeClean(guest);
  const n = async () =>
    (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "EventGuest" WHERE "eventId" = $1 AND email = $2`, [eventId, email]))
      .rows[0].n;
  expect(await n()).toBe(1);

  // The regisseur sees the guest among the registrations.
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "Ria de Boer" })).toContainText("(zonder account)");

  await guest.getByRole("button", { name: "Ik kom toch niet: afmelden" }).click();
  await expect(guest.getByText("Je bent afgemeld. Jammer dat je niet kunt komen.")).toBeVisible();
  expect(await n()).toBe(0);
  // A changed link is refused.
  await guest.goto(`${new URL(link!).pathname.slice(0, -3)}abc`);
  await expect(guest.getByText("Deze link klopt niet.")).toBeVisible();
  await context.close();
});

test.describe("public agenda on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a visitor registers with name and e-mail, gets a confirmation mail, and cancels once with its link; capacity holds", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const id = stamp();
    const title = `Open avond ${id}`;
    const email = `bezoeker-${id}@example.test`;
    await insertEvent({ title, capacity: 2 });

    await page.goto("/g/samenstad/agenda");
    await expect(page).toHaveTitle(/Agenda Samenstad/);
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
    await expect(item.getByText("Nog 2 plekken vrij.")).toBeVisible();
    await expectAxeClean(page);
    const form = item.getByRole("form", { name: `Aanmelden voor ${title}` });
    await form.getByRole("button", { name: "Aanmelden" }).click();
    await expect(form.getByText("Vul uw naam in.")).toBeVisible();
    await expect(form.getByText("Vul uw e-mailadres in.")).toBeVisible();
    await expectAxeClean(page);
    await form.getByLabel("Uw naam").fill("Fatima Yilmaz");
    await form.getByLabel("Uw e-mailadres").fill(email);
    await form.getByRole("button", { name: "Aanmelden" }).click();
    await expect(form.getByText(`U bent aangemeld voor ${title}.`)).toBeVisible();
    await expectAxeClean(page);

    const mail = await waitForMail((m) => m.to.includes(email), 30_000);
    expect(mail.subject).toBe(`Aangemeld: ${title} (Samenstad)`);
    expect(mail.text).toContain("Beste Fatima Yilmaz,");
    expect(mail.text).toContain(`U bent aangemeld voor een netwerkbijeenkomst: "${title}".`);
    expect(mail.text).toContain("Waar: Buurthuis De Schakel");
    const cancel = /https?:\/\/\S+\/g\/samenstad\/aanmelding\/\S+/.exec(mail.text)?.[0];
    expect(cancel).toBeTruthy();

    // A second visitor takes the last place; then the event is full.
    const other = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await other.goto("/g/samenstad/agenda");
    const otherForm = other
      .getByRole("listitem")
      .filter({ has: other.getByRole("heading", { name: title }) })
      .getByRole("form");
    await otherForm.getByLabel("Uw naam").fill("Kees Jansen");
    await otherForm.getByLabel("Uw e-mailadres").fill(`kees-${id}@example.test`);
    await otherForm.getByRole("button", { name: "Aanmelden" }).click();
    await expect(otherForm.getByText(`U bent aangemeld voor ${title}.`)).toBeVisible();
    await page.reload();
    await expect(item.getByText("Vol: er zijn geen plekken meer.")).toBeVisible();
    await expect(item.getByRole("form")).toHaveCount(0);
    await other.context().close();

    // The cancel link: opening it changes nothing; the button cancels; the link works once.
    await page.goto(new URL(cancel!).pathname);
    await expect(page).toHaveTitle(/Uw aanmelding in Samenstad/);
    await expect(page.getByText("Fatima Yilmaz, u bent aangemeld voor:")).toBeVisible();
    await expectAxeClean(page);
    await page.getByRole("button", { name: `Afmelden voor ${title}` }).click();
    await expect(page.getByText("U bent afgemeld. Uw plek is vrij voor iemand anders.")).toBeVisible();
    await expectAxeClean(page);
    await page.goto(new URL(cancel!).pathname);
    await expect(page.getByText("Deze aanmelding bestaat niet meer. U bent al afgemeld.")).toBeVisible();
    await expect(page.getByRole("button", { name: /Afmelden/ })).toHaveCount(0);
    await page.goto("/g/samenstad/agenda");
    await expect(
      page
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { name: title }) })
        .getByText("Nog 1 plek vrij."),
    ).toBeVisible();
  });
});

test("the regisseur closes a training with attendance without accounts; the figure shows on the dashboard, in the CSV and in the council report", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const id = stamp();
  const title = `Training signaleren kappers ${id}`;
  const eventId = await insertEvent({ title, kind: "TRAINING_SIGNALEREN", startsInDays: -2, public: false });
  await ownerQuery(
    `INSERT INTO "EventGuest" (id, "gemeenteId", "eventId", name, email, source) VALUES (gen_random_uuid()::text, $1, $2, 'Ilse Kapper', $3, 'PUBLIEK')`,
    [await samenstadId(), eventId, `ilse-${id}@example.test`],
  );

  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/dashboard");
  const before = await indicator(page, "peopleTrained");
  const beforeWithout = await indicator(page, "peopleTrainedWithoutAccount");

  await page.goto("/app/samenstad/agenda");
  await page.getByRole("link", { name: `Afsluiten met aanwezigheid: ${title}` }).click();
  const close = page.getByRole("form", { name: "Bijeenkomst afsluiten" });
  await close.getByLabel("Ilse Kapper (zonder account)").check();
  await close.getByLabel("Aantal mensen dat kwam zonder aanmelding").fill("-1");
  await close.getByRole("button", { name: "Bijeenkomst afsluiten" }).click();
  await expect(close.getByText("Vul 0 of meer in.")).toBeVisible();
  await close.getByLabel("Aantal mensen dat kwam zonder aanmelding").fill("3");
  await close.getByLabel("Organisaties die er waren (één per regel) (niet verplicht)").fill("Kapsalon Knip\nBibliotheek Samenstad");
  await close.getByLabel("Kort verslag (niet verplicht)").fill("Vier kappers getraind. Signaalkaart uitgedeeld.");
  await close.getByRole("button", { name: "Bijeenkomst afsluiten" }).click();
  await expect(page.getByText("Bijeenkomst afgesloten: 4 mensen aanwezig.")).toBeVisible();
  await expectAxeClean(page);
  const stored = await ownerQuery(
    `SELECT "walkIns", "organisationsPresent", report, "closedAt" IS NOT NULL AS closed FROM "Event" WHERE id = $1`,
    [eventId],
  );
  expect(stored.rows[0]).toEqual({
    walkIns: 3,
    organisationsPresent: ["Kapsalon Knip", "Bibliotheek Samenstad"],
    report: "Vier kappers getraind. Signaalkaart uitgedeeld.",
    closed: true,
  });

  await page.goto("/app/samenstad/dashboard");
  expect(await indicator(page, "peopleTrained")).toBe(before + 4);
  expect(await indicator(page, "peopleTrainedWithoutAccount")).toBe(beforeWithout + 4);
  await expectAxeClean(page);

  const csv = await (await page.request.get("/app/samenstad/dashboard/export")).text();
  expect(csv).toContain(`Mensen getraind in signaleren;${before + 4}`);
  expect(csv).toContain(`Daarvan getraind zonder account;${beforeWithout + 4}`);

  await page.goto("/app/samenstad/dashboard/raadsbrief?periode=alles");
  const row = (label: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  await expect(row("Mensen getraind in signaleren").getByRole("cell").first()).toHaveText(String(before + 4));
  await expect(row("Daarvan getraind zonder account").getByRole("cell").first()).toHaveText(String(beforeWithout + 4));
});

test("small things: money with cents, the budget note, SMART dates in Dutch, the plan's Toelichting, one circle name", async ({ page }) => {
  test.setTimeout(120_000);
  const id = stamp();
  await loginAs(page, "regisseur");

  await page.goto("/app/samenstad/budget");
  await page.getByLabel("Begrotingspost").selectOption("expertise");
  await page.getByLabel("Werkelijk uitgegeven (euro)").fill("1.250,50");
  await page.getByLabel("Toelichting (niet verplicht)").fill(`Trainer ingehuurd ${id}`);
  await page.getByRole("button", { name: "Bedrag opslaan" }).click();
  await expect(page.getByText("Het bedrag is opgeslagen.")).toBeVisible();
  await page.reload();
  const budgetRow = page.getByRole("row").filter({ hasText: `Trainer ingehuurd ${id}` });
  await expect(budgetRow).toHaveCount(1);
  await expect(budgetRow.getByRole("cell", { name: /^€\s1\.250,50$/ })).toBeVisible();
  await expect(page.getByText(/€\s?1\.250,5(?!\d)/)).toHaveCount(0);
  await expectAxeClean(page);

  // SMART date in Dutch, and the Toelichting of a plan item that survives a status change.
  const g = await samenstadId();
  await ownerQuery(
    `INSERT INTO "SmartGoal" (id, "gemeenteId", title, baseline, target, "dueDate", "manualValue", source, "updatedAt") VALUES (gen_random_uuid()::text, $1, $2, 0, 10, '2027-12-31', 2, 'Telling bibliotheek', now())`,
    [g, `Doel ${id}`],
  );
  await page.goto("/app/samenstad/plan");
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: `Doel ${id}` })
      .getByRole("cell", { name: "31 december 2027" }),
  ).toBeVisible();
  const note = page.getByRole("textbox", { name: /^Toelichting bij / }).first();
  const label = (await note.getAttribute("id"))!;
  await note.fill(`Startbijeenkomst gehouden ${id}`);
  await page
    .locator(`form:has(#${label})`)
    .getByRole("button", { name: /Opslaan/ })
    .click();
  await expect(page.locator(`form:has(#${label})`).getByText("Opgeslagen.")).toBeVisible();
  const status = page.getByRole("combobox", { name: /^Status van / }).first();
  await status.selectOption((await status.inputValue()) === "BEZIG" ? "KLAAR" : "BEZIG");
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." }).first()).toBeVisible();
  await page.reload();
  await expect(page.locator(`#${label}`)).toHaveValue(`Startbijeenkomst gehouden ${id}`);
  await expectAxeClean(page);

  // One name for the circle on the coalition page and in the invitation form.
  await page.goto("/app/samenstad/partners");
  await expect(page.getByRole("heading", { name: /^Blijft op de hoogte \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText("Geïnformeerd")).toHaveCount(0);
});
