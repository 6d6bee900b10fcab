/**
 * Decision 0023, from the browser, for a form whose action the page now binds (an entrepreneur's page): without
 * JavaScript the template mail form posts its form data to sendTemplateMailAction, bound to the gemeente and the
 * entrepreneur by the page, and the server's answer is rendered — its Dutch error on the address field, then the mail
 * sent over SMTP and logged as a contact moment. Bound inside the client component, this post was never answered (seen
 * in Chromium with the partner form; forms-without-javascript.spec.ts).
 *
 * Without JavaScript the page comes back with the "Mail opstellen" disclosure closed (a native <details>) and the
 * form's fields as the data fills them: the test opens it again after each post.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, ownerQuery, signedInPage, test, waitForMail } from "./support/fixtures";

const PREFIX = "Mail zonder script";
const BAD_ADDRESS = "Vul een geldig e-mailadres in.";

const regisseurPage = (browser: Browser, javaScriptEnabled: boolean) => signedInPage(browser, "regisseur", javaScriptEnabled);

/** An entrepreneur in Samenstad with a contact person who has an e-mail address (the form's default "Aan"). */
async function entrepreneurWithContact(name: string, email: string): Promise<string> {
  const org = await ownerQuery<{ id: string }>(
    `INSERT INTO "Organisation" (id, name, "updatedAt") VALUES (gen_random_uuid()::text, $1, now()) RETURNING id`,
    [name],
  );
  const v = await ownerQuery<{ id: string; gemeenteId: string }>(
    `INSERT INTO "Vestiging" (id, "gemeenteId", "organisationId", name, sector, step, "updatedAt")
     SELECT gen_random_uuid()::text, g.id, $2, $1, 'bakker', 'VERBINDEN', now() FROM "Gemeente" g WHERE g.slug = 'samenstad'
     RETURNING id, "gemeenteId"`,
    [name, org.rows[0]!.id],
  );
  const { id, gemeenteId } = v.rows[0]!;
  await ownerQuery(
    `INSERT INTO "ContactPerson" (id, "gemeenteId", "vestigingId", name, email, "updatedAt") VALUES (gen_random_uuid()::text, $1, $2, 'Zoë Zonderscript', $3, now())`,
    [gemeenteId, id, email],
  );
  return id;
}

const mailMoments = async (vestigingId: string) =>
  (
    await ownerQuery<{ kind: string; mailSubject: string | null }>(
      `SELECT kind::text AS kind, "mailSubject" FROM "ContactMoment" WHERE "vestigingId" = $1`,
      [vestigingId],
    )
  ).rows;

/** The send form, after opening its disclosure (closed again in every page the server renders). */
async function mailForm(page: Page) {
  await page.getByRole("region", { name: "Mail sturen" }).locator("summary").filter({ hasText: "Mail opstellen" }).click();
  return page.getByRole("form", { name: "Mail sturen" });
}

test.afterAll(async () => {
  // The entrepreneur, its contact person and contact moments go with the organisation (cascade).
  await ownerQuery(`DELETE FROM "Organisation" WHERE name LIKE $1`, [`${PREFIX} %`]);
});

test("without JavaScript the template mail form shows the server's error on the address, then sends and logs the mail", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const name = `${PREFIX} ${stamp}`;
  const address = `zoe.${stamp}@zonder-script.test`;
  const id = await entrepreneurWithContact(name, address);
  const { page, close } = await regisseurPage(browser, false);
  try {
    await page.goto(`/app/samenstad/ondernemers/${id}`);
    let form = await mailForm(page);
    await expect(form.getByLabel("Aan (e-mailadres)")).toHaveValue(address);
    await form.getByLabel("Aan (e-mailadres)").fill("geen-adres");
    await form.getByRole("button", { name: "Mail versturen" }).click();

    // The server's answer: its error on the address field; nothing sent, nothing logged.
    form = await mailForm(page);
    const to = form.getByLabel("Aan (e-mailadres)");
    await expect(to).toHaveAttribute("aria-invalid", "true");
    await expect(to).toHaveAccessibleDescription(BAD_ADDRESS);
    await expect(form.getByText(BAD_ADDRESS)).toBeVisible();
    expect(await mailMoments(id)).toEqual([]);

    // The address is the contact person's again; fill in the template's empty fields and send.
    await expect(to).toHaveValue(address);
    const fields = form.getByRole("group", { name: "Invulvelden van dit sjabloon" }).locator("input, textarea");
    for (let i = 0; i < (await fields.count()); i++) {
      if (!(await fields.nth(i).inputValue())) await fields.nth(i).fill(`Ingevuld zonder script ${stamp}`);
    }
    await form.getByRole("button", { name: "Mail versturen" }).click();

    const sent = await waitForMail((m) => m.to.includes(address), 20_000);
    expect(sent.subject).toBe(`Samen tegen eenzaamheid in Samenstad: doet ${name} mee?`);
    expect(sent.text).toContain(`Ingevuld zonder script ${stamp}`);
    await expect(page.getByRole("region", { name: "Contactmomenten" })).toContainText(`mail: ${sent.subject}`);
    form = await mailForm(page);
    await expect(
      form.getByRole("status").filter({ hasText: `De mail is verstuurd naar ${address} en vastgelegd als contactmoment.` }),
    ).toBeVisible();
    expect(await mailMoments(id)).toEqual([{ kind: "MAIL", mailSubject: sent.subject }]);
  } finally {
    await close();
  }
});

test("without JavaScript a refused engagement form keeps what was typed (the contact person form)", async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const id = await entrepreneurWithContact(`${PREFIX} ${stamp} b`, `bea.${stamp}@zonder-script.test`);
  const { page, close } = await regisseurPage(browser, false);
  const contactForm = async () => {
    await page.locator("summary").filter({ hasText: "Contactpersoon toevoegen" }).click();
    return page.getByRole("form", { name: "Contactpersoon toevoegen" });
  };
  try {
    await page.goto(`/app/samenstad/ondernemers/${id}`);
    let form = await contactForm();
    await form.getByLabel("Naam").fill("Bea Bakker");
    await form.getByLabel("Functie (niet verplicht)").fill("Eigenaar");
    await form.getByLabel("E-mailadres (niet verplicht)").fill("geen-adres");
    await form.getByRole("button", { name: "Contactpersoon toevoegen" }).click();

    // The server refused the address; the page it answered with still has what was typed.
    form = await contactForm();
    await expect(form.getByLabel("E-mailadres (niet verplicht)")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Naam")).toHaveValue("Bea Bakker");
    await expect(form.getByLabel("Functie (niet verplicht)")).toHaveValue("Eigenaar");
    await expect(form.getByLabel("E-mailadres (niet verplicht)")).toHaveValue("geen-adres");
    const people = await ownerQuery(`SELECT 1 FROM "ContactPerson" WHERE "vestigingId" = $1 AND name = 'Bea Bakker'`, [id]);
    expect(people.rowCount).toBe(0);
  } finally {
    await close();
  }
});
