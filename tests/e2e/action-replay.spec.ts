/**
 * Server actions are public POST endpoints. Capture a real one (its Next-Action id and body) from
 * a logged-in regisseur using the partner create form, then replay it from a fresh context
 * without cookies: it must be refused and the database must not change.
 */
import type { Request } from "@playwright/test";
import { expect, loginAs, ownerQuery, test } from "./support/fixtures";

test("an anonymous replay of the partner create action is refused and changes nothing", async ({ page, browser, baseURL }) => {
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/partners");
  const form = page.getByRole("form", { name: "Partner toevoegen" });

  const legit = `E2E Bibliotheek ${Date.now()}`;
  const captured: Request[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && req.headers()["next-action"]) captured.push(req);
  });
  await form.getByLabel("Naam van de organisatie").fill(legit);
  await form.getByLabel("Soort partner").selectOption({ label: "Cultuur" });
  await form.getByRole("button").click();
  await expect.poll(() => captured.length, { message: "the form posted a server action" }).toBeGreaterThan(0);
  await expect
    .poll(async () => (await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE name = $1`, [legit])).rows[0].n)
    .toBe(1);

  const request = captured[0];
  const headers = request.headers();
  const actionId = headers["next-action"];
  const body = request.postData() ?? "";
  expect(body).toContain(legit);

  // The same action, with a new name, from a context without cookies.
  const replayName = `E2E Replay ${Date.now()}`;
  const before = (await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner"`)).rows[0].n;
  const anon = await browser.newContext();
  const replayHeaders: Record<string, string> = { "next-action": actionId, accept: "text/x-component" };
  if (headers["content-type"]) replayHeaders["content-type"] = headers["content-type"];
  if (headers["next-router-state-tree"]) replayHeaders["next-router-state-tree"] = headers["next-router-state-tree"];
  replayHeaders.origin = new URL(baseURL!).origin;
  const res = await anon.request.post(request.url(), { headers: replayHeaders, data: body.split(legit).join(replayName) });
  const text = await res.text();
  await anon.close();

  // Refused: the action itself answers with the not-logged-in result.
  expect(res.status()).toBe(200);
  expect(text).toContain('"code":"UNAUTHENTICATED"');
  expect(text).not.toContain('"ok":true');
  // And nothing changed.
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE name = $1`, [replayName])).rows[0].n).toBe(0);
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner"`)).rows[0].n).toBe(before);

  // Control: the same replay WITH the regisseur's session cookies is accepted, so the refusal
  // above came from the missing login, not from a malformed replay.
  const controlName = `E2E Control ${Date.now()}`;
  const control = await page.request.post(request.url(), { headers: replayHeaders, data: body.split(legit).join(controlName) });
  expect(control.ok()).toBe(true);
  expect((await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE name = $1`, [controlName])).rows[0].n).toBe(1);
});

/**
 * Wrong role and Origin over HTTP, with real session cookies: the same captured action replayed
 * by a logged-in vrijwilliger (no partners:manage) → FORBIDDEN; by the regisseur's own session but
 * with a foreign Origin, Origin "null" or no Origin at all → refused before the action runs
 * (src/proxy.ts; Next.js itself only refuses a foreign Origin). Nothing changes in any case.
 */
test("the wrong role and a foreign or missing Origin are refused and change nothing", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  await loginAs(page, "regisseur");
  await page.goto("/app/samenstad/partners");
  const form = page.getByRole("form", { name: "Partner toevoegen" });
  const legit = `E2E Origin ${Date.now()}`;
  const captured: Request[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && req.headers()["next-action"]) captured.push(req);
  });
  await form.getByLabel("Naam van de organisatie").fill(legit);
  await form.getByLabel("Soort partner").selectOption({ label: "Cultuur" });
  await form.getByRole("button").click();
  await expect.poll(() => captured.length).toBeGreaterThan(0);
  const request = captured[0];
  const headers = request.headers();
  // The browser itself sent our Origin (allHeaders: what went over the wire).
  expect((await request.allHeaders()).origin).toBe(new URL(baseURL!).origin);
  const base: Record<string, string> = { "next-action": headers["next-action"], accept: "text/x-component" };
  for (const h of ["content-type", "next-router-state-tree"]) if (headers[h]) base[h] = headers[h];
  const body = request.postData() ?? "";
  const count = async () => (await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner"`)).rows[0].n as number;
  const named = async (n: string) =>
    (await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE name = $1`, [n])).rows[0].n as number;
  await expect.poll(() => named(legit)).toBe(1);
  const before = await count();

  // 1. A logged-in vrijwilliger of the same gemeente (real session cookie, our Origin).
  const ctx = await browser.newContext();
  const other = await ctx.newPage();
  await loginAs(other, "vrijwilliger");
  const wrongName = `E2E Wrong role ${Date.now()}`;
  const wrong = await other.request.post(request.url(), {
    headers: { ...base, origin: new URL(baseURL!).origin },
    data: body.split(legit).join(wrongName),
  });
  const wrongText = await wrong.text();
  expect(wrongText).toContain('"code":"FORBIDDEN"');
  expect(wrongText).not.toContain('"ok":true');
  await ctx.close();

  // 2-4. The regisseur's own session, but not from our page: foreign, "null" and missing Origin.
  for (const origin of ["https://evil.example", "null", undefined]) {
    const n = `E2E Origin ${String(origin)} ${Date.now()}`;
    const res = await page.request.post(request.url(), {
      headers: origin === undefined ? base : { ...base, origin },
      data: body.split(legit).join(n),
    });
    expect(res.status(), `Origin ${String(origin)}`).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('"ok":true');
    expect(await named(n)).toBe(0);
  }
  expect(await named(wrongName)).toBe(0);
  expect(await count()).toBe(before);

  // Control: the same request with our Origin is accepted (so the refusals came from the Origin).
  const ok = `E2E Origin control ${Date.now()}`;
  const control = await page.request.post(request.url(), {
    headers: { ...base, origin: new URL(baseURL!).origin },
    data: body.split(legit).join(ok),
  });
  expect(await control.text()).toContain('"ok":true');
  expect(await named(ok)).toBe(1);
});
