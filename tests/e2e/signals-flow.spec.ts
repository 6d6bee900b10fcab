/**
 * Signaalpunt end to end: a public report → regisseur assesses → loket intake → team eenzaamheid
 * → referral → closed. The reporter receives the two status mails and one question, without any detail.
 */
import type { Browser, Page } from "@playwright/test";
import { test, expect, loginAs, capturedMail, waitForMail } from "./support/fixtures";
import { expectAxeClean } from "./support/axe";

async function as(browser: Browser, role: Parameters<typeof loginAs>[1]): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, role);
  return page;
}

async function step(page: Page, url: string, to: string, fields: Record<string, string> = {}) {
  await page.goto(url);
  await page.getByRole("combobox", { name: "Volgende stap", exact: true }).selectOption(to);
  await page.getByLabel("Waarom?").fill(`Stap naar ${to}`);
  for (const [label, value] of Object.entries(fields)) {
    const el = page.getByLabel(label);
    if (value.startsWith("~")) {
      const option = el.locator("option", { hasText: value.slice(1) }).first();
      await el.selectOption((await option.getAttribute("value")) ?? "");
    } else if ((await el.evaluate((e) => e.tagName)) === "SELECT") await el.selectOption(value);
    else await el.fill(value);
  }
  await page.getByRole("button", { name: "Stap opslaan" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: `Stap naar ${to}` })).toBeVisible();
}

test.describe.configure({ timeout: 180_000 });

test("public report to closed; the reporter gets only the two status mails and the one question", async ({ page, browser }) => {
  const stamp = Date.now();
  const reporter = `melder-${stamp}@example.test`;
  const resident = `Bewoner ${stamp}`;
  await page.goto("/g/samenstad/zorgen");
  await expectAxeClean(page);
  await page.getByLabel("Naam (als u die weet)").fill(resident);
  await page.getByLabel("Wijk of buurt").fill("Centrum");
  await page.getByLabel("Wat is u opgevallen?").fill("Ze komt al twee weken niet meer naar de markt en de post blijft liggen.");
  await page.getByLabel("E-mail").fill(reporter);
  await page.waitForTimeout(3_200); // minimum fill time
  await page.getByRole("button", { name: "Zorg doorgeven" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt. De gemeente Samenstad heeft uw zorg ontvangen." })).toBeVisible();

  // The regisseur finds it in the work queue (keyboard: links and a table) and assesses it.
  const reg = await as(browser, "regisseur");
  await reg.goto("/app/samenstad/signalen?status=ONTVANGEN");
  await expect(reg.getByRole("heading", { name: /Werklijst/ })).toBeVisible();
  // Titles say hulpvraag · wijk · date, never the name.
  await reg
    .getByRole("link", { name: /Centrum ·/ })
    .first()
    .focus();
  const links = reg.getByRole("link", { name: /Centrum ·/ });
  let url = "";
  for (let i = 0; i < (await links.count()); i++) {
    await reg.goto(
      await links
        .nth(i)
        .getAttribute("href")
        .then((h) => `${h}`),
    );
    if (await reg.getByText(resident).count()) {
      url = reg.url();
      break;
    }
    await reg.goto("/app/samenstad/signalen?status=ONTVANGEN");
  }
  expect(url).not.toBe("");
  await step(reg, url, "BEOORDEELD");

  const loket = await as(browser, "loket");
  await step(loket, url, "EERSTE_INTAKE");
  await waitForMail((m) => m.to.includes(reporter) && /opgepakt/.test(m.subject));
  await step(loket, url, "TEAM_EENZAAMHEID", { "Medewerker van het team": "~team eenzaamheid" });

  const team = await as(browser, "eenzaamheid");
  await team.goto(url);
  await expect(team.getByText(resident)).toBeVisible();
  await step(team, url, "DOORVERWEZEN", { "Doorverwezen naar": "Humanitas" });
  await step(team, url, "AFGESLOTEN", { Uitkomst: "DEELGENOMEN" });
  await expect(team.getByTestId("signal-status")).toHaveText("Afgesloten");

  await waitForMail((m) => m.to.includes(reporter) && /afgerond/.test(m.subject));
  await waitForMail((m) => m.to.includes(reporter) && /geholpen/.test(m.subject));
  await reg.waitForTimeout(1_500);
  const mine = (await capturedMail()).filter((m) => m.to.includes(reporter));
  expect(mine.map((m) => m.subject).sort()).toEqual([
    "Heeft het geholpen? Eén vraag over uw zorg",
    "Uw zorg is afgerond",
    "Uw zorg is opgepakt",
  ]);
  for (const m of mine) {
    expect(m.text).not.toContain(resident);
    expect(m.text).not.toContain("Humanitas");
    expect(m.text).not.toContain("markt");
  }
});
