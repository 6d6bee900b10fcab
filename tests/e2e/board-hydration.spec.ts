/**
 * A fast user: "Verplaatsen" on a pipeline card opened before the page's JavaScript has run. The
 * disclosure opens natively (no JavaScript needed); once React takes over, the move form must be
 * there — not an empty disclosure the user has to close and open again.
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";

test("a move disclosure opened before hydration shows the form once the page is hydrated", async ({ page }) => {
  const name = `Vroege vogel ${Date.now()}`;
  const org = await ownerQuery<{ id: string }>(
    `INSERT INTO "Organisation" (id, name, "updatedAt") VALUES (gen_random_uuid()::text, $1, now()) RETURNING id`,
    [name],
  );
  const v = await ownerQuery<{ id: string }>(
    `INSERT INTO "Vestiging" (id, "gemeenteId", "organisationId", name, sector, step, "updatedAt")
     SELECT gen_random_uuid()::text, g.id, $2, $1, 'bakker', 'VERBINDEN', now() FROM "Gemeente" g WHERE g.slug = 'samenstad' RETURNING id`,
    [name, org.rows[0].id],
  );
  await loginAs(page, "ambtenaar");

  // Hold back the page's JavaScript until the disclosure is open.
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("/app/samenstad/ondernemers/pijplijn", { waitUntil: "commit" });
  const card = page.locator(`li[data-card-id="${v.rows[0].id}"]`);
  await expect(card.locator("summary")).toBeVisible();
  await expect(card).not.toHaveAttribute("draggable", "true"); // not hydrated yet
  await card.locator("summary").press("Enter");
  await expect(card.locator("details")).toHaveJSProperty("open", true);

  release();
  await expect(card).toHaveAttribute("draggable", "true"); // hydrated
  await expect(card.getByLabel("Naar stap")).toBeVisible();
});
