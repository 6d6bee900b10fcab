/**
 * Ondernemer self-service on a phone: sign in by e-mail link → create the organisation's profile →
 * join two gemeenten with their own acknowledgement → see the public preview → leave one (gone from
 * the public list at once). axe: 0 violations on every page visited.
 */
import { randomUUID } from "node:crypto";
import { expect, loginWithEmailLink, newEntrepreneurWithProfile, ownerQuery, test } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

test.use({ viewport: { width: 390, height: 844 } });

test("sign in by mail link, create profile, join two gemeenten, pass on a worry, leave one", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const email = `eigenaar-${stamp}@bakkerij${stamp}.test`;
  const orgName = `Bakkerij Test ${stamp}`;
  // An invited entrepreneur (the login never creates users).
  await ownerQuery(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [randomUUID(), email, "Bea Test"]);

  await page.goto("/inloggen?next=/ondernemer");
  await loginWithEmailLink(page, email);
  await page.goto("/ondernemer");
  await expect(page.getByRole("heading", { level: 1, name: "Meedoen als ondernemer" })).toBeVisible();
  await expectAxeClean(page);

  // Bad input: a Dutch message, nothing stored.
  await page.getByLabel("Gemeente", { exact: true }).selectOption("samenstad");
  await page.getByRole("button", { name: "Profiel maken" }).click();
  await expect(page.getByText("Vul de naam van je organisatie in.")).toBeVisible();
  await expectAxeClean(page);

  await page.getByLabel("Naam van je organisatie").fill(orgName);
  await page.getByLabel("Sector").selectOption("bakker");
  await page.getByRole("button", { name: "Profiel maken" }).click();
  await expect(page.getByText("Het profiel van je organisatie is gemaakt.")).toBeVisible();

  // Join Samenstad from the organisation page (own acknowledgement).
  await page.goto("/app/samenstad/mijn-organisatie");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn organisatie" })).toBeVisible();
  await expectAxeClean(page);
  const join = page.getByRole("region", { name: "Meedoen in Samenstad" });
  await join.getByRole("button", { name: "Meedoen" }).click();
  await expect(page.getByText("Vink aan dat meedoen vrijwillig is.")).toBeVisible();
  await join.getByLabel("Ik doe vrijwillig mee. Ik kan altijd stoppen.").check();
  await join.getByLabel(/geen voordeel als de gemeente/).check();
  await join.getByLabel(/geen geld of sponsoring/).check();
  await join.getByRole("button", { name: "Meedoen" }).click();
  // The form's own message, or (once the page has refreshed) the page's confirmation.
  await expect(page.getByText(/Welkom! Je doet nu mee in Samenstad\.|Je doet mee in Samenstad sinds/).first()).toBeVisible();

  // Join a second gemeente from the entrance.
  await page.goto("/ondernemer");
  const second = page.getByRole("region", { name: "Meedoen in een gemeente" });
  await second.getByLabel("Gemeente", { exact: true }).selectOption("oosterwaard");
  await second.getByLabel("Sector").selectOption("bakker");
  await second.getByLabel("Ik doe vrijwillig mee. Ik kan altijd stoppen.").check();
  await second.getByLabel(/geen voordeel als de gemeente/).check();
  await second.getByLabel(/geen geld of sponsoring/).check();
  await second.getByRole("button", { name: "Meedoen" }).click();
  await expect(page.getByText("Welkom! Je doet nu mee in Oosterwaard.", { exact: false })).toBeVisible();
  const acks = await ownerQuery(
    `SELECT g.slug, v."acknowledgementChannel" FROM "Vestiging" v JOIN "Gemeente" g ON g.id = v."gemeenteId" JOIN "Organisation" o ON o.id = v."organisationId" WHERE o.name = $1 ORDER BY g.slug`,
    [orgName],
  );
  expect(acks.rows).toEqual([
    { slug: "oosterwaard", acknowledgementChannel: "ZELFSERVICE" },
    { slug: "samenstad", acknowledgementChannel: "ZELFSERVICE" },
  ]);

  // Pass on a worry: FAQ guidance beside the form; afterwards only the status is shown.
  await page.goto("/app/samenstad/mijn-organisatie/zorgen");
  await expect(page.getByRole("complementary", { name: "Goed om te weten" })).toContainText("toestemming");
  await expectAxeClean(page);
  await page.getByLabel("Wat is je opgevallen?").fill("Een vaste klant komt elke dag en lijkt erg alleen sinds haar man overleed.");
  await page.getByLabel("Of alleen de wijk", { exact: true }).fill("Centrum");
  await page.getByRole("button", { name: "Zorgen doorgeven" }).click();
  await expect(page.getByText(/Je zorgen zijn doorgegeven/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Mijn zorgen" })).toContainText("Ontvangen");
  await expect(page.getByRole("region", { name: "Mijn zorgen" })).not.toContainText("overleed");
  const sig = await ownerQuery(`SELECT s.source FROM "Signal" s JOIN "Organisation" o ON o.id = s."organisationId" WHERE o.name = $1`, [
    orgName,
  ]);
  expect(sig.rows).toEqual([{ source: "ONDERNEMER" }]);

  // The gemeente starts the collaboration: it appears on both public lists and in the preview.
  await ownerQuery(
    `UPDATE "Vestiging" SET step = 'VASTHOUDEN', "activeSince" = now() WHERE "organisationId" = (SELECT id FROM "Organisation" WHERE name = $1)`,
    [orgName],
  );
  await page.goto("/app/samenstad/mijn-organisatie");
  await expect(page.getByRole("region", { name: "Zo sta je op de openbare lijst" }).getByText(orgName).first()).toBeVisible();
  await expectAxeClean(page);
  await page.goto("/g/samenstad/partners");
  await expect(page.getByText(orgName).first()).toBeVisible();

  // Leave Samenstad: gone from its public list at once, still listed in Oosterwaard.
  await page.goto("/app/samenstad/mijn-organisatie");
  await page.getByRole("button", { name: "Stoppen in deze gemeente" }).click();
  await expect(
    page.getByText("Je staat niet op de openbare lijst, omdat je pauze hebt genomen of bent gestopt.", { exact: false }),
  ).toBeVisible();
  // The buttons are gone after the refresh; their announcement is not (it used to go with them).
  await expect(page.getByRole("button", { name: "Stoppen in deze gemeente" })).toHaveCount(0);
  await expect(page.getByText("Je bent gestopt. Je staat niet meer op de openbare lijst.")).toBeVisible();
  await page.goto("/g/samenstad/partners");
  await expect(page.getByText(orgName)).toHaveCount(0);
  await page.goto("/g/oosterwaard/partners");
  await expect(page.getByText(orgName).first()).toBeVisible();

  // The FAQ help page.
  await page.goto("/g/samenstad/help");
  await expect(page.getByRole("heading", { level: 1, name: /Zorgen om een klant/ })).toBeVisible();
  await expectAxeClean(page);
});

test("pause works without JavaScript: a plain form, and the page says what happened", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await newEntrepreneurWithProfile(page, {
    email: `pauze-${stamp}@bakker${stamp}.test`,
    person: "Pien Pauze",
    organisation: `Bakkerij Pauze ${stamp}`,
    sector: "bakker",
  });
  await page.goto("/app/samenstad/mijn-organisatie");
  const join = page.getByRole("region", { name: "Meedoen in Samenstad" });
  await join.getByLabel("Ik doe vrijwillig mee. Ik kan altijd stoppen.").check();
  await join.getByLabel("Meedoen geeft geen voordeel als de gemeente iets inkoopt of een opdracht geeft.").check();
  await join.getByLabel("Ik geef geen geld of sponsoring. Hulp in tijd, ruimte of spullen mag wel.").check();
  await join.getByRole("button", { name: "Meedoen" }).click();
  await expect(page.getByText(/Je doet mee in Samenstad sinds/)).toBeVisible();

  // The same session in a browser without JavaScript.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const plain = await noScript.newPage();
    await plain.goto("/app/samenstad/mijn-organisatie");
    await plain.getByRole("button", { name: "Pauze nemen" }).click();
    await expect(plain.getByRole("status").filter({ hasText: "Je hebt pauze. Je staat niet meer op de openbare lijst." })).toBeVisible();
    await expect(plain.getByRole("button", { name: "Pauze nemen" })).toHaveCount(0);
    await expect(plain.getByTestId("niet-op-lijst")).toContainText("pauze");
    const row = (
      await ownerQuery(`SELECT v."stoppedReason" FROM "Vestiging" v JOIN "Organisation" o ON o.id = v."organisationId" WHERE o.name = $1`, [
        `Bakkerij Pauze ${stamp}`,
      ])
    ).rows[0];
    expect(row.stoppedReason).toBe("Pauze (door de ondernemer zelf)");
  } finally {
    await noScript.close();
  }
  // With JavaScript (axe needs it): the same page after the pause is clean.
  await page.goto("/app/samenstad/mijn-organisatie");
  await expect(page.getByRole("status").filter({ hasText: "Je hebt pauze." })).toBeVisible();
  await expectAxeClean(page);
});
