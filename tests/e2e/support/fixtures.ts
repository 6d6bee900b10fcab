/**
 * Playwright fixtures for every e2e test:
 *   import { test, expect, loginAs } from "./support/fixtures";
 *   await loginAs(page, "regisseur");            // logs in through the real /inloggen form
 *   const rows = await ownerQuery("SELECT …");   // the run's database as owner (bypasses RLS)
 *   const mail = await waitForMail((m) => m.to.includes("…"));
 */
import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_ACCOUNTS, type E2ERole } from "./accounts";
import { readState } from "./state";

export { expect };

/** The login page is another engineer's work; tests that need it are `fixme` until it exists. */
export function loginPageExists(): boolean {
  return fs.existsSync(path.resolve("src/app/inloggen/page.tsx"));
}
export const LOGIN_MISSING = "the login page /inloggen (src/app/inloggen/page.tsx) does not exist yet";

export function account(role: E2ERole) {
  return E2E_ACCOUNTS[role];
}

/** The login page's form, found by its visible Dutch labels (as a person would). */
export async function fillLoginForm(page: Page, email: string, password: string) {
  await page.getByLabel(/e-?mailadres/i).first().fill(email);
  await page.getByLabel(/^wachtwoord/i).first().fill(password);
  await page.getByRole("button", { name: /^inloggen$/i }).click();
}

/** Log in through the real form and wait until the app shell is shown. */
export async function loginAs(page: Page, role: E2ERole, opts: { next?: string } = {}) {
  const a = account(role);
  await page.goto(opts.next ? `/inloggen?next=${encodeURIComponent(opts.next)}` : "/inloggen");
  await fillLoginForm(page, a.email, a.password);
  await page.waitForURL((url) => url.pathname.startsWith("/app/") || url.pathname.startsWith("/beheer") || url.pathname.startsWith("/landelijk"), {
    timeout: 15_000,
  });
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

export type CapturedMail = { from: string; to: string[]; subject: string; text: string; html: string; date: string };

export async function capturedMail(): Promise<CapturedMail[]> {
  const res = await fetch(`${readState().mailUrl}/messages`);
  return (await res.json()) as CapturedMail[];
}

export async function clearMail(): Promise<void> {
  await fetch(`${readState().mailUrl}/messages`, { method: "DELETE" });
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

/** `test` with a `loginAs` fixture bound to the page. */
export const test = base.extend<{ loginAs: (role: E2ERole, opts?: { next?: string }) => Promise<(typeof E2E_ACCOUNTS)[E2ERole]> }>({
  loginAs: async ({ page }, provide) => {
    await provide((role, opts) => loginAs(page, role, opts));
  },
});
