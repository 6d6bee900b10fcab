/**
 * Campaign year plan and event management: the regisseur fills a year with the fixed moments (twice:
 * nothing doubles), sees Week tegen Eenzaamheid in October, plans and edits an event, and sends
 * invitations that arrive over SMTP; axe: 0 violations on each screen.
 */
import { expect, loginAs, ownerQuery, test, waitForMail } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("the regisseur fills the year with fixed moments; Week tegen Eenzaamheid is in October; pressing twice adds nothing", async ({
  page,
}) => {
  const year = 2040 + (Date.now() % 50);
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Campagnes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Campagnes ${new Date().getFullYear()}`);
  await page.goto(`/app/samenstad/campagnes?jaar=${year}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Campagnes ${year}`);
  await expectAxeClean(page);

  await page.getByRole("button", { name: "Vul het jaar met vaste momenten" }).click();
  await expect(page.getByText(`3 vaste momenten toegevoegd aan ${year}.`)).toBeVisible();
  const october = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "oktober", exact: true }) });
  await expect(october.getByRole("link", { name: "Week tegen Eenzaamheid" })).toBeVisible();
  const july = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "juli", exact: true }) });
  await expect(july.getByRole("link", { name: "Zomereenzaamheid" })).toBeVisible();
  await expectAxeClean(page);

  await page.getByRole("button", { name: "Vul het jaar met vaste momenten" }).click();
  await expect(page.getByText(`De vaste momenten van ${year} staan er al in.`)).toBeVisible();
  const n = await ownerQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Campaign" c JOIN "Gemeente" g ON g.id = c."gemeenteId" WHERE g.slug = 'samenstad' AND c.year = $1`,
    [year],
  );
  expect(n.rows[0].n).toBe(3);

  // A small action with an end date before its start: a Dutch error, then fixed.
  const add = page.getByRole("form", { name: "Campagne of actie toevoegen" });
  await add.getByLabel("Titel").fill("Mantelzorgers in het zonnetje");
  await add.getByLabel("Soort").selectOption("KLEINE_ACTIE");
  await add.getByLabel("Mantelzorgers").check();
  await add.getByLabel("Begindatum").fill(`${year}-11-10`);
  await add.getByLabel("Einddatum").fill(`${year}-11-01`);
  await add.getByRole("button", { name: "Toevoegen aan het jaarplan" }).click();
  await expect(add.getByText("De einddatum mag niet voor de begindatum liggen.")).toBeVisible();
  await add.getByLabel("Einddatum").fill(`${year}-11-10`);
  await add.getByRole("button", { name: "Toevoegen aan het jaarplan" }).click();
  await expect(page.getByText("Mantelzorgers in het zonnetje staat in het jaarplan.")).toBeVisible();
  const november = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "november", exact: true }) });
  await expect(november.getByRole("link", { name: "Mantelzorgers in het zonnetje" })).toBeVisible();
  await expectAxeClean(page);
});

