/**
 * Issue 13: principles as invariants, seen in the browser. The entrepreneur (Sportschool In
 * Beweging, active partner for this test) writes a public text that mentions sponsoring → it is not
 * on the public register; the ambtenaar sees the twijfel with the reason; she also types a
 * milestone about sponsoring herself and cannot decide the twijfel that opens (four eyes); the
 * regisseur clears both; the text goes public. axe: 0 violations on every page visited.
 */
import { account, expect, loginAs, loginWithEmailLink, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

const NAME = "Sportschool In Beweging";
type Saved = {
  id: string;
  step: string;
  acknowledgedAt: Date | null;
  acknowledgementChannel: string | null;
  activeSince: Date | null;
  publicDescription: string | null;
};
let saved: Saved;
const milestoneTitle = `Sponsoring van de seniorenmiddag ${Date.now()}`;

test.beforeAll(async () => {
  const r = await ownerQuery<Saved>(
    `SELECT v.id, v.step, v."acknowledgedAt", v."acknowledgementChannel", v."activeSince", v."publicDescription"
       FROM "Vestiging" v JOIN "Gemeente" g ON g.id = v."gemeenteId" WHERE g.slug = 'samenstad' AND v.name = $1`,
    [NAME],
  );
  saved = r.rows[0];
  // Arrange: the sportschool is an active, acknowledged partner without open twijfel (on the register).
  await ownerQuery(
    `UPDATE "Vestiging" SET step = 'VASTHOUDEN', "acknowledgedAt" = now() - interval '30 days', "acknowledgementChannel" = 'GESPREK',
       "activeSince" = now() - interval '20 days', "stoppedAt" = NULL, "parkedAt" = NULL WHERE id = $1`,
    [saved.id],
  );
  await ownerQuery(
    `UPDATE "Doubt" SET status = 'CLOSED', decision = 'CONTINUE', "decisionNote" = 'e2e', "closedAt" = now() WHERE "vestigingId" = $1 AND status = 'OPEN'`,
    [saved.id],
  );
});

test.afterAll(async () => {
  if (!saved) return;
  await ownerQuery(`DELETE FROM "Milestone" WHERE title = $1`, [milestoneTitle]);
  await ownerQuery(
    `UPDATE "Doubt" SET status = 'CLOSED', decision = 'CONTINUE', "decisionNote" = 'e2e', "closedAt" = now() WHERE "vestigingId" = $1 AND status = 'OPEN'`,
    [saved.id],
  );
  await ownerQuery(
    `UPDATE "Vestiging" SET step = $2, "acknowledgedAt" = $3, "acknowledgementChannel" = $4, "activeSince" = $5, "publicDescription" = $6 WHERE id = $1`,
    [saved.id, saved.step, saved.acknowledgedAt, saved.acknowledgementChannel, saved.activeSince, saved.publicDescription],
  );
});

test("a public text about sponsoring is held by a twijfel; the writer cannot decide it; another person clears it and it goes public", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const text = `Met sponsoring van ons sporten ouderen gratis op dinsdag (${Date.now()}).`;
  const register = `/g/samenstad/partners?zoek=${encodeURIComponent("Sportschool")}`;

  await page.goto(register);
  await expect(page.getByRole("heading", { name: NAME })).toBeVisible();

  // 1. The entrepreneur writes the public text (logs in with an e-mail link).
  await page.goto("/inloggen?next=/app/samenstad/mijn-organisatie");
  await loginWithEmailLink(page, account("ondernemer").email);
  await page.goto("/app/samenstad/mijn-organisatie");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn organisatie" })).toBeVisible();
  await expectAxeClean(page);
  await page.getByLabel("Wat doe je tegen eenzaamheid? (komt op de openbare lijst)").fill(text);
  await page.getByLabel("Contactpersoon voor de gemeente", { exact: true }).fill("Omar El Amrani");
  await page.getByLabel("E-mailadres van de contactpersoon", { exact: true }).fill("ondernemer@samenstad.demo");
  await page.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(page.getByText(/Je tekst is nog niet openbaar/)).toBeVisible();
  await expectAxeClean(page);
  // The entrepreneur has no way to decide about it.
  await expect(page.getByRole("form", { name: "Twijfel afsluiten" })).toHaveCount(0);

  // 2. Not public: the sportschool is off the register, and so is the text.
  await page.goto(register);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wie doen er mee?");
  await expect(page.getByRole("heading", { name: NAME })).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("sponsoring van ons");
  await expectAxeClean(page);

  // 3. The ambtenaar sees the twijfel with the reason and the words found.
  await page.context().clearCookies();
  await loginAs(page, "ambtenaar");
  await page.goto(`/app/samenstad/ondernemers/${saved.id}`);
  const doubts = page.getByRole("region", { name: "Twijfel (bij twijfel: niet doen)" });
  const fromText = doubts.getByRole("listitem").filter({ hasText: "Omar El Amrani" }).filter({ hasText: "Open" });
  await expect(fromText).toContainText("geld of sponsoring");
  await expect(fromText).toContainText('"sponsoring"');
  await expectAxeClean(page);

  // She types a milestone about sponsoring herself: that twijfel is hers, and she cannot decide it.
  const milestones = page.getByRole("region", { name: "Mijlpalen" });
  await milestones.locator("summary").filter({ hasText: "Mijlpaal toevoegen" }).click();
  await milestones.getByLabel("Mijlpaal", { exact: true }).fill(milestoneTitle);
  await milestones.getByRole("button", { name: "Mijlpaal toevoegen" }).click();
  await expect(milestones.getByText(milestoneTitle)).toBeVisible();
  const own = doubts.getByRole("listitem").filter({ hasText: "een mijlpaal" });
  await expect(own).toContainText("Over deze twijfel beslist iemand anders");
  await expect(own.getByRole("form", { name: "Twijfel afsluiten" })).toHaveCount(0);
  await expectAxeClean(page);

  // 4. The regisseur clears both twijfels (decision recorded with who and why).
  await page.context().clearCookies();
  await loginAs(page, "regisseur");
  await page.goto(`/app/samenstad/ondernemers/${saved.id}`);
  const forms = doubts.getByRole("form", { name: "Twijfel afsluiten" });
  await expect(forms).toHaveCount(2);
  for (let left = 2; left > 0; left--) {
    const close = forms.first();
    await close.getByLabel("Besluit", { exact: true }).selectOption("CONTINUE");
    await close.getByLabel("Toelichting bij het besluit").fill("Bekeken: ouderen sporten gratis, er gaat geen geld naar de gemeente.");
    await close.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(forms).toHaveCount(left - 1);
  }
  await expect(doubts.getByText(/Besluit: doorgaan/)).toHaveCount(2);
  await expectAxeClean(page);
  const decided = await ownerQuery(
    `SELECT "closedById", "closedAt", "decisionNote" FROM "Doubt" WHERE "vestigingId" = $1 AND "decisionNote" LIKE 'Bekeken:%'`,
    [saved.id],
  );
  expect(decided.rows).toHaveLength(2);
  for (const row of decided.rows) expect(row.closedById && row.closedAt && row.decisionNote).toBeTruthy();

  // 5. The text goes public.
  await page.goto(register);
  const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: NAME }) });
  await expect(entry).toContainText(text);
  await expectAxeClean(page);
});
