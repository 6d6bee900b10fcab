/**
 * The platform admin creates an API key for Samenstad in the browser, the key works on the API,
 * and once revoked it is refused. Other roles cannot open the page. axe: 0 violations.
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("admin creates, uses and revokes an API key", async ({ page, request }) => {
  await loginAs(page, "beheerder");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "API-sleutels van Samenstad" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API-sleutels van Samenstad");

  // Bad input: a Dutch message, nothing created.
  const before = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "ApiKey"`);
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByText("Kies een rol voor de sleutel.")).toBeVisible();
  expect((await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "ApiKey"`)).rows[0].n).toBe(before.rows[0].n);

  const name = `Koppeling ${Date.now()}`;
  await page.getByLabel("Naam (waarvoor is de sleutel?)").fill(name);
  await page.getByLabel("Rol").selectOption("PARTNER");
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  const keyField = page.getByLabel("Sleutel", { exact: true });
  await expect(keyField).toBeVisible();
  const key = await keyField.inputValue();
  expect(key).toMatch(/^sk_live_/);
  await expectAxeClean(page);

  const ok = await request.get("/api/v1/gemeenten/samenstad", { headers: { authorization: `Bearer ${key}` } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).data.slug).toBe("samenstad");
  // The key belongs to Samenstad only.
  const other = await request.get("/api/v1/gemeenten/oosterwaard", { headers: { authorization: `Bearer ${key}` } });
  expect(other.status()).toBe(404);

  await page.reload();
  await page.getByRole("button", { name: `Intrekken (${name})` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Ingetrokken op");
  const revoked = await request.get("/api/v1/gemeenten/samenstad", { headers: { authorization: `Bearer ${key}` } });
  expect(revoked.status()).toBe(401);
});

test("a regisseur cannot open the API keys page", async ({ page }) => {
  await loginAs(page, "regisseur");
  const res = await page.goto("/beheer/samenstad/api-sleutels");
  expect(res?.status()).toBe(404);
});
