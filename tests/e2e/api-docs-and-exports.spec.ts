/**
 * Issue 19: the readable API docs page (server-rendered from the OpenAPI document, inside the CSP,
 * axe clean, problem `type` links land on it); the dashboard CSV bytes; the longlist import of a
 * Windows-1252 file says how it was read and keeps "Café".
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test("the API docs page: every operation, the error codes, no CSP violation, axe clean", async ({ page }) => {
  test.setTimeout(150_000); // a long page (every operation with its tables): axe takes a while on a busy 2-core machine
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|CSP/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/api/v1/docs");
  expect(res?.status()).toBe(200);
  await expect(page).toHaveTitle(/^API-documentatie/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samenkracht API");
  const doc = await (await page.request.get("/api/v1/openapi.json")).json();
  const ops = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((p) =>
    Object.values(p).map((o) => o.operationId),
  );
  for (const id of ops) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  await expect(page.locator("#fouten")).toBeVisible();
  // A real problem answer's `type` points at an anchor on this page.
  const problem = await page.request.get("/api/v1/gemeenten/bestaat-niet/register");
  expect(problem.headers()["content-type"]).toBe("application/problem+json");
  expect(problem.headers()["api-version"]).toBe(doc.info.version);
  const type = (await problem.json()).type as string;
  await expect(page.locator(`[id="${type.split("#")[1]}"]`)).toHaveCount(1);
  await expectAxeClean(page);
  expect(violations).toEqual([]);
});

test("dashboard CSV: one BOM, decimal commas; a Windows-1252 longlist keeps 'Café'", async ({ page }) => {
  await loginAs(page, "regisseur");
  const csv = await page.request.get("/app/samenstad/dashboard/export");
  expect(csv.status()).toBe(200);
  const bytes = await csv.body();
  expect(bytes.subarray(0, 3).toString("hex")).toBe("efbbbf");
  expect(bytes.subarray(3, 6).toString("hex")).not.toBe("efbbbf");
  expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe("Gemeente;Indicator;Waarde (decimaalteken: komma);Datum");
  expect(bytes.toString("utf8")).not.toMatch(/;\d+\.\d+;/);

  const name = `Café Zoë ${Date.now()}`;
  const text = `naam;sector;adres;wijk\r\n${name};restaurant;Kerkstraat ${Date.now() % 1000};Centrum\r\n`;
  const cp1252 = Buffer.from([...text].map((c) => ({ é: 0xe9, ë: 0xeb })[c] ?? c.charCodeAt(0)));
  await page.goto("/app/samenstad/ondernemers/importeren");
  await page.getByLabel("CSV-bestand").setInputFiles({ name: "longlist.csv", mimeType: "text/csv", buffer: cp1252 });
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByRole("status")).toContainText("Ingelezen: 1 ondernemers.");
  await expect(page.getByRole("status")).toContainText("Het bestand is gelezen als Windows-1252");
  const stored = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "Vestiging" WHERE name = $1`, [name]);
  expect(stored.rows[0].n).toBe(1);
  await expectAxeClean(page);
});
