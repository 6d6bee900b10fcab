/**
 * Hardening on the real server (scripts/serve.ts in front of Next; issue 14 items 1 and 2):
 * a client-sent X-Real-IP / X-Forwarded-For does not change the key login throttling counts under,
 * and signing out ends the session on the server (a kept copy of the cookie opens nothing).
 */
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";

test("after 5 wrong passwords, rotating X-Real-IP / X-Forwarded-For still gets RATE_LIMITED", async ({ playwright, baseURL }) => {
  const started = new Date();
  const email = `spoof-${Date.now()}@example.test`;
  const password = "Juist-wachtwoord-42";
  await ownerQuery(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Spoof Test', $3, now())`, [
    randomUUID(),
    email,
    await bcrypt.hash(password, 4),
  ]);
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  try {
    const attempt = async (pw: string, n: number) => {
      const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
      const res = await api.post("/api/auth/callback/credentials", {
        form: { email, password: pw, code: "", csrfToken, callbackUrl: `${baseURL}/app`, json: "true" },
        headers: { "x-real-ip": `203.0.113.${n}`, "x-forwarded-for": `198.51.100.${n}` },
        maxRedirects: 0,
      });
      const body = await res.text();
      return `${res.headers()["location"] ?? ""} ${body}`;
    };
    for (let i = 1; i <= 5; i++) expect(await attempt("fout", i)).toContain("error=INVALID");
    expect(await attempt(password, 99)).toContain("error=RATE_LIMITED");
  } finally {
    await api.dispose();
    await ownerQuery(`DELETE FROM "LoginAttempt" WHERE "createdAt" >= $1`, [started]);
  }
});

test("sign-out ends the session on the server: the old cookie no longer opens the session or a staff page", async ({
  page,
  browser,
  baseURL,
}) => {
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/signalen");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const kept = await page.context().cookies();
  expect(kept.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);

  await page
    .getByRole("button", { name: /uitloggen/i })
    .first()
    .click();
  await page.waitForURL((u) => !u.pathname.startsWith("/app"));

  const replay = await browser.newContext({ baseURL });
  try {
    await replay.addCookies(kept);
    const p = await replay.newPage();
    const session = await p.request.get("/api/auth/session");
    expect(await session.json()).toEqual({});
    await p.goto("/app/samenstad/signalen");
    await expect(p).toHaveURL(/\/inloggen/);
  } finally {
    await replay.close();
  }
});

test("a return address that a browser reads as another site is not followed after login", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // "/<tab>/host": the browser drops the tab and reads //host, another site.
  await loginAs(page, "regisseur", { next: "/\t/evil.example/stolen" });
  expect(new URL(page.url()).origin).toBe(origin);
  expect(page.url()).not.toContain("evil.example");
});
