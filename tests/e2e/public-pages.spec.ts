/**
 * Issue 17 items 1, 2, 3 and 5 — the public pages /g/[gemeente] on a phone (390×844) and a desktop:
 * finding your way and joining, the searchable sociale kaart (shareable, without JavaScript too),
 * the worry form's errors and focus, and the printable signaalkaart. Axe clean throughout.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { expect, ownerQuery, test } from "./support/fixtures";
import { axeViolations } from "./support/axe";

const PHONE = { width: 390, height: 844 };
const LINES = [
  "Wat zag of hoorde je?",
  "Over wie gaat het? Een naam, of alleen de wijk.",
  "Hoe kunnen we jou bereiken? Dat mag je ook leeg laten.",
];

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("1. the home leads to every public page and a real way to join; the partner page shows organisations and entrepreneurs", async ({
    page,
  }) => {
    await ownerQuery(`UPDATE "Gemeente" SET settings = settings - 'publicContactEmail' - 'publicContactPhone' WHERE slug = 'samenstad'`);
    await page.goto("/g/samenstad");
    for (const href of [
      "/g/samenstad/aanbod",
      "/g/samenstad/agenda",
      "/g/samenstad/partners",
      "/g/samenstad/help",
      "/g/samenstad/zorgen",
      "/ondernemer/aanmelden",
    ]) {
      await expect(page.locator(`main a[href="${href}"]`).first(), href).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Meedoen als organisatie of ondernemer" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    for (const path of ["/g/samenstad/agenda", "/g/samenstad/help"]) {
      await page.goto("/g/samenstad");
      await page.locator(`main a[href="${path}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    }

    await page.goto("/g/samenstad");
    await page.locator('main a[href="/g/samenstad/partners"]').first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wie doen er mee?");
    const { rows } = await ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM "CoalitionPartner" p JOIN "Gemeente" g ON g.id = p."gemeenteId" WHERE g.slug = 'samenstad'`,
    );
    expect(rows[0].n).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { level: 2, name: `${rows[0].n} organisaties in de coalitie` })).toBeVisible();
    await expect(page.getByRole("list", { name: "Organisaties in de coalitie" }).getByRole("listitem")).toHaveCount(rows[0].n);
    // The entrepreneurs come from the public register (the exposure predicate), on the same page.
    const register = (await (await page.request.get("/api/v1/gemeenten/samenstad/register")).json()).data as unknown[];
    if (register.length) await expect(page.getByRole("heading", { level: 2, name: /ondernemers? doe/ })).toBeVisible();
    else await expect(page.getByText("Er staan nog geen ondernemers op deze lijst.")).toBeVisible();
    await page.goto("/g/oosterwaard/partners");
    await expect(page.getByRole("heading", { level: 2, name: /ondernemers? doe/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /organisaties? in de coalitie/ })).toBeVisible();
    await expect(page.locator('main a[href="/ondernemer/aanmelden"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("2. the sociale kaart: filter, page, share the address; the same search without JavaScript and as JSON", async ({
    page,
    browser,
  }) => {
    await page.goto("/g/samenstad/aanbod");
    await expect(page.getByRole("heading", { level: 2, name: /\d+ activiteiten/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Samen eten" })).toBeVisible();
    const eten = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Samen eten" }) });
    await expect(eten).toContainText("Buurthuis De Brug, Kerkstraat 12");
    await expect(eten).toContainText("dinsdag, 17:30 tot 19:30");
    await expect(eten).toContainText("€ 5,00");
    await expect(eten).toContainText("Rolstoel toegankelijk");
    expect(await axeViolations(page)).toEqual([]);

    const search = page.getByRole("search", { name: "Zoek een activiteit" });
    await search.getByLabel("Wat mag het kosten?").selectOption("GRATIS");
    await search.getByLabel("Rolstoel toegankelijk").check();
    await search.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/kosten=GRATIS/);
    await expect(page).toHaveURL(/toegankelijk=ROLSTOEL/);
    await expect(page.getByRole("heading", { level: 2, name: /gevonden/ })).toBeVisible();
    const found = await page.locator("main li h3").allInnerTexts();
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain("Samen eten"); // costs money
    expect(found).toContain("Koffieochtend in de bibliotheek");
    await expect(search.getByLabel("Wat mag het kosten?")).toHaveValue("GRATIS");
    expect(await axeViolations(page)).toEqual([]);

    // The shared address, opened without JavaScript: the same results, and the form still searches.
    const shared = page.url();
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const other = await noJs.newPage();
    await other.goto(shared);
    expect(await other.locator("main li h3").allInnerTexts()).toEqual(found);
    await other.getByRole("search").getByLabel("Op welke dag?").selectOption("DO");
    await other.getByRole("search").getByRole("button", { name: "Zoeken" }).click();
    await expect(other).toHaveURL(/dag=DO/);
    expect(await other.locator("main li h3").allInnerTexts()).toEqual(["Koffieochtend in de bibliotheek", "Praatgroep na verlies"]);
    await noJs.close();

    // The open endpoint: the same search, the same answer.
    const api = await page.request.get("/api/v1/gemeenten/samenstad/aanbod?kosten=GRATIS&toegankelijk=ROLSTOEL");
    expect(api.status()).toBe(200);
    expect((await api.json()).data.map((o: { title: string }) => o.title)).toEqual(found);
    const doc = await (await page.request.get("/api/v1/openapi.json")).json();
    expect(doc.paths["/api/v1/gemeenten/{gemeente}/aanbod"].get.operationId).toBe("publicOffer");

    // A wrong value in a shared address: named, and the rest of the search still works.
    await page.goto("/g/samenstad/aanbod?dag=zondagmiddag&kosten=GRATIS");
    await expect(page.getByRole("search").getByRole("alert")).toContainText("Kies een dag van de week.");
    await expect(page.getByRole("heading", { level: 2, name: /gevonden/ })).toBeVisible();
  });

  test("3. the worry form: 112 before the form, an empty form names the missing fields and takes focus (with JavaScript)", async ({
    page,
  }) => {
    await page.goto("/g/samenstad/zorgen");
    const danger = page.getByTestId("gevaar");
    await expect(danger).toHaveText("Is er direct gevaar? Bel dan 112.");
    await expect(danger).toBeInViewport();
    const dangerBox = (await danger.boundingBox())!;
    const formBox = (await page
      .locator("form")
      .filter({ has: page.getByRole("button", { name: "Zorg doorgeven" }) })
      .boundingBox())!;
    expect(dangerBox.y).toBeLessThan(formBox.y);
    await page.getByRole("button", { name: "Zorg doorgeven" }).click();
    const summary = page.locator("#fouten");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Vul de naam van de persoon in, of alleen de wijk.");
    await expect(summary).toContainText("Schrijf in een paar zinnen wat er is opgevallen.");
    // A label that asks a question gets no colon after its question mark.
    await expect(summary).toContainText("Wat is u opgevallen? Schrijf in een paar zinnen");
    await expect(summary).not.toContainText("?:");
    await expect(page.locator("main")).not.toContainText("erg snel");
    await expect(page.locator("#situation")).toHaveAttribute("aria-invalid", "true");
    // The summary's link leads to the field.
    await summary.getByRole("link", { name: /Wat is u opgevallen/ }).click();
    await expect(page).toHaveURL(/#situation$/);
    expect(await axeViolations(page)).toEqual([]);
    // What was typed stays after a failed submit.
    await page.locator("#situation").fill("Kort");
    await page.getByRole("button", { name: "Zorg doorgeven" }).click();
    await expect(summary).toBeFocused();
    await expect(page.locator("#situation")).toHaveValue("Kort");
  });

  test("3. the worry form without JavaScript: field errors, focus on the error summary", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/g/samenstad/zorgen");
    await page.getByRole("button", { name: "Zorg doorgeven" }).click();
    await page.waitForLoadState("load");
    const summary = page.locator("#fouten");
    await expect(summary).toContainText("Schrijf in een paar zinnen wat er is opgevallen.");
    await expect(summary).toBeFocused();
    await expect(page.locator("main")).not.toContainText("erg snel");
    // (axe needs JavaScript; the same page with JavaScript is checked above.)
    await context.close();
  });

  test("5. the signaalkaart: linked from the help page, A5 and A4 PDFs with the form's address and the three lines", async ({ page }) => {
    await page.goto("/g/samenstad/help");
    await expect(page.getByRole("heading", { name: "Signaalkaart: waar geef je zorgen door?" })).toBeVisible();
    for (const line of LINES) await expect(page.getByRole("listitem").filter({ hasText: line })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    for (const [name, size, width] of [
      ["Signaalkaart, A5 (PDF)", "a5", 420],
      ["Poster, A4 (PDF)", "a4", 595],
    ] as const) {
      const href = await page.getByRole("link", { name }).getAttribute("href");
      expect(href).toBe(`/g/samenstad/signaalkaart?formaat=${size}`);
      const res = await page.request.get(href!);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("application/pdf");
      const doc = await getDocumentProxy(new Uint8Array(await res.body()));
      const { text } = await extractText(doc, { mergePages: true });
      const flat = text.replace(/\s+/g, " ");
      expect(flat).toMatch(/https?:\/\/\S+\/g\/samenstad\/zorgen/);
      for (const line of LINES) expect(flat).toContain(line);
      const [, , w] = (await doc.getPage(1)).view;
      expect(Math.round(w)).toBe(width);
    }
    expect((await page.request.get("/g/samenstad/signaalkaart?formaat=a3")).status()).toBe(400);
    expect((await page.request.get("/g/bestaat-niet/signaalkaart")).status()).toBe(404);
  });
});

test.describe("on a desktop", () => {
  test("1. the regisseur sets the public contact; the home and the partner page show it", async ({ page, loginAs }) => {
    await loginAs("regisseur");
    await page.goto("/app/samenstad/partners");
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Contact opslaan" }) });
    await form.getByLabel("E-mailadres voor wie mee wil doen").fill("geen-mail");
    await form.getByRole("button", { name: "Contact opslaan" }).click();
    await expect(form.getByText("Vul een geldig e-mailadres in, of laat het veld leeg.")).toBeVisible();
    await form.getByLabel("E-mailadres voor wie mee wil doen").fill("coalitie@samenstad.demo");
    await form.getByLabel("Telefoonnummer voor wie mee wil doen").fill("0115 123 456");
    await form.getByRole("button", { name: "Contact opslaan" }).click();
    await expect(form.getByText("Opgeslagen.")).toBeVisible();
    for (const path of ["/g/samenstad", "/g/samenstad/partners"]) {
      await page.goto(path);
      const join = page.locator("#meedoen");
      await expect(join.getByRole("link", { name: "coalitie@samenstad.demo" })).toHaveAttribute("href", "mailto:coalitie@samenstad.demo");
      await expect(join.getByRole("link", { name: "0115 123 456" })).toHaveAttribute("href", "tel:0115123456");
      expect(await axeViolations(page)).toEqual([]);
    }
    await ownerQuery(`UPDATE "Gemeente" SET settings = settings - 'publicContactEmail' - 'publicContactPhone' WHERE slug = 'samenstad'`);
  });

  test("2. the staff form shows the structured fields of an activity", async ({ page, loginAs }) => {
    await loginAs("regisseur");
    await page.goto("/app/samenstad/aanbod");
    await expect(page.getByRole("group", { name: "Op welke dagen?" }).first()).toBeVisible();
    await expect(page.getByLabel("Wat kost meedoen?").first()).toBeVisible();
    await expect(page.getByRole("group", { name: "Toegankelijkheid" }).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("5. the entrepreneur's overview links to the signaalkaart", async ({ page, loginAs }) => {
    await loginAs("ondernemer", { next: "/app/samenstad/mijn-organisatie" });
    await page.goto("/app/samenstad/mijn-organisatie");
    await expect(page.getByRole("link", { name: "signaalkaart (A5, PDF)" })).toHaveAttribute(
      "href",
      "/g/samenstad/signaalkaart?formaat=a5",
    );
    await expect(page.getByRole("link", { name: "poster (A4, PDF)" })).toHaveAttribute("href", "/g/samenstad/signaalkaart?formaat=a4");
  });
});
