/** A new entrepreneur signs up from the login page, logs in with the mailed link and lands on /ondernemer. */
import { expect, mailCausedBy, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("sign up as a new entrepreneur and log in by e-mail link", async ({ page }) => {
  const email = `nieuw-${Date.now()}@bakkerij.test`;
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Meld je aan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aanmelden als ondernemer");
  await expectAxeClean(page);

  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Vul je naam in (minstens 2 tekens).")).toBeVisible();

  await page.getByLabel("Je naam").fill("Nina Nieuw");
  await page.getByLabel("E-mailadres").fill(email);
  const mail = await mailCausedBy(
    async () => {
      await page.getByRole("button", { name: "Aanmelden" }).click();
      await page.waitForURL(/controleer-je-email/);
    },
    (m) => m.to.includes(email),
    15_000,
  );
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await page.waitForURL(/\/ondernemer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Meedoen als ondernemer" })).toBeVisible();
  const user = await ownerQuery<{ passwordHash: string | null }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [email]);
  expect(user.rows[0].passwordHash).toBeNull();
});
