/**
 * Vasthouden: an ambtenaar records a milestone and celebrates it (it then appears in the exposure
 * data), and logs a mail they copied and sent themselves as a contact moment.
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";

test("celebrate a milestone and log a copied mail", async ({ page }) => {
  const active = await ownerQuery<{ id: string }>(
    `SELECT v.id FROM "Vestiging" v JOIN "Gemeente" g ON g.id = v."gemeenteId"
      WHERE g.slug = 'oosterwaard' AND v.step IN ('VASTHOUDEN', 'VERSTERKEN') LIMIT 1`,
  );
  const id = active.rows[0].id;
  await loginAs(page, "ambtenaar-oosterwaard");
  await page.goto(`/app/oosterwaard/ondernemers/${id}`);

  const title = `Eerste koffieochtend ${Date.now()}`;
  const milestones = page.getByRole("region", { name: "Mijlpalen" });
  await milestones.locator("summary").filter({ hasText: "Mijlpaal toevoegen" }).click();
  await milestones.getByLabel("Mijlpaal", { exact: true }).fill(title);
  await milestones.getByRole("button", { name: "Mijlpaal toevoegen" }).click();
  await expect(milestones.getByText(title)).toBeVisible();
  await milestones.getByRole("button", { name: `Vieren (${title})` }).click();
  await expect(milestones.getByText("Gevierd!")).toBeVisible();
  // After the refresh the item reads "(gevierd)" without a button, and the announcement is still there
  // (it used to live in the button and vanished with it: CI once missed it).
  await expect(milestones.getByRole("listitem").filter({ hasText: title })).toContainText("(gevierd)");
  await expect(milestones.getByRole("button", { name: `Vieren (${title})` })).toHaveCount(0);
  await expect(milestones.getByText("Gevierd!")).toBeVisible();
  const row = await ownerQuery<{ celebrated: boolean }>(`SELECT celebrated FROM "Milestone" WHERE title = $1`, [title]);
  expect(row.rows[0].celebrated).toBe(true);

  const before = await ownerQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ContactMoment" WHERE "vestigingId" = $1 AND kind = 'MAIL'`,
    [id],
  );
  // Copy the mail (all fields filled in first), then log it as sent from one's own mail program.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const mail = page.getByRole("region", { name: "Mail sturen" });
  await mail.locator("summary").filter({ hasText: "Mail opstellen" }).click();
  const fields = mail.getByRole("group", { name: "Invulvelden van dit sjabloon" }).locator("input, textarea");
  for (let i = 0; i < (await fields.count()); i++) {
    if (!(await fields.nth(i).inputValue())) await fields.nth(i).fill("ingevuld");
  }
  await mail.getByRole("button", { name: "Tekst kopiëren" }).click();
  await mail.getByRole("button", { name: "Ik heb deze mail zelf verstuurd" }).click();
  await expect(mail.getByText("Vastgelegd als contactmoment.")).toBeVisible();
  const after = await ownerQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ContactMoment" WHERE "vestigingId" = $1 AND kind = 'MAIL'`,
    [id],
  );
  expect(after.rows[0].n).toBe(before.rows[0].n + 1);
});
