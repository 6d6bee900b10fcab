/**
 * Keyboard only. The skip link is the first Tab stop and moves focus to the main content; the main
 * flows work with Tab / Shift+Tab / Enter / Space / arrow keys and typing, and every Tab stop on the
 * way shows a visible focus indicator (an outline of at least 2px, or a ring).
 * Flows: log in, pass on a worry (public form), move a card on the pipeline board, register for an
 * event, edit the entrepreneur's profile. No clicks and no fill() in the flows themselves; setting
 * up (logging in as a role for the later flows, rows to act on) may use them.
 */
import type { Locator, Page } from "@playwright/test";
import { account, expect, loginAs, ownerQuery, test } from "./support/fixtures";

/** The focused element shows a visible focus indicator; returns a short description of it. */
async function expectVisibleFocus(page: Page): Promise<string> {
  const r = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, what: "nothing (body)" };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
    const ring = s.boxShadow !== "none";
    const box = el.getBoundingClientRect();
    const what = el.outerHTML.slice(0, 140);
    return { ok: (outline || ring) && box.width > 0 && box.height > 0 && el.matches(":focus-visible"), what };
  });
  expect(r.ok, `focus is not visible on ${r.what}`).toBe(true);
  return r.what;
}

/** Press Tab (or Shift+Tab) until `target` has focus, checking visible focus at every stop. */
async function tabTo(page: Page, target: Locator, opts: { back?: boolean; max?: number } = {}) {
  const max = opts.max ?? 200;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(opts.back ? "Shift+Tab" : "Tab");
    await expectVisibleFocus(page);
    if (await target.evaluate((el) => el === document.activeElement)) return i + 1;
  }
  throw new Error(`not reached with ${max} × Tab: ${target}`);
}

/** Skip link, then Tab through the content only. */
async function skipToContent(page: Page) {
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#inhoud")).toBeFocused();
}

