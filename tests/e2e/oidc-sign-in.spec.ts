/**
 * Issue 19: staff sign in through the gemeente's own OpenID Connect provider — a real one
 * (oidc-provider) started by this test on a loopback port. The platform admin connects it on
 * /beheer/samenstad/inloggen; then: a staff member signs in; an account the provider vouches for
 * but Samenkracht does not know is refused; after the provider disables the account, signing in is
 * refused. The platform log shows the configuration. axe: 0 violations on the new pages.
 */
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";
import { readState } from "./support/state";
import { startTestOidcProvider, type TestOidcProvider } from "./support/oidc-provider";

let idp: TestOidcProvider;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  idp = await startTestOidcProvider({ redirectUri: `${readState().baseURL}/api/auth/callback/oidc-samenstad` });
  idp.accounts.set("u-regisseur", { sub: "u-regisseur", email: "regisseur@samenstad.demo", emailVerified: true, name: "Regisseur" });
  idp.accounts.set("u-onbekend", { sub: "u-onbekend", email: "nieuw@samenstad.demo", emailVerified: true, name: "Nieuw" });
  idp.accounts.set("u-ongecontroleerd", {
    sub: "u-ongecontroleerd",
    email: "ambtenaar@samenstad.demo",
    emailVerified: false,
    name: "Ambtenaar",
  });
});

test.afterAll(async () => {
  await ownerQuery(`DELETE FROM "IdentityProvider"`);
  await idp?.stop();
});

async function signInViaGemeente(page: import("@playwright/test").Page, email: string) {
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "Inloggen via Samenstad" }).click();
  await expect(page.getByRole("heading", { name: "Inloggen bij de gemeente (test)" })).toBeVisible();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Aanmelden bij de gemeente" }).click();
}

test("the platform admin connects the gemeente's provider", async ({ page }) => {
  await loginAs(page, "beheerder");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Inloggen via de gemeente (Samenstad)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen via Samenstad");
  await expect(page).toHaveTitle(/Inloggen via de gemeente/);
  await expect(page.getByText(`${readState().baseURL}/api/auth/callback/oidc-samenstad`)).toBeVisible();

  // Bad input: Dutch messages, nothing stored.
  await page.getByLabel("Adres van de inlogdienst (issuer)").fill("http://sso.samenstad.nl");
  await page.getByRole("button", { name: "Inlogdienst opslaan" }).click();
  await expect(page.getByText(/Vul een volledig adres in dat begint met https:\/\//)).toBeVisible();
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "IdentityProvider"`)).rows[0].n).toBe(0);
  await expectAxeClean(page);

  await page.getByLabel("Adres van de inlogdienst (issuer)").fill(idp.issuer);
  await page.getByLabel("Client-ID").fill(idp.clientId);
  await page.getByLabel("Geheim (client secret)").fill(idp.clientSecret);
  await page.getByLabel("E-maildomeinen van de medewerkers").fill("samenstad.demo");
  await page.getByRole("button", { name: "Inlogdienst opslaan" }).click();
  await expect(page.getByText("De inlogdienst is opgeslagen.")).toBeVisible();
  const stored = await ownerQuery(`SELECT "clientSecretEnc", domains FROM "IdentityProvider"`);
  expect(stored.rows[0].domains).toEqual(["samenstad.demo"]);
  expect(stored.rows[0].clientSecretEnc).not.toContain(idp.clientSecret);

  // The platform's log shows who did it.
  await page.goto("/beheer/logboek");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logboek van het platform");
  await expect(page.getByRole("row", { name: /Heeft inloggen via de inlogdienst van de gemeente ingesteld/ })).toContainText("Samenstad");
  await expectAxeClean(page);
});

test("a staff member signs in through the gemeente's provider", async ({ page }) => {
  await page.goto("/inloggen");
  await expectAxeClean(page);
  await signInViaGemeente(page, "regisseur@samenstad.demo");
  await page.waitForURL(/\/app\/samenstad/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Roles stay in Samenkracht: the regisseur's own pages open.
  const res = await page.goto("/app/samenstad/logboek");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logboek");
});

test("an account Samenkracht does not know is refused, in Dutch", async ({ page }) => {
  await signInViaGemeente(page, "nieuw@samenstad.demo");
  await page.waitForURL(/\/inloggen\?error=OIDC_UNKNOWN/);
  await expect(page.getByText(/je hebt nog geen account bij Samenkracht voor deze gemeente/)).toBeVisible();
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
});

test("an e-mail address the provider has not verified is refused", async ({ page }) => {
  await signInViaGemeente(page, "ambtenaar@samenstad.demo");
  await page.waitForURL(/\/inloggen\?error=OIDC_EMAIL_UNVERIFIED/);
  await expect(page.getByText(/niet als gecontroleerd doorgegeven/)).toBeVisible();
});

test("after the provider disables the account, signing in is refused", async ({ page }) => {
  idp.accounts.get("u-regisseur")!.disabled = true;
  await signInViaGemeente(page, "regisseur@samenstad.demo");
  // The provider answers access_denied; next-auth reports it as a failed callback.
  await page.waitForURL(/\/inloggen\?.*error=(OAuth)?Callback/);
  await expect(page.getByText(/Inloggen via je gemeente is niet gelukt/)).toBeVisible();
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  idp.accounts.get("u-regisseur")!.disabled = false;
});
