/**
 * Issue 4 item 6: the entrepreneur proposes an activity they host; the regisseur puts it in the
 * support offer; then the public offer page shows it. axe: 0 violations on the form.
 * Issue 13: the proposal is linked to the entrepreneur's vestiging, so it can only go public while
 * that vestiging may be shown (acknowledged, active partner): the regisseur is refused first.
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";

const VESTIGING = `SELECT v.id, v.step, v."acknowledgedAt", v."acknowledgementChannel" FROM "Vestiging" v JOIN "Gemeente" g ON g.id = v."gemeenteId"
  WHERE g.slug = 'samenstad' AND v.name = 'Sportschool In Beweging'`;
type Saved = { id: string; step: string; acknowledgedAt: Date | null; acknowledgementChannel: string | null };
let saved: Saved | undefined;
test.beforeAll(async () => {
  saved = (await ownerQuery<Saved>(VESTIGING)).rows[0];
});
test.afterAll(async () => {
  if (saved) {
    await ownerQuery(`UPDATE "Vestiging" SET step = $2, "acknowledgedAt" = $3, "acknowledgementChannel" = $4 WHERE id = $1`, [
      saved.id,
      saved.step,
      saved.acknowledgedAt,
      saved.acknowledgementChannel,
    ]);
  }
});
import { expectAxeClean } from "./support/axe";

test("an entrepreneur's activity appears in the offer after review", async ({ page, browser }) => {
  const title = `Koffie-ochtend ${Date.now()}`;
  await loginAs(page, "ondernemer");
  await page.goto("/app/samenstad/mijn-organisatie");
  const section = page.getByRole("region", { name: "Een activiteit voorstellen" });
  // The form loads when its section comes near the screen (docs/decisions/0011): scroll to it, as a person would.
  await section.scrollIntoViewIfNeeded();
  await section.getByRole("button", { name: "Activiteit voorstellen" }).click();
  await expect(section.getByText("Kies minstens één doelgroep.")).toBeVisible();
  await section.getByLabel("Naam van de activiteit (bijvoorbeeld: koffie-ochtend)").fill(title);
  await section.getByLabel("Hoe doet iemand mee? (waar en wanneer)").fill("Loop binnen, dinsdag 10 uur.");
  await section.getByLabel("Iedereen", { exact: true }).check();
  await section.getByLabel("Een beetje eenzaam", { exact: true }).check();
  await expectAxeClean(page);
  await section.getByRole("button", { name: "Activiteit voorstellen" }).click();
  await expect(section.getByText(`${title}: de gemeente bekijkt het nog`)).toBeVisible();

  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto("/g/samenstad/aanbod");
  await expect(publicPage.getByText(title)).toHaveCount(0);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await loginAs(staff, "regisseur");
  await staff.goto("/app/samenstad/aanbod");
  // Not yet an active, acknowledged partner: the proposal cannot go public.
  const publish = staff.getByRole("button", { name: `In het aanbod zetten (${title})` });
  await publish.click();
  await expect(staff.getByText(/nog geen actieve partner/)).toBeVisible();
  await expect(publish).toHaveCount(1);

  // Once the sportschool has acknowledged and is an active partner, the regisseur publishes it.
  await ownerQuery(
    `UPDATE "Vestiging" SET step = 'VASTHOUDEN', "acknowledgedAt" = now() - interval '10 days', "acknowledgementChannel" = 'GESPREK' WHERE id = $1`,
    [saved!.id],
  );
  await staff.reload();
  await staff.getByRole("button", { name: `In het aanbod zetten (${title})` }).click();
  await expect(staff.getByRole("button", { name: `In het aanbod zetten (${title})` })).toHaveCount(0);

  await publicPage.goto("/g/samenstad/aanbod");
  await expect(publicPage.getByRole("heading", { name: title })).toBeVisible();
  await anonymous.close();
  await staffContext.close();
});
