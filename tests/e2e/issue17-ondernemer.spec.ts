/**
 * Issue 17, item 6 — the entrepreneur on a phone (390×844): the overview links straight to "Zorgen
 * doorgeven"; after passing on a worry the page confirms it and "Mijn zorgen" shows its status (and
 * nothing of the worry itself); the forms low on /mijn-organisatie are there at once and post without
 * JavaScript; "not on the list" names the real reason (an open twijfel, from engagement's exposure
 * state) in the entrepreneur's words. axe: 0 violations on every page.
 */
import { randomUUID } from "node:crypto";
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test.use({ viewport: { width: 390, height: 844 } });

test("the overview links to passing on a worry; the worry is confirmed and its status shown under Mijn zorgen", async ({ page }) => {
  await loginAs(page, "ondernemer", { next: "/app/samenstad" });
  await page.goto("/app/samenstad");
  await expectAxeClean(page);
  await page.getByRole("link", { name: "Zorgen doorgeven" }).first().click();
  await expect(page).toHaveURL(/\/app\/samenstad\/zorgen$/);
  await expect(page).toHaveTitle(/^Zorgen doorgeven · /);
  await expect(page.getByRole("heading", { level: 1, name: "Zorgen doorgeven" })).toBeVisible();
  await expectAxeClean(page);

  const situation = `Een vaste klant lijkt erg alleen sinds de verhuizing ${Date.now()}.`;
  await page.getByLabel("Wat is je opgevallen?").fill(situation);
  await page.getByLabel("Of alleen de wijk", { exact: true }).fill("Centrum");
  const before = await page.getByRole("region", { name: "Mijn zorgen" }).getByRole("listitem").count();
  await page.getByRole("button", { name: "Zorgen doorgeven" }).click();
  await expect(page.getByRole("status")).toContainText("Je zorgen zijn doorgegeven");
  const mine = page.getByRole("region", { name: "Mijn zorgen" });
  await expect(mine.getByRole("listitem")).toHaveCount(before + 1);
  await expect(mine.getByRole("listitem").first()).toContainText("Ontvangen");
  await expect(mine).not.toContainText("verhuizing");
  await expectAxeClean(page);
  const row = await ownerQuery(
    `SELECT source FROM "Signal" s JOIN "User" u ON u.id = s."reporterUserId" WHERE u.email = 'ondernemer@samenstad.demo' ORDER BY s."createdAt" DESC LIMIT 1`,
  );
  expect(row.rows[0].source).toBe("ONDERNEMER");
});

test("the forms low on the page are usable when visible and post without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // Log in in a JavaScript context, then reuse the session cookies without JavaScript.
  const js = await browser.newContext();
  const jsPage = await js.newPage();
  await loginAs(jsPage, "ondernemer", { next: "/app/samenstad/mijn-organisatie" });
  await context.addCookies(await js.cookies());
  await js.close();

  await page.goto("/app/samenstad/mijn-organisatie");
  await expect(page.getByText("Het formulier wordt geladen")).toHaveCount(0);
  const proposal = page.getByRole("region", { name: "Een activiteit voorstellen" });
  await expect(proposal.getByLabel("Naam van de activiteit (bijvoorbeeld: koffie-ochtend)")).toBeVisible();
  await expect(page.getByLabel("Typ VERWIJDEREN om je account te verwijderen")).toBeVisible();

  // Without JavaScript: the form posts, the server answers with the Dutch field error.
  await proposal.getByRole("button", { name: "Activiteit voorstellen" }).click();
  await expect(page.getByRole("region", { name: "Een activiteit voorstellen" }).getByText("Kies minstens één doelgroep.")).toBeVisible();
  // And a real proposal, still without JavaScript.
  const title = `Leesclub ${Date.now()}`;
  const again = page.getByRole("region", { name: "Een activiteit voorstellen" });
  await again.getByLabel("Naam van de activiteit (bijvoorbeeld: koffie-ochtend)").fill(title);
  await again.getByLabel("Hoe doet iemand mee? (waar en wanneer)").fill("Loop binnen, donderdag 14 uur.");
  await again.getByLabel("Iedereen", { exact: true }).check();
  await again.getByLabel("Een beetje eenzaam", { exact: true }).check();
  await again.getByRole("button", { name: "Activiteit voorstellen" }).click();
  await expect(page.getByText(`Dank je wel! De gemeente bekijkt "${title}"`)).toBeVisible();
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "SupportOffer" WHERE title = $1`, [title])).rows[0].n).toBe(1);

  // Deleting the account without JavaScript: a wrong confirmation is refused in Dutch, nothing deleted.
  await page.getByLabel("Typ VERWIJDEREN om je account te verwijderen").fill("nee");
  await page.getByRole("button", { name: "Account verwijderen" }).click();
  await expect(page.locator("#del-confirm-fout")).toBeVisible();
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "User" WHERE email = 'ondernemer@samenstad.demo'`)).rows[0].n).toBe(1);
  await context.close();
});

test("not on the public list: the real reason, in the entrepreneur's words", async ({ page }) => {
  const v = (
    await ownerQuery<{ id: string; gemeenteId: string }>(
      `SELECT v.id, v."gemeenteId" FROM "Vestiging" v JOIN "Organisation" o ON o.id = v."organisationId" JOIN "Gemeente" g ON g.id = v."gemeenteId"
       WHERE o.name = 'Sportschool In Beweging' AND g.slug = 'samenstad' LIMIT 1`,
    )
  ).rows[0];
  const doubtId = randomUUID();
  await ownerQuery(`INSERT INTO "Doubt" (id, "gemeenteId", "vestigingId", reason, "raisedByName") VALUES ($1, $2, $3, $4, 'e2e')`, [
    doubtId,
    v.gemeenteId,
    v.id,
    "Klopt de profieltekst?",
  ]);
  try {
    await loginAs(page, "ondernemer", { next: "/app/samenstad/mijn-organisatie" });
    await page.goto("/app/samenstad/mijn-organisatie");
    const reason = page.getByTestId("niet-op-lijst");
    await expect(reason).toContainText("De gemeente kijkt eerst nog naar iets in jullie gegevens of profieltekst");
    await expect(reason).not.toContainText("twijfel");
    await expect(page.getByText("Klopt de profieltekst?")).toHaveCount(0); // the gemeente's internal note stays internal
    await expectAxeClean(page);
  } finally {
    await ownerQuery(`DELETE FROM "Doubt" WHERE id = $1`, [doubtId]);
  }
});
