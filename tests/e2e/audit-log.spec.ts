/**
 * Issue 19: the regisseur reads the gemeente's audit trail — who did what when, in plain Dutch,
 * filterable, paged, exportable as CSV — without resident data. Other roles get a refusal. axe clean.
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("the regisseur reads, filters and exports the audit trail", async ({ page }) => {
  const g = (await ownerQuery<{ id: string }>(`SELECT id FROM "Gemeente" WHERE slug = 'samenstad'`)).rows[0].id;
  const who = (await ownerQuery<{ id: string; name: string }>(`SELECT id, name FROM "User" WHERE email = 'ambtenaar@samenstad.demo'`))
    .rows[0];
  await ownerQuery(
    `INSERT INTO "AuditEvent" (id, "gemeenteId", "actorId", action, entity, details, "createdAt")
     VALUES (gen_random_uuid()::text, $1, $2, 'partner.update', 'CoalitionPartner', '{"naam":"Mevrouw Geheim"}', '2026-03-04 09:30'),
            (gen_random_uuid()::text, $1, $2, 'campaign.create', 'Campaign', '{}', '2026-03-05 10:00')`,
    [g, who.id],
  );
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad");
  await page.getByRole("link", { name: "Logboek" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logboek");
  await expect(page).toHaveTitle(/Logboek/);
  await expectAxeClean(page);

  await page.getByLabel("Van").fill("2026-03-04");
  await page.getByLabel("Tot en met").fill("2026-03-04");
  await page.getByLabel("Soort handeling").selectOption("partners");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await page.waitForURL(/soort=partners/);
  await expect(page.getByRole("heading", { name: "1 handeling" })).toBeVisible();
  const row = page.getByRole("row", { name: /Heeft een coalitiepartner gewijzigd/ });
  await expect(row).toContainText(who.name);
  await expect(row).toContainText("04-03-2026 10:30");
  await expect(page.getByText("Mevrouw Geheim")).toHaveCount(0);
  await expectAxeClean(page);

  const href = await page.getByRole("link", { name: "Download als CSV (voor Excel)" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Datum en tijd;Wie;Wat;Soort;Code");
  expect(text).toContain(`04-03-2026 10:30;${who.name};Heeft een coalitiepartner gewijzigd;Coalitiepartners;partner.update`);
  expect(text).not.toContain("Heeft een campagne toegevoegd");

  // A wrong filter: a Dutch message.
  await page.goto("/app/samenstad/logboek?van=2026-03-05&tot=2026-03-01");
  await expect(page.getByText("De datum 'van' ligt na de datum 'tot en met'.")).toBeVisible();
});

test("an ambtenaar cannot read the audit trail", async ({ page }) => {
  await loginAs(page, "ambtenaar");
  await page.goto("/app/samenstad/logboek");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logboek");
  await expect(page.getByText("Dit account heeft geen toestemming voor deze pagina of actie.")).toBeVisible();
  const csv = await page.request.get("/app/samenstad/logboek/export");
  expect(csv.status()).toBe(403);
});