for (const path of ["/", "/g/samenstad"]) {
  test(`skip link on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible(); // visible when focused
    await page.keyboard.press("Enter");
    await expect(page.locator("main#inhoud")).toBeFocused();
    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(() => !!document.activeElement?.closest("main"));
    expect(inMain).toBe(true);
  });
}

test("skip link in the app shell, and the navigation is reachable by keyboard", async ({ page }) => {
  await loginAs(page, "regisseur");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#inhoud")).toBeFocused();
  // Shift+Tab from the content reaches the last navigation link: the nav is in the tab order.
  await page.keyboard.press("Shift+Tab");
  const focused = await page.evaluate(() => document.activeElement?.closest("nav")?.getAttribute("aria-label") ?? null);
  expect(focused).toBe("Hoofdmenu");
});

test("the language switch works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Together against loneliness");
  await context.close();
});

test("every Tab stop on the public pages and the login page shows visible focus", async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of ["/", "/g/samenstad", "/g/samenstad/zorgen", "/g/samenstad/agenda", "/inloggen"]) {
    await page.goto(path);
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const atEnd = await page.evaluate(() => document.activeElement === document.body || !document.activeElement);
      if (atEnd) break;
      const what = await expectVisibleFocus(page);
      if (seen.includes(what)) break; // wrapped around
      seen.push(what);
    }
    expect(seen.length, path).toBeGreaterThan(1);
  }
});

test("the focus check itself fails on an element whose focus indicator is removed", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() =>
    document.querySelectorAll("a").forEach((a) => {
      a.style.setProperty("outline", "none", "important");
      a.style.setProperty("box-shadow", "none", "important");
    }),
  );
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await expect(expectVisibleFocus(page)).rejects.toThrow(/focus is not visible/);
});

test.describe("main flows with the keyboard only", () => {
  test("log in with the password form", async ({ page }) => {
    const a = account("regisseur");
    await page.goto("/inloggen");
    await skipToContent(page);
    const form = page.getByRole("region", { name: "Inloggen met wachtwoord" });
    await tabTo(page, form.getByLabel("E-mailadres"));
    await page.keyboard.type(a.email);
    await tabTo(page, form.getByLabel("Wachtwoord"));
    await page.keyboard.type(a.plainPassword!);
    await tabTo(page, form.getByRole("button", { name: "Inloggen" }));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/app\/samenstad/, { timeout: 20_000 });
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welkom");
  });

  test("pass on a worry with the public form", async ({ page }) => {
    // Other specs use the same form from the same address: start this one with an empty rate limit.
    await ownerQuery(`DELETE FROM "SignalRateLimit"`);
    // A signal's wijk is one of the gemeente's own wijken: this spec's marker wijk joins the list.
    await ownerQuery(
      `UPDATE "Gemeente" SET settings = jsonb_set(settings, '{wijken}', COALESCE(settings->'wijken', '[]'::jsonb) || '["Keyboard-wijk"]'::jsonb) WHERE slug = $1 AND NOT COALESCE(settings->'wijken', '[]'::jsonb) ? 'Keyboard-wijk'`,
      ["samenstad"],
    );
    const stamp = Date.now();
    await page.goto("/g/samenstad/zorgen");
    await skipToContent(page);
    await tabTo(page, page.getByLabel("Naam (als u die weet)"));
    await page.keyboard.type(`Toetsenbord ${stamp}`);
    await tabTo(page, page.getByLabel("Wijk of buurt"));
    await page.keyboard.type("Keyboard-wijk");
    await tabTo(page, page.getByLabel("Wat is u opgevallen?"));
    await page.keyboard.type("Mijn buurman komt de deur niet meer uit sinds zijn vrouw overleed.");
    await page.waitForTimeout(3_200); // the form's minimum fill time
    await tabTo(page, page.getByRole("button", { name: "Zorg doorgeven" }));
    await page.keyboard.press("Space");
    await expect(page.getByRole("heading", { name: "Bedankt. De gemeente Samenstad heeft uw zorg ontvangen." })).toBeVisible();
    const rows = await ownerQuery(`SELECT id FROM "Signal" WHERE wijk = 'Keyboard-wijk' AND "createdAt" > now() - interval '2 minutes'`);
    expect(rows.rowCount).toBeGreaterThanOrEqual(1);
  });

  test("move a card on the pipeline board", async ({ page }) => {
    const name = `Toetsenbordbakker ${Date.now()}`;
    const org = await ownerQuery<{ id: string }>(
      `INSERT INTO "Organisation" (id, name, "updatedAt") VALUES (gen_random_uuid()::text, $1, now()) RETURNING id`,
      [name],
    );
    const v = await ownerQuery<{ id: string }>(
      `INSERT INTO "Vestiging" (id, "gemeenteId", "organisationId", name, sector, step, "updatedAt")
       SELECT gen_random_uuid()::text, g.id, $2, $1, 'bakker', 'VERBINDEN', now() FROM "Gemeente" g WHERE g.slug = 'samenstad' RETURNING id`,
      [name, org.rows[0].id],
    );
    const id = v.rows[0].id;
    await loginAs(page, "ambtenaar");
    await page.goto("/app/samenstad/ondernemers/pijplijn");
    const card = page.locator(`li[data-card-id="${id}"]`);
    // The board is hydrated (its client script marks the cards draggable): the move form mounts on
    // opening only then. A key press before hydration opens an empty disclosure (noted follow-up).
    await expect(card).toHaveAttribute("draggable", "true");
    await skipToContent(page);
    await tabTo(page, card.locator("summary"), { max: 400 });
    await page.keyboard.press("Enter"); // opens the move form
    const select = card.getByLabel("Naar stap");
    await expect(select).toBeVisible();
    await tabTo(page, select);
    for (let i = 0; i < 6 && (await select.inputValue()) !== "VERLEIDEN"; i++) await page.keyboard.press("ArrowDown");
    await expect(select).toHaveValue("VERLEIDEN");
    await tabTo(page, card.getByLabel("Waarom?"));
    await page.keyboard.type("Eerste gesprek was warm");
    await tabTo(page, card.getByRole("button", { name: "Verplaatsen" }));
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await ownerQuery<{ step: string }>(`SELECT step FROM "Vestiging" WHERE id = $1`, [id])).rows[0].step)
      .toBe("VERLEIDEN");
    const history = await ownerQuery<{ reason: string }>(
      `SELECT reason FROM "StepChange" WHERE "vestigingId" = $1 AND "toStep" = 'VERLEIDEN'`,
      [id],
    );
    expect(history.rows[0].reason).toBe("Eerste gesprek was warm");
  });

  test("register for an event (ondernemer)", async ({ page }) => {
    const title = `Toetsenbordavond ${Date.now()}`;
    const ev = await ownerQuery<{ id: string }>(
      `INSERT INTO "Event" (id, "gemeenteId", kind, title, location, "startsAt", "endsAt", "updatedAt")
       SELECT gen_random_uuid()::text, g.id, 'NETWERKBIJEENKOMST', $1, 'Bibliotheek Samenstad', now() + interval '30 days', now() + interval '30 days 2 hours', now()
       FROM "Gemeente" g WHERE g.slug = 'samenstad' RETURNING id`,
      [title],
    );
    await loginAs(page, "ondernemer");
    await page.goto("/app/samenstad/agenda");
    await skipToContent(page);
    await tabTo(page, page.getByRole("button", { name: `Aanmelden voor ${title}` }));
    await page.keyboard.press("Space");
    await expect(page.getByText("Je bent aangemeld.")).toBeVisible();
    await expect(page.getByRole("button", { name: `Afmelden voor ${title}` })).toBeVisible();
    const reg = await ownerQuery(`SELECT 1 FROM "EventRegistration" WHERE "eventId" = $1`, [ev.rows[0].id]);
    expect(reg.rowCount).toBe(1);
  });

  test("edit the entrepreneur's profile (ondernemer, phone size)", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const hours = `ma-za 8.00-18.00 (${Date.now()})`;
    await loginAs(page, "ondernemer");
    await page.goto("/app/samenstad/mijn-organisatie");
    await skipToContent(page);
    const field = page.getByLabel("Openingstijden (niet verplicht)");
    await tabTo(page, field);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(hours);
    // The contact person is required; the demo profile may not have one yet.
    for (const [label, value] of [
      ["Contactpersoon voor de gemeente", "Omar El Amrani"],
      ["E-mailadres van de contactpersoon", "ondernemer@samenstad.demo"],
    ]) {
      await tabTo(page, page.getByLabel(label, { exact: true }));
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(value);
    }
    await tabTo(page, page.getByRole("button", { name: "Profiel opslaan" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Je profiel is opgeslagen.")).toBeVisible();
    const row = await ownerQuery<{ openingHours: string }>(
      `SELECT v."openingHours" FROM "Vestiging" v JOIN "Gemeente" g ON g.id = v."gemeenteId" WHERE g.slug = 'samenstad' AND v.name = 'Sportschool In Beweging'`,
    );
    expect(row.rows[0].openingHours).toBe(hours);
  });
});
