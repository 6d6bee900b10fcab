/**
 * The one form pattern (issue 18 item 4, decision 0023), from the browser: a staff form works without JavaScript — it
 * posts its form data to the server action and the answer shows the server's Dutch errors on the fields, or the
 * result — and with JavaScript the browser refuses bad input with the same messages (the server's own schema, loaded
 * on demand) before anything is sent. Before the pattern, this form was react-hook-form only: without JavaScript it
 * posted nowhere.
 */
import type { Browser } from "@playwright/test";
import { expect, ownerQuery, signedInPage, test } from "./support/fixtures";

const PAGE = "/app/samenstad/partners";
const NAME_TOO_SHORT = "De naam moet minstens 2 tekens hebben.";
const KIND_MISSING = "Kies wat voor soort partner dit is.";

const regisseurPage = (browser: Browser, javaScriptEnabled: boolean) => signedInPage(browser, "regisseur", javaScriptEnabled);

const partnerCount = async (name: string) =>
  (await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE name = $1`, [name])).rows[0]!.n;

test.afterAll(async () => {
  await ownerQuery(`DELETE FROM "CoalitionPartner" WHERE name LIKE 'Zonder script %' OR name LIKE 'Met script %'`);
});

test("without JavaScript the partner form shows the server's errors on its fields, then adds the partner", async ({ browser }) => {
  test.setTimeout(90_000);
  const { page, close } = await regisseurPage(browser, false);
  try {
    await page.goto(PAGE);
    const form = page.getByRole("form", { name: "Partner toevoegen" });
    await form.getByRole("button", { name: "Partner toevoegen" }).click();
    await expect(page.locator("#partner-name-fout")).toHaveText(NAME_TOO_SHORT);
    await expect(page.locator("#partner-kind-fout")).toHaveText(KIND_MISSING);
    await expect(page.locator("#partner-name")).toHaveAttribute("aria-invalid", "true");

    const name = `Zonder script ${Date.now()}`;
    const again = page.getByRole("form", { name: "Partner toevoegen" });
    await again.getByLabel("Naam van de organisatie").fill(name);
    await again.getByLabel("Soort partner").selectOption({ label: "Sport" });
    await again.getByRole("button", { name: "Partner toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${name} is toegevoegd.` })).toBeVisible();
    expect(await partnerCount(name)).toBe(1);
  } finally {
    await close();
  }
});

test("with JavaScript the same messages come from the browser's check, before anything is sent", async ({ browser }) => {
  const { page, close } = await regisseurPage(browser, true);
  try {
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) posts.push(r.url());
    });
    await page.goto(PAGE);
    await page.waitForLoadState("networkidle"); // hydrated: the form's own submit handler is in place
    const form = page.getByRole("form", { name: "Partner toevoegen" });
    await form.getByRole("button", { name: "Partner toevoegen" }).click();
    await expect(page.locator("#partner-name-fout")).toHaveText(NAME_TOO_SHORT);
    await expect(page.locator("#partner-kind-fout")).toHaveText(KIND_MISSING);
    await expect(page.locator("#partner-name")).toBeFocused();
    expect(posts).toEqual([]);

    // After a failed submit a corrected field is checked again at once.
    await form.getByLabel("Naam van de organisatie").fill("Met script");
    await expect(page.locator("#partner-name-fout")).toHaveCount(0);
    await expect(page.locator("#partner-kind-fout")).toHaveText(KIND_MISSING);

    const name = `Met script ${Date.now()}`;
    await form.getByLabel("Naam van de organisatie").fill(name);
    await form.getByLabel("Soort partner").selectOption({ label: "Sport" });
    await form.getByRole("button", { name: "Partner toevoegen" }).click();
    await expect(form.getByRole("status")).toHaveText(`${name} is toegevoegd.`);
    expect(posts.length).toBe(1);
    expect(await partnerCount(name)).toBe(1);
    await expect(form.getByLabel("Naam van de organisatie")).toHaveValue("");
  } finally {
    await close();
  }
});
