/**
 * Playwright fixtures for every e2e test:
 *   import { test, expect, loginAs, ownerQuery, waitForMail } from "./support/fixtures";
 *   await loginAs(page, "regisseur");            // the real /inloggen form (password, or e-mail link)
 *   const rows = await ownerQuery("SELECT …");   // the run's database as owner (bypasses RLS)
 *   const mail = await waitForMail((m) => m.to.includes("…"));
 * Roles are the demo account keys of prisma/seed/demo-accounts.ts.
 */
import { randomUUID } from "node:crypto";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { e2eAccount, type E2EAccount, type E2ERole } from "./accounts";
import { readState } from "./state";

export { expect };
export type { E2ERole };

export function account(role: E2ERole): E2EAccount {
  return e2eAccount(role);
}

/** The password form on /inloggen, found by its visible Dutch labels (as a person would). */
export async function fillLoginForm(page: Page, email: string, password: string) {
  const form = page.getByRole("region", { name: "Inloggen met wachtwoord" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Wachtwoord").fill(password);
  await form.getByRole("button", { name: "Inloggen" }).click();
}

/** Ask for a login link on /inloggen, read it from the captured mail, and open it. */
export async function loginWithEmailLink(page: Page, email: string) {
  const form = page.getByRole("region", { name: "Inloggen met een link per e-mail" });
  await form.getByLabel("E-mailadres").fill(email);
  const mail = await mailCausedBy(
    () => form.getByRole("button", { name: "Stuur mij een link" }).click(),
    (m) => m.to.includes(email.toLowerCase()),
    15_000,
  );
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error("The login mail has no link");
  await page.goto(link);
}

const inApp = (url: URL) => ["/app/", "/beheer", "/landelijk"].some((p) => url.pathname.startsWith(p));

/** Log in through the real login page and wait until the app is shown. */
export async function loginAs(page: Page, role: E2ERole, opts: { next?: string } = {}): Promise<E2EAccount> {
  const a = account(role);
  await page.goto(opts.next ? `/inloggen?next=${encodeURIComponent(opts.next)}` : "/inloggen");
  if (a.plainPassword) await fillLoginForm(page, a.email, a.plainPassword);
  else await loginWithEmailLink(page, a.email);
  await page.waitForURL(inApp, { timeout: 20_000 });
  return a;
}

/** Query the run's database as the owner (bypasses RLS): for arranging and checking state. */
export async function ownerQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: readState().databaseUrl });
  await client.connect();
  try {
    return await client.query<T>(sql, params);
  } finally {
    await client.end();
  }
}

/**
 * A new entrepreneur as they start: an account (e-mail only), logged in by the mail link, and an
 * organisation profile made on /ondernemer in `gemeente`. The page ends on the profile confirmation.
 */
export async function newEntrepreneurWithProfile(
  page: Page,
  o: { email: string; person: string; organisation: string; sector: string; gemeente?: string },
) {
  await ownerQuery(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [randomUUID(), o.email, o.person]);
  await page.goto("/inloggen?next=/ondernemer");
  await loginWithEmailLink(page, o.email);
  await page.goto("/ondernemer");
  await page.getByLabel("Gemeente", { exact: true }).selectOption(o.gemeente ?? "samenstad");
  await page.getByLabel("Naam van je organisatie").fill(o.organisation);
  await page.getByLabel("Sector").selectOption(o.sector);
  await page.getByRole("button", { name: "Profiel maken" }).click();
  await expect(page.getByText("Het profiel van je organisatie is gemaakt.")).toBeVisible();
}

export type CapturedMail = { from: string; to: string[]; subject: string; text: string; html: string; date: string };

export async function capturedMail(): Promise<CapturedMail[]> {
  const res = await fetch(`${readState().mailUrl}/messages`);
  return (await res.json()) as CapturedMail[];
}

export async function waitForMail(predicate: (m: CapturedMail) => boolean, timeoutMs = 10_000): Promise<CapturedMail> {
  const start = Date.now();
  for (;;) {
    const found = (await capturedMail()).find(predicate);
    if (found) return found;
    if (Date.now() - start > timeoutMs) throw new Error("No matching mail arrived in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const mailKey = (m: CapturedMail) => `${m.date}\u0000${m.to.join(",")}\u0000${m.subject}\u0000${m.text}`;

/**
 * The first matching mail that arrived after `action` ran. Mails already captured before it (an earlier
 * test's login link to the same address, say) never match, however close in time: a link that was used
 * once is refused the second time.
 */
export async function mailCausedBy(
  action: () => Promise<unknown>,
  predicate: (m: CapturedMail) => boolean,
  timeoutMs = 10_000,
): Promise<CapturedMail> {
  const before = new Set((await capturedMail()).map(mailKey));
  await action();
  return waitForMail((m) => !before.has(mailKey(m)) && predicate(m), timeoutMs);
}

/**
 * A page signed in as `role` in a context of its own, with JavaScript on or off (the no-JavaScript form tests): the
 * login runs with JavaScript, its session is carried into the new context. `close` ends that context.
 */
export async function signedInPage(browser: Browser, role: E2ERole, javaScriptEnabled: boolean) {
  const login = await browser.newContext();
  await loginAs(await login.newPage(), role);
  const storageState = await login.storageState();
  await login.close();
  const context = await browser.newContext({ javaScriptEnabled, storageState });
  return { page: await context.newPage(), close: () => context.close() };
}

/** `test` with a `loginAs` fixture bound to the page. */
export const test = base.extend<{ loginAs: (role: E2ERole, opts?: { next?: string }) => Promise<E2EAccount> }>({
  loginAs: async ({ page }, provide) => {
    await provide((role, opts) => loginAs(page, role, opts));
  },
});
