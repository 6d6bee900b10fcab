/**
 * Decision 0023, from the browser, for a form whose action the page now binds (the klankbordgroep page): without
 * JavaScript the klankbord member form posts its form data to createKlankbordMemberAction, bound to the gemeente by the
 * page, and the server's answer is rendered — its Dutch errors on the fields, then the new member. Bound inside the
 * client component, this post was never answered (seen in Chromium with the partner form; forms-without-javascript.spec.ts).
 */
import type { Browser } from "@playwright/test";
import { expect, ownerQuery, signedInPage, test } from "./support/fixtures";

const PAGE = "/app/samenstad/klankbordgroep";
const PREFIX = "Klankbord zonder script";
const NAME_TOO_SHORT = "De naam of schuilnaam moet minstens 2 tekens hebben.";
const NO_GROUP = "Kies minstens één groep.";
const NO_CONSENT_DAY = "Vul de datum in waarop deze persoon toestemming gaf.";

const regisseurPage = (browser: Browser, javaScriptEnabled: boolean) => signedInPage(browser, "regisseur", javaScriptEnabled);

const members = async (displayName: string) =>
  (
    await ownerQuery<{ consent: string; groups: boolean; contact: string | null }>(
      `SELECT m."consentAt"::text AS consent, m."riskGroupsEnc" IS NOT NULL AS groups, m.contact
         FROM "KlankbordMember" m JOIN "Gemeente" g ON g.id = m."gemeenteId"
        WHERE g.slug = 'samenstad' AND m."displayName" = $1`,
      [displayName],
    )
  ).rows;

test.afterAll(async () => {
  await ownerQuery(`DELETE FROM "KlankbordMember" WHERE "displayName" LIKE $1`, [`${PREFIX} %`]);
});

test("without JavaScript the klankbord member form shows the server's errors on its fields, then adds the member", async ({ browser }) => {
  test.setTimeout(90_000);
  const { page, close } = await regisseurPage(browser, false);
  try {
    await page.goto(PAGE);
    const form = page.getByRole("form", { name: "Lid toevoegen" });
    await form.getByRole("button", { name: "Lid toevoegen" }).click();
    await expect(page.locator("#lid-displayName-fout")).toHaveText(NAME_TOO_SHORT);
    await expect(page.locator("#lid-riskGroups-fout")).toHaveText(NO_GROUP);
    await expect(page.locator("#lid-consentAt-fout")).toHaveText(NO_CONSENT_DAY);
    await expect(page.locator("#lid-displayName")).toHaveAttribute("aria-invalid", "true");

    const name = `${PREFIX} ${Date.now()}`;
    const again = page.getByRole("form", { name: "Lid toevoegen" });
    await again.getByLabel("Naam of schuilnaam").fill(name);
    await again.getByLabel("Contact (niet verplicht)").fill("06 12345678");
    await again.getByLabel("Mantelzorgers").check();
    await again.getByLabel("Datum van toestemming").fill("2024-03-15");
    await again.getByRole("button", { name: "Lid toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${name} is toegevoegd aan de klankbordgroep.` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Leden", exact: true }).getByRole("rowheader", { name })).toBeVisible();
    expect(await members(name)).toEqual([{ consent: "2024-03-15", groups: true, contact: "06 12345678" }]);
  } finally {
    await close();
  }
});
