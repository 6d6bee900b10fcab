/**
 * The regisseur changes a member's role on "Mensen": the role changes and that person's running
 * session ends at once. axe: 0 violations. The ondernemer has no such page.
 */
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { expect, fillLoginForm, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("changing a role ends the member's session", async ({ page, browser }) => {
  const stamp = Date.now();
  const email = `medewerker-${stamp}@samenstad.demo`;
  const name = `Medewerker ${stamp}`;
  const userId = randomUUID();
  const hash = await bcrypt.hash("Wachtwoord-voor-test-1", 4);
  await ownerQuery(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    userId,
    email,
    name,
    hash,
  ]);
  await ownerQuery(
    `INSERT INTO "Membership" (id, "gemeenteId", "userId", role) SELECT $1, id, $2, 'LOKET' FROM "Gemeente" WHERE slug = 'samenstad'`,
    [randomUUID(), userId],
  );

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto("/inloggen");
  await fillLoginForm(member, email, "Wachtwoord-voor-test-1");
  await member.waitForURL(/\/app\/samenstad/);

  await loginAs(page, "regisseur");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mensen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mensen");
  await expectAxeClean(page);
  await page.getByLabel(`Rol van ${name}`).selectOption("TEAM_WELZIJN");
  await page.getByRole("button", { name: `Opslaan (rol van ${name})` }).click();
  await expect(page.getByText("Rol aangepast.")).toBeVisible();

  const row = await ownerQuery<{ role: string }>(`SELECT role FROM "Membership" WHERE "userId" = $1`, [userId]);
  expect(row.rows[0].role).toBe("TEAM_WELZIJN");
  await member.goto("/app/samenstad");
  await expect(member).toHaveURL(/\/inloggen/);
  await memberContext.close();
});

test("an ondernemer cannot manage people", async ({ page }) => {
  await loginAs(page, "ondernemer");
  await expect(page.getByRole("link", { name: "Mensen" })).toHaveCount(0);
  await page.goto("/app/samenstad/mensen");
  await expect(page.getByText("Dit account heeft geen toestemming voor deze pagina of actie.")).toBeVisible();
});
