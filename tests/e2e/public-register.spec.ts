/**
 * The public partner register /g/[gemeente]/partners ("Wie doen er mee?"): the seed's active partner,
 * no personal data, axe clean; and at scale: pages of 50 on alphabet, a letter index, a name
 * search, keyboard- and screen-reader-friendly page links.
 */
import type { Page } from "@playwright/test";
import { expect, ownerQuery, test } from "./support/fixtures";
import { axeViolations } from "./support/axe";

test("Oosterwaard's register shows its active partner, alphabetical, nothing personal, no axe violations", async ({ page }) => {
  const res = await page.goto("/g/oosterwaard/partners");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wie doen er mee?");
  await expect(page.getByText(/Meedoen is vrijwillig/)).toBeVisible();
  const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "SuperSamen Oosterwaard" }) });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("kletskassa");
  await expect(entry).toContainText("Doet mee sinds");
  // One page only: no page links.
  await expect(page.getByRole("navigation", { name: "Pagina's" })).toHaveCount(0);
  // Nothing personal or internal: no address, no account holder, no contact person.
  const text = await page.locator("main").innerText();
  expect(text).not.toContain("Dorpsstraat 15");
  expect(text).not.toMatch(/@|accounthouder/i);
  expect(await axeViolations(page)).toEqual([]);
});

test("the public gemeente page links to the register; another gemeente does not show Oosterwaard's partner", async ({ page }) => {
  await page.goto("/g/oosterwaard");
  await page.locator('a[href="/g/oosterwaard/partners"]').click();
  await expect(page).toHaveURL(/\/g\/oosterwaard\/partners$/);
  await page.goto("/g/samenstad/partners");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wie doen er mee?");
  await expect(page.getByText("SuperSamen Oosterwaard")).toHaveCount(0);
  const api = await page.request.get("/api/v1/gemeenten/oosterwaard/register");
  expect(api.status()).toBe(200);
  expect((await api.json()).data.map((e: { name: string }) => e.name)).toContain("SuperSamen Oosterwaard");
  expect((await page.request.get("/g/bestaat-niet/partners")).status()).toBe(404);
});

