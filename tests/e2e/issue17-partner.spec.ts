/**
 * Issue 17, item 7 — a coalition partner passes on a worry from its own page (in its navigation),
 * through the same signal core (source PARTNER, its own coalition partner), and sees under "Mijn
 * zorgen" only the status of the worries it filed itself — never another reporter's, never details.
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("a partner passes on a worry and sees only the status of its own worries", async ({ page }) => {
  await loginAs(page, "partner", { next: "/app/samenstad" });
  await page.goto("/app/samenstad");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await nav.getByRole("link", { name: "Zorgen doorgeven" }).click();
  await expect(page).toHaveURL(/\/app\/samenstad\/zorgen$/);
  await expect(page).toHaveTitle(/^Zorgen doorgeven · /);
  await expectAxeClean(page);

  // Empty form: a Dutch message on the field, focus there.
  await page.getByRole("button", { name: "Zorgen doorgeven" }).click();
  await expect(page.getByLabel("Wat is je opgevallen?")).toBeFocused();

  const situation = `Deelnemer van de inloop komt al drie weken niet meer ${Date.now()}.`;
  await page.getByLabel("Wat is je opgevallen?").fill(situation);
  await page.getByLabel("Naam van de inwoner (als je die weet)").fill("Mevrouw Jansen");
  await page.getByLabel("Of alleen de wijk", { exact: true }).fill("Noord");
  await page.getByRole("button", { name: "Zorgen doorgeven" }).click();
  await expect(page.getByRole("status")).toContainText("Je zorgen zijn doorgegeven");

  const filed = await ownerQuery<{ source: string; partner: string | null }>(
    `SELECT s.source, cp.name AS partner FROM "Signal" s JOIN "User" u ON u.id = s."reporterUserId" LEFT JOIN "CoalitionPartner" cp ON cp.id = s."coalitionPartnerId"
     WHERE u.email = 'partner@samenstad.demo' ORDER BY s."createdAt" DESC LIMIT 1`,
  );
  expect(filed.rows[0]).toEqual({ source: "PARTNER", partner: "Welzijn Samenstad" });

  // The list holds exactly the partner's own signals, status only.
  const own = await ownerQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Signal" s JOIN "User" u ON u.id = s."reporterUserId" WHERE u.email = 'partner@samenstad.demo'`,
  );
  const mine = page.getByRole("region", { name: "Mijn zorgen" });
  await expect(mine.getByRole("listitem")).toHaveCount(own.rows[0].n);
  await expect(mine.getByRole("listitem").first()).toContainText("Ontvangen");
  await expect(mine).not.toContainText("Jansen");
  await expect(mine).not.toContainText("drie weken");
  await expectAxeClean(page);
});

test("an entrepreneur's list does not show the partner's worries, and staff are sent to Signalen", async ({ page }) => {
  await loginAs(page, "ondernemer", { next: "/app/samenstad/zorgen" });
  await page.goto("/app/samenstad/zorgen");
  const own = await ownerQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Signal" s JOIN "User" u ON u.id = s."reporterUserId" WHERE u.email = 'ondernemer@samenstad.demo'`,
  );
  const items = page.getByRole("region", { name: "Mijn zorgen" }).getByRole("listitem");
  await expect(items).toHaveCount(own.rows[0].n);

  await page.context().clearCookies();
  await loginAs(page, "loket", { next: "/app/samenstad/zorgen" });
  await page.goto("/app/samenstad/zorgen");
  await expect(page.getByText(/Zorgen doorgeven is voor ondernemers en coalitiepartners/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Zorgen doorgeven" })).toHaveCount(0);
});
