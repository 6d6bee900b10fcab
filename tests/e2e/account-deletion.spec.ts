/**
 * Deleting an account removes the person, never the gemeente's records (issue 13, finding 9):
 * the entrepreneur deletes their account on /mijn-organisatie; the relation leaves the public
 * register (stopped, not deleted), and the ambtenaar still sees its history, with
 * "verwijderd account" where the person's name was. axe: 0 violations on the pages visited.
 */
import { randomUUID } from "node:crypto";
import { expect, loginAs, loginWithEmailLink, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("an entrepreneur deletes their account: the gemeente keeps the relation's history, named 'verwijderd account'", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const email = `weg-${stamp}@vertrek${stamp}.test`;
  const name = `Vertrekkende Zaak ${stamp}`;
  const [userId, orgId, vId] = [randomUUID(), randomUUID(), randomUUID()];
  const g = (await ownerQuery(`SELECT id FROM "Gemeente" WHERE slug = 'samenstad'`)).rows[0].id as string;
  await ownerQuery(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Wim Weg', now())`, [userId, email]);
  await ownerQuery(`INSERT INTO "Organisation" (id, name, "updatedAt") VALUES ($1, $2, now())`, [orgId, name]);
  await ownerQuery(
    `INSERT INTO "Vestiging" (id, "gemeenteId", "organisationId", name, sector, step, "acknowledgedAt", "acknowledgementChannel", "acknowledgedById", "activeSince", "updatedAt")
     VALUES ($1, $2, $3, $4, 'bakker', 'VASTHOUDEN', now() - interval '10 days', 'ZELFSERVICE', $5, now() - interval '9 days', now())`,
    [vId, g, orgId, name, userId],
  );
  await ownerQuery(`INSERT INTO "Membership" (id, "gemeenteId", "userId", role, "organisationId") VALUES ($1, $2, $3, 'ONDERNEMER', $4)`, [
    randomUUID(),
    g,
    userId,
    orgId,
  ]);
  await ownerQuery(
    `INSERT INTO "StepChange" (id, "gemeenteId", "vestigingId", kind, "fromStep", "toStep", reason, "byUserId", at)
     VALUES ($1, $2, $3, 'ACKNOWLEDGE', 'VERLEIDEN', 'VERLEIDEN', 'Vrijwilligheid bevestigd (zelfservice)', $4, now() - interval '10 days')`,
    [randomUUID(), g, vId, userId],
  );
  await ownerQuery(
    `INSERT INTO "ContactPerson" (id, "gemeenteId", "vestigingId", name, email, phone, "updatedAt") VALUES ($1, $2, $3, 'Wim Weg', $4, '0611111111', now())`,
    [randomUUID(), g, vId, email],
  );

  await page.goto("/g/samenstad/partners");
  await expect(page.getByText(name).first()).toBeVisible();

  // The entrepreneur deletes the account.
  await page.goto("/inloggen?next=/app/samenstad/mijn-organisatie");
  await loginWithEmailLink(page, email);
  await page.goto("/app/samenstad/mijn-organisatie");
  await page.getByRole("heading", { name: "Account verwijderen" }).scrollIntoViewIfNeeded();
  const confirm = page.getByLabel("Typ VERWIJDEREN om je account te verwijderen");
  await confirm.fill("VERWIJDEREN");
  await page.getByRole("button", { name: "Account verwijderen" }).click();
  await page.waitForURL((u) => u.pathname === "/");

  // The person is gone; the relation is stopped, not deleted, and leaves the public register.
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "User" WHERE id = $1`, [userId])).rows[0].n).toBe(0);
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "ContactPerson" WHERE email = $1`, [email])).rows[0].n).toBe(0);
  const v = (await ownerQuery(`SELECT "stoppedAt", "acknowledgedById" FROM "Vestiging" WHERE id = $1`, [vId])).rows[0];
  expect(v.stoppedAt).not.toBeNull();
  expect(v.acknowledgedById).toBeNull();
  await page.goto("/g/samenstad/partners");
  await expect(page.getByText(name)).toHaveCount(0);

  // The ambtenaar still sees the relation and its history, with the name replaced.
  await page.context().clearCookies();
  await loginAs(page, "ambtenaar");
  await page.goto(`/app/samenstad/ondernemers/${vId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const history = page.getByRole("table", { name: "Wie wat wanneer en waarom veranderde" });
  await expect(
    history
      .getByRole("row")
      .filter({ hasText: "Vrijwilligheid bevestigd (zelfservice)" })
      .getByRole("cell", { name: "verwijderd account" }),
  ).toBeVisible();
  await expect(page.getByText("Wim Weg")).toHaveCount(0);
  await expectAxeClean(page);
});
