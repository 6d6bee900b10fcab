/**
 * A claim on an organisation the gemeente already knows is never merged silently: it waits until a
 * regisseur confirms it; then the entrepreneur has access. axe clean on the review page.
 */
import { randomUUID } from "node:crypto";
import { expect, loginAs, loginWithEmailLink, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("claim waits for the gemeente, a regisseur confirms it", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const orgName = `Opticien Helder ${stamp}`;
  const orgId = randomUUID();
  await ownerQuery(`INSERT INTO "Organisation" (id, name, website, "updatedAt") VALUES ($1, $2, 'https://helder.test', now())`, [
    orgId,
    orgName,
  ]);
  await ownerQuery(
    `INSERT INTO "Vestiging" (id, "gemeenteId", "organisationId", name, sector, "updatedAt") SELECT $1, id, $2, $3, 'opticien', now() FROM "Gemeente" WHERE slug = 'samenstad'`,
    [randomUUID(), orgId, orgName],
  );
  const email = `medewerker-${stamp}@gmail.test`;
  await ownerQuery(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Hanna Helder', now())`, [randomUUID(), email]);

  await page.goto("/inloggen?next=/ondernemer");
  await loginWithEmailLink(page, email);
  await page.goto("/ondernemer");
  await page.getByLabel("Gemeente", { exact: true }).selectOption("samenstad");
  await page.getByLabel("Naam van je organisatie").fill(orgName.toUpperCase());
  await page.getByLabel("Sector").selectOption("opticien");
  await page.getByRole("button", { name: "Profiel maken" }).click();
  await expect(page.getByText(/We vragen de gemeente om te bevestigen/)).toBeVisible();
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "Organisation" WHERE lower(name) = lower($1)`, [orgName])).rows[0].n).toBe(1);

  const staff = await (await browser.newContext()).newPage();
  await loginAs(staff, "regisseur");
  await staff.goto("/app/samenstad/ondernemers/aanvragen");
  const item = staff.getByRole("listitem").filter({ hasText: email });
  await expect(item).toBeVisible();
  await expectAxeClean(staff);
  await item.getByRole("button", { name: "Bevestigen" }).click();
  await expect(staff.getByText(`${email}: bevestigd.`)).toBeVisible();

  await page.goto("/app/samenstad/mijn-organisatie");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn organisatie" })).toBeVisible();
  await expect(page.getByText(orgName).first()).toBeVisible();
});