test.describe("a large register", () => {
  const slug = `paginastad-${Date.now()}`;
  const N = 230;
  // "A Winkel 001" … letters A–Z in turn, so the alphabet spreads over the pages.
  const names = Array.from({ length: N }, (_, i) => `${String.fromCharCode(65 + (i % 26))} Winkel ${String(i + 1).padStart(3, "0")}`).sort(
    (x, y) => x.localeCompare(y, "nl"),
  );

  test.beforeAll(async () => {
    const g = await ownerQuery<{ id: string }>(
      `INSERT INTO "Gemeente"(id, slug, name, inhabitants, "updatedAt") VALUES (gen_random_uuid()::text, $1, 'Paginastad', 50000, now()) RETURNING id`,
      [slug],
    );
    await ownerQuery(
      `WITH o AS (
         INSERT INTO "Organisation"(id, name, "updatedAt")
         SELECT gen_random_uuid()::text, chr(65 + ((i - 1) % 26)) || ' Winkel ' || lpad(i::text, 3, '0'), now() FROM generate_series(1, $2::int) i
         RETURNING id, name)
       INSERT INTO "Vestiging"(id, "gemeenteId", "organisationId", name, sector, step, "acknowledgedAt", "activeSince", "updatedAt")
       SELECT gen_random_uuid()::text, $1, o.id, o.name, 'bakker', 'VASTHOUDEN', now() - interval '30 days', now() - interval '20 days', now() FROM o`,
      [g.rows[0].id, N],
    );
  });

  test.afterAll(async () => {
    await ownerQuery(
      `DELETE FROM "Organisation" WHERE id IN (SELECT "organisationId" FROM "Vestiging" v JOIN "Gemeente" g ON g.id = v."gemeenteId" WHERE g.slug = $1)`,
      [slug],
    );
    await ownerQuery(`DELETE FROM "Gemeente" WHERE slug = $1`, [slug]);
  });

  const entryNames = (page: Page) => page.locator("section[aria-labelledby=ondernemers] > ul h3").allInnerTexts();

  test("shows 50 at a time on alphabet with the total, and page links a keyboard and screen reader can use", async ({ page }) => {
    await page.goto(`/g/${slug}/partners`);
    await expect(page.getByRole("heading", { level: 2, name: `${N} ondernemers doen mee` })).toBeVisible();
    await expect(page.getByText("Pagina 1 van 5: nummer 1 tot en met 50, op alfabet.")).toBeVisible();
    expect(await entryNames(page)).toEqual(names.slice(0, 50));
    const pages = page.getByRole("navigation", { name: "Pagina's" });
    await expect(pages.locator('[aria-current="page"]')).toHaveText("Pagina 1");
    await expect(pages.getByRole("link", { name: "Pagina 5" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard: focus "Volgende pagina" and press Enter.
    await pages.getByRole("link", { name: "Volgende pagina" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/g/${slug}/partners\\?pagina=2$`));
    await expect(page.getByRole("navigation", { name: "Pagina's" }).locator('[aria-current="page"]')).toHaveText("Pagina 2");
    expect(await entryNames(page)).toEqual(names.slice(50, 100));

    await page.getByRole("navigation", { name: "Pagina's" }).getByRole("link", { name: "Pagina 5" }).click();
    await expect(page.getByText("Pagina 5 van 5: nummer 201 tot en met 230, op alfabet.")).toBeVisible();
    expect(await entryNames(page)).toEqual(names.slice(200));
    await expect(page.getByRole("navigation", { name: "Pagina's" }).getByRole("link", { name: "Volgende pagina" })).toHaveCount(0);
  });

  test("the letter index jumps to the page where a letter starts", async ({ page }) => {
    await page.goto(`/g/${slug}/partners`);
    const letters = page.getByRole("navigation", { name: "Naar letter" });
    await letters.getByRole("link", { name: "Letter T" }).click();
    const expected = Math.floor(names.findIndex((n) => n.startsWith("T")) / 50) + 1;
    await expect(page.getByRole("navigation", { name: "Pagina's" }).locator('[aria-current="page"]')).toHaveText(`Pagina ${expected}`);
    expect(await entryNames(page)).toContain(names.find((n) => n.startsWith("T")));
  });

  test("search by name with the GET form; bad or too high page numbers still show a page", async ({ page }) => {
    await page.goto(`/g/${slug}/partners?pagina=2`);
    await page.getByRole("searchbox", { name: "Zoek op naam" }).fill("winkel 12");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`zoek=winkel\\+12`));
    const found = names.filter((n) => n.toLowerCase().includes("winkel 12"));
    await expect(page.getByText(`${found.length} ondernemers gevonden met ‘winkel 12’.`)).toBeVisible();
    expect(await entryNames(page)).toEqual(found);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Toon iedereen" }).click();
    expect(await entryNames(page)).toEqual(names.slice(0, 50));

    await page.goto(`/g/${slug}/partners?pagina=abc`);
    await expect(page.getByText("Pagina 1 van 5", { exact: false })).toBeVisible();
    await page.goto(`/g/${slug}/partners?pagina=99`);
    await expect(page.getByText("Die pagina bestaat niet; dit is de laatste.", { exact: false })).toBeVisible();
    expect(await entryNames(page)).toEqual(names.slice(200));
  });

  test("the API pages on request and keeps the whole list otherwise", async ({ page }) => {
    const paged = await page.request.get(`/api/v1/gemeenten/${slug}/register?page=2&pageSize=100`);
    expect(paged.status()).toBe(200);
    const body = await paged.json();
    expect(body.meta).toEqual({ page: 2, pageSize: 100, pages: 3, total: N, matching: N });
    expect(body.data.map((e: { name: string }) => e.name)).toEqual(names.slice(100, 200));
    const whole = await (await page.request.get(`/api/v1/gemeenten/${slug}/register`)).json();
    expect(whole.data).toHaveLength(N);
    expect(whole.meta).toBeUndefined();
  });
});