test("the regisseur edits an event and sends invitations that arrive by e-mail", async ({ page }) => {
  const title = `Inspiratiesessie ${Date.now()}`;
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/agenda");
  const plan = page.getByRole("form", { name: "Bijeenkomst plannen" });
  await plan.getByLabel("Soort bijeenkomst").selectOption("INSPIRATIESESSIE");
  await plan.getByLabel("Titel").fill(title);
  await plan.getByLabel("Plaats").fill("Raadhuis Samenstad");
  const year = new Date().getFullYear() + 1;
  await plan.getByLabel("Begint op").fill(`${year}-04-14T19:30`);
  await plan.getByLabel("Eindigt op").fill(`${year}-04-14T21:30`);
  await plan.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByText(`${title} staat in de agenda.`)).toBeVisible();

  await page.getByRole("link", { name: `Beheer ${title}` }).click();
  await expect(page.getByRole("heading", { name: `Beheer: ${title}` })).toBeVisible();
  await expectAxeClean(page);

  const edit = page.getByRole("form", { name: "Wijzigen" });
  await expect(edit.getByLabel("Begint op")).toHaveValue(`${year}-04-14T19:30`);
  await edit.getByLabel("Eindigt op").fill(`${year}-04-14T18:00`);
  await edit.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(edit.getByText("De eindtijd moet na de begintijd liggen.")).toBeVisible();
  await edit.getByLabel("Eindigt op").fill(`${year}-04-14T22:00`);
  await edit.getByLabel("Plaats").fill("Bibliotheek Samenstad");
  await edit.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText(`${title} is bijgewerkt.`)).toBeVisible();
  await expect(page.getByText(/Bibliotheek Samenstad/).first()).toBeVisible();

  const invite = page.getByRole("form", { name: "Uitnodigen per e-mail" });
  await invite.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  await expect(invite.getByText("Kies minstens één groep om uit te nodigen.")).toBeVisible();
  await invite.getByRole("group", { name: "Leden van coalitiepartners in de kring" }).getByLabel("Werkgroep").check();
  await invite.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  await expect(invite.getByText(/uitnodiging(en)? word(t|en) verstuurd/)).toBeVisible();
  const mail = await waitForMail((m) => m.to.includes("partner@samenstad.demo") && m.subject.includes(title), 20_000);
  expect(mail.text).toContain("Bibliotheek Samenstad");
  expect(mail.text).toContain("/g/samenstad/uitnodiging/");

  // Pressing again invites nobody twice.
  await invite.getByRole("group", { name: "Leden van coalitiepartners in de kring" }).getByLabel("Werkgroep").check();
  await invite.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  await expect(invite.getByText(/0 uitnodigingen worden verstuurd\. .* al uitgenodigd\./)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("rowheader", { name: "Petra Visser" })).toBeVisible();
  await expectAxeClean(page);
  const sent = await ownerQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "EventInvitation" i JOIN "Event" e ON e.id = i."eventId" WHERE e.title = $1 AND i.email = 'partner@samenstad.demo'`,
    [title],
  );
  expect(sent.rows[0].n).toBe(1);

  // Cancelling: the form goes after the refresh, the confirmation stays (it is not lost with the form).
  await page.getByRole("form", { name: "Afgelasten" }).getByLabel("Reden (niet verplicht, staat in de mail)").fill("De spreker is ziek.");
  await page.getByRole("button", { name: `${title} afgelasten` }).click();
  await expect(page.getByRole("region", { name: `Beheer: ${title}` }).getByText(/\. Afgelast\./)).toBeVisible();
  await expect(page.getByRole("form", { name: "Afgelasten" })).toHaveCount(0);
  await expect(page.getByText(`${title} is afgelast.`)).toBeVisible();
});

test("the regisseur edits a support offer entry and takes it off the public page", async ({ page, browser }) => {
  const title = `Samen wandelen ${Date.now()}`;
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/aanbod");
  const add = page.getByRole("form", { name: "Activiteit toevoegen" });
  await add.getByLabel("Naam van de activiteit").fill(title);
  await add.getByLabel("Aanbieder", { exact: true }).fill("Welzijn Samenstad");
  await add.getByLabel("Ouderen (75+)").check();
  await add.getByLabel("Een beetje eenzaam").check();
  await add.getByLabel("Hoe doe je mee?").fill("Elke dinsdag om 10 uur bij de bibliotheek.");
  await add.getByRole("button", { name: "Activiteit toevoegen" }).click();
  await expect(page.getByText(`${title} is toegevoegd.`)).toBeVisible();

  await page.getByRole("link", { name: `Wijzig ${title}` }).click();
  const edit = page.getByRole("form", { name: `Wijzig: ${title}` });
  await expect(edit.getByLabel("Naam van de activiteit")).toHaveValue(title);
  await edit.getByLabel("Hoe doe je mee?").fill("");
  await edit.getByRole("button", { name: `Wijzigingen opslaan voor ${title}` }).click();
  await expect(edit.getByText("Vertel hoe iemand mee kan doen.")).toBeVisible();
  await edit.getByLabel("Hoe doe je mee?").fill("Elke donderdag om 14 uur bij het buurthuis.");
  await edit.getByRole("button", { name: `Wijzigingen opslaan voor ${title}` }).click();
  await expect(page.getByText(`${title} is bijgewerkt.`)).toBeVisible();
  await expectAxeClean(page);

  const visitor = await browser.newPage();
  await visitor.goto("/g/samenstad/aanbod");
  await expect(visitor.getByText("Elke donderdag om 14 uur bij het buurthuis.")).toBeVisible();

  await page.goto("/app/samenstad/aanbod");
  await page.getByRole("button", { name: `Van de openbare pagina halen (${title})` }).click();
  await expect(page.getByText(`${title} staat niet meer op de openbare pagina.`)).toBeVisible();
  // After the refresh the button has switched, and the announcement is still there (it is not lost with the old button).
  await expect(page.getByRole("button", { name: `In het aanbod zetten (${title})` })).toBeVisible();
  await expect(page.getByText(`${title} staat niet meer op de openbare pagina.`)).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole("heading", { name: title })).toHaveCount(0);
  await visitor.close();
});
