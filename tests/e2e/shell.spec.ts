/**
 * The logged-in shell: login through the real form, per-role navigation, gemeente switcher,
 * and the way anonymous people are sent to the login page.
 */
import bcrypt from "bcryptjs";
import { navFor } from "../../src/components/shell/nav";
import { nl } from "../../src/i18n/nl";
import { account, expect, fillLoginForm, loginAs, ownerQuery, test } from "./support/fixtures";

test("anonymous visitors of the app are sent to the login page, with the way back", async ({ page }) => {
  await page.goto("/app/samenstad");
  await expect(page).toHaveURL(/\/inloggen\?next=%2Fapp%2Fsamenstad/);
});

test("a wrong password shows a Dutch error and does not log in", async ({ page }) => {
  await page.goto("/inloggen");
  await fillLoginForm(page, account("regisseur").email, "helemaal-fout-wachtwoord");
  await expect(page.getByRole("alert").first()).toContainText(/wachtwoord|klopt niet|onjuist/i);
  await page.goto("/app/samenstad");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("regisseur: login through the form, welcome, navigation for the regisseur", async ({ page }) => {
  const a = await loginAs(page, "regisseur");
  await expect(page).toHaveURL(/\/app\/samenstad$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${a.name}`);
  await expect(page).toHaveTitle("Overzicht – Samenstad · Samenkracht");
  await expect(page.getByRole("banner")).toContainText("Samenstad");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link", { name: "Overzicht" })).toHaveAttribute("aria-current", "page");
  // What the regisseur can do is listed on the overview (links only where the page exists).
  await expect(page.getByRole("heading", { name: "Signalen", level: 3 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ondernemers", exact: true, level: 3 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Mijn organisatie", level: 3 })).toHaveCount(0);
  // One gemeente only: no switcher.
  await expect(page.getByText("Wissel van gemeente")).toHaveCount(0);
});

test("navigation differs per role: ondernemer and loket see other items than the regisseur", async ({ browser }) => {
  const seen: Record<string, string[]> = {};
  const navLinks: Record<string, string[]> = {};
  for (const role of ["regisseur", "ondernemer", "loket"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, role);
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(nav.getByRole("link", { name: "Overzicht" })).toBeVisible();
    navLinks[role] = await nav.getByRole("link").allTextContents();
    seen[role] = [...navLinks[role], ...(await page.getByRole("heading", { level: 3 }).allTextContents())];
    await context.close();
  }
  expect(seen.regisseur).toContain("Signalen");
  expect(seen.regisseur).toContain("Ondernemers");
  expect(seen.regisseur).not.toContain("Mijn organisatie");
  expect(seen.ondernemer).toContain("Mijn organisatie");
  expect(seen.ondernemer).not.toContain("Signalen");
  expect(seen.ondernemer).not.toContain("Ondernemers");
  expect(seen.loket).toContain("Signalen");
  expect(seen.loket).not.toContain("Ondernemers");
  // The menu itself: the coalition page exists, and only roles with partners:read get the link.
  expect(navLinks.regisseur).toEqual([
    "Overzicht",
    ...navFor("REGISSEUR")
      .slice(1)
      .map((i) => nl.nav[i.key]),
  ]);
  expect(navLinks.regisseur).toContain("Coalitie");
  expect(navLinks.loket).toContain("Coalitie");
  expect(navLinks.ondernemer).not.toContain("Coalitie");
  expect(navLinks.ondernemer).toEqual([
    "Overzicht",
    ...navFor("ONDERNEMER")
      .slice(1)
      .map((i) => nl.nav[i.key]),
  ]);
});

test("a person in two gemeenten switches gemeente; a gemeente without a role is a 404", async ({ page }) => {
  await loginAs(page, "twee-gemeenten");
  // /app opens the first gemeente by name: Oosterwaard, where this person is ambtenaar.
  await expect(page).toHaveURL(/\/app\/oosterwaard$/);
  await expect(page.getByRole("banner")).toContainText("Oosterwaard");
  await expect(page.getByRole("banner")).toContainText("Ambtenaar");
  await expect(page.getByRole("heading", { name: "Signalen", level: 3 })).toHaveCount(0);

  await page.getByText("Wissel van gemeente").click();
  await page.getByRole("link", { name: "Samenstad" }).click();
  await expect(page).toHaveURL(/\/app\/samenstad$/);
  await expect(page.getByRole("banner")).toContainText("Samenstad");
  await expect(page.getByRole("banner")).toContainText("Regisseur eenzaamheid");
  // In Samenstad the same person is regisseur: signals work is theirs here.
  await expect(page.getByRole("heading", { name: "Signalen", level: 3 })).toBeVisible();

  const res = await page.goto("/app/bestaat-niet");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
  await expect(page).toHaveTitle(/^Deze pagina bestaat niet/);
});

test("a one-gemeente user cannot open another gemeente's shell (404, nothing leaks)", async ({ page }) => {
  await loginAs(page, "ondernemer");
  const res = await page.goto("/app/oosterwaard");
  expect(res?.status()).toBe(404);
  await expect(page.locator("body")).not.toContainText("Oosterwaard");
});

test("/app goes to the first gemeente; logout ends the session", async ({ page }) => {
  await loginAs(page, "loket");
  await page.goto("/app");
  await expect(page).toHaveURL(/\/app\/samenstad$/);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await page.goto("/app/samenstad");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("someone without any gemeente gets the Dutch 'no access yet' page at /app", async ({ page }) => {
  const email = `zonder-gemeente-${Date.now()}@samenkracht.test`;
  const password = "Nog-geen-gemeente-2026";
  await ownerQuery(
    `INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, now(), now())`,
    [email, "Nina Nieuw", await bcrypt.hash(password, 4)],
  );
  await page.goto("/inloggen");
  await fillLoginForm(page, email, password);
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Je hebt nog geen toegang tot een gemeente");
  expect((await page.goto("/app/samenstad"))?.status()).toBe(404);
});
