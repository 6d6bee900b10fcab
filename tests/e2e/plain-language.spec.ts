/**
 * Issue 22, plain Dutch: the most-read texts as residents, entrepreneurs and staff see them, with
 * screenshots (test-results/plain-language/*.png) for a person to look at.
 * - the worry form and its confirmation (u; the gemeente's name; a code in four groups to write down);
 * - the status page reads the code however it is typed;
 * - an entrepreneur joins (je; the welcome);
 * - a principle refusal (short, active, no "aanbesteding").
 */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { PRINCIPLES } from "../../src/modules/engagement/principles";
import { expect, loginAs, newEntrepreneurWithProfile, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/plain-language/${name}.png`, fullPage: true });

test("worry form → confirmation with a code to write down → status page takes the code in lower case with spaces", async ({ page }) => {
  await ownerQuery(`DELETE FROM "SignalRateLimit"`); // other specs use the public form from the same address
  await page.setViewportSize({ width: 390, height: 844 }); // a phone: where the code is copied from
  await page.goto("/g/samenstad/zorgen");
  await expect(page.getByRole("group", { name: "Over wie maakt u zich zorgen?" })).toBeVisible();
  await page.getByLabel("Wijk of buurt").fill("Centrum");
  await page.getByLabel("Wat is u opgevallen?").fill("Meneer op nummer 12 haalt zijn post niet meer op en ik zie hem niet meer.");
  await shot(page, "1-worry-form");
  await page.waitForTimeout(3_200); // the form's minimum fill time
  await page.getByRole("button", { name: "Zorg doorgeven" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt. De gemeente Samenstad heeft uw zorg ontvangen." })).toBeVisible();
  await expect(page.getByText("Schrijf deze code op. U ziet hem maar één keer.", { exact: false })).toBeVisible();
  await expect(page.getByText(/signaalpunt/i)).toHaveCount(0);
  const code = (await page.getByTestId("status-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  await shot(page, "2-worry-confirmation");
  await expectAxeClean(page);

  await page.getByRole("link", { name: "de pagina Stand van uw zorg" }).click();
  await page.getByLabel("Uw code").fill(code.toLowerCase().replace(/-/g, " "));
  await page.getByRole("button", { name: "Stand bekijken" }).click();
  await expect(page.getByTestId("signal-reporter-status")).toContainText("Ontvangen. Een medewerker van de gemeente gaat ernaar kijken.");
  await shot(page, "3-status-page");
});

test("an entrepreneur joins with the three statements and is welcomed", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const stamp = Date.now();
  await newEntrepreneurWithProfile(page, {
    email: `taal-${stamp}@kapper${stamp}.test`,
    person: "Kees Taal",
    organisation: `Kapsalon Taal ${stamp}`,
    sector: "kapper",
  });
  await page.goto("/app/samenstad/mijn-organisatie");
  const join = page.getByRole("region", { name: "Meedoen in Samenstad" });
  await expect(join.getByRole("group", { name: "Zo werken we samen" })).toBeVisible();
  await join.getByLabel("Ik doe vrijwillig mee. Ik kan altijd stoppen.").check();
  await join.getByLabel("Meedoen geeft geen voordeel als de gemeente iets inkoopt of een opdracht geeft.").check();
  await join.getByLabel("Ik geef geen geld of sponsoring. Hulp in tijd, ruimte of spullen mag wel.").check();
  await join.screenshot({ path: "test-results/plain-language/4-join-form.png" });
  await join.getByRole("button", { name: "Meedoen" }).click();
  // The form's welcome, or (after the refresh) the page's own confirmation.
  await expect(page.getByText(/Welkom! Je doet nu mee in Samenstad\.|Je doet mee in Samenstad sinds/).first()).toBeVisible();
  // The whole page, not the section: the refresh may replace the section while it is being drawn.
  await shot(page, "5-join-done");
});

test("a principle refusal is short and active, without 'aanbesteding'", async ({ page }) => {
  // A relation in "verbinden" without the acknowledgement (its own, so no other test's state matters).
  const orgId = randomUUID();
  const id = randomUUID();
  const name = `Visboer Taal ${Date.now()}`;
  await ownerQuery(`INSERT INTO "Organisation" (id, name, "updatedAt") VALUES ($1, $2, now())`, [orgId, name]);
  await ownerQuery(
    `INSERT INTO "Vestiging" (id, "gemeenteId", "organisationId", name, sector, step, "updatedAt")
     VALUES ($1, (SELECT id FROM "Gemeente" WHERE slug = 'samenstad'), $2, $3, 'overig', 'VERBINDEN', now())`,
    [id, orgId, name],
  );
  await loginAs(page, "ambtenaar");
  await page.goto(`/app/samenstad/ondernemers/${id}`);
  await page.locator("summary").filter({ hasText: "Naar een andere stap verplaatsen" }).click();
  const move = page.getByRole("form", { name: "Verplaatsen" });
  await move.getByLabel("Naar stap").selectOption("VASTHOUDEN");
  await move.getByLabel("Waarom?").fill("Wil meedoen");
  await move.getByRole("button", { name: "Verplaatsen" }).click();
  const refusal = move.getByText(PRINCIPLES.PRINCIPLE_VOLUNTARY.message);
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("Eerst moet vastliggen dat de ondernemer vrijwillig meedoet.");
  expect(PRINCIPLES.PRINCIPLE_VOLUNTARY.message).not.toMatch(/aanbesteding/);
  await move.screenshot({ path: "test-results/plain-language/6-principle-refusal.png" });
});
