/** The public partner register /g/[gemeente]/partners ("Wie doen er mee?"): the seed's active partner, no personal data, axe clean. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("Oosterwaard's register shows its active partner, alphabetical, nothing personal, no axe violations", async ({ page }) => {
  const res = await page.goto("/g/oosterwaard/partners");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wie doen er mee?");
  await expect(page.getByText(/Meedoen is vrijwillig/)).toBeVisible();
  const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "SuperSamen Oosterwaard" }) });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("kletskassa");
  await expect(entry).toContainText("Doet mee sinds");
  // Nothing personal or internal: no address, no account holder, no contact person.
  const text = await page.locator("main").innerText();
  expect(text).not.toContain("Dorpsstraat 15");
  expect(text).not.toMatch(/@|accounthouder/i);
  const violations = (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  expect(violations).toEqual([]);
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
