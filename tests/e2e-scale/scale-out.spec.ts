/**
 * Scale-out, proven (issue 23; docs/decisions/0019-scale-out.md). playwright.scale.config.ts starts
 * two web replicas (JOBS_IN_PROCESS=0), two job workers and nginx in front of them on one database
 * (tests/e2e/support/server.ts + balancer.ts). Every request goes through nginx; a request carrying
 * `X-Samenkracht-Replica: a|b` is pinned to that replica, and every answer names the replica that
 * served it, so each test checks it really read from the OTHER replica than the one that changed
 * something. What would make these fail:
 * - a per-process cache of the public pages (register, aanbod, agenda) or of sessions: replica b
 *   still shows the stopped entrepreneur, or still accepts the signed-out session;
 * - a job fetched by both workers: a mail arrives twice;
 * - login throttling or the worry form's limit counted per process (memory): the 6th attempt,
 *   spread over both replicas, is accepted; or the client address lost behind the proxy.
 */
import { createHmac, randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import PgBoss from "pg-boss";
import type { APIResponse, Browser, BrowserContext, Page, Response } from "@playwright/test";
import { capturedMail, expect, loginAs, ownerQuery, test } from "../e2e/support/fixtures";
import { readState } from "../e2e/support/state";
import { PIN_HEADER, UPSTREAM_HEADER } from "../e2e/support/balancer";

test.describe.configure({ mode: "serial" });

type ReplicaName = "a" | "b";
const E2E_SECRET = "e2e-only-secret-not-for-production-0123456789";

function replicaPorts(): Record<string, ReplicaName> {
  const state = readState();
  if (!state.replicas || state.replicas.length < 2) throw new Error("Not a scale-out run: start it with playwright.scale.config.ts");
  return Object.fromEntries(state.replicas.map((r) => [new URL(r.url).port, r.name as ReplicaName]));
}

/** Which replica served an answer that came through nginx (X-Samenkracht-Upstream: 127.0.0.1:<port>). */
function servedBy(res: Response | APIResponse | null): ReplicaName | undefined {
  const upstream = res?.headers()[UPSTREAM_HEADER] ?? "";
  return replicaPorts()[upstream.split(":").pop() ?? ""];
}

async function pinnedContext(browser: Browser, replica: ReplicaName, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, extraHTTPHeaders: { [PIN_HEADER]: replica } });
}

/** An active, acknowledged partner of Samenstad (on the public register), made for one test. */
async function exposablePartner(name: string, accountHolderEmail?: string): Promise<string> {
  const org = await ownerQuery<{ id: string }>(
    `INSERT INTO "Organisation"(id, name, "updatedAt") VALUES (gen_random_uuid()::text, $1, now()) RETURNING id`,
    [name],
  );
  const v = await ownerQuery<{ id: string }>(
    `INSERT INTO "Vestiging"(id, "gemeenteId", "organisationId", name, sector, step, "acknowledgedAt", "acknowledgementChannel", "activeSince", "accountHolderId", "updatedAt")
     SELECT gen_random_uuid()::text, g.id, $2, $1, 'bakker', 'VASTHOUDEN', now() - interval '90 days', 'GESPREK', now() - interval '80 days',
            (SELECT id FROM "User" WHERE email = $3), now()
       FROM "Gemeente" g WHERE g.slug = 'samenstad' RETURNING id`,
    [name, org.rows[0].id, accountHolderEmail ?? null],
  );
  return v.rows[0].id;
}

const registerPath = (name: string) => `/g/samenstad/partners?zoek=${encodeURIComponent(name)}`;

/** Read the public register (page and API) pinned to one replica; true when `name` is on it. */
async function onRegister(context: BrowserContext, name: string, replica: ReplicaName): Promise<boolean> {
  const page = await context.request.get(registerPath(name));
  expect(page.status()).toBe(200);
  expect(servedBy(page)).toBe(replica);
  const api = await context.request.get("/api/v1/gemeenten/samenstad/register");
  expect(servedBy(api)).toBe(replica);
  const inPage = (await page.text()).includes(name);
  const inApi = ((await api.json()).data as { name: string }[]).some((e) => e.name === name);
  expect(inApi).toBe(inPage); // page and API read the same predicate
  return inPage;
}

/**
 * Poll replica `replica` until `name` is gone from its register. Returns how long after `t0` the first
 * read that no longer showed it was sent; throws when a read sent more than `limitMs` after `t0` still
 * shows it (how stale a replica may be, not how long a loaded machine takes to answer).
 */
async function goneWithin(context: BrowserContext, name: string, replica: ReplicaName, t0: number, limitMs: number): Promise<number> {
  for (;;) {
    const sent = Date.now();
    if (!(await onRegister(context, name, replica))) return sent - t0;
    if (sent - t0 > limitMs)
      throw new Error(`replica ${replica} still showed ${name} in a read sent ${sent - t0} ms after the change on the other replica`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test("login through the balancer spreads over both replicas; a session works on either; signing out on a ends it on b", async ({
  browser,
  baseURL,
}) => {
  replicaPorts();
  const roundRobin = await browser.newContext({ baseURL });
  const pinnedA = await pinnedContext(browser, "a", baseURL!);
  const pinnedB = await pinnedContext(browser, "b", baseURL!);
  try {
    const page = await roundRobin.newPage();
    const seen = new Set<ReplicaName>();
    page.on("response", (res) => {
      const r = servedBy(res);
      if (r) seen.add(r);
    });
    await loginAs(page, "regisseur");
    // The CSRF cookie, the credentials POST and the pages after it went to both replicas: no stickiness needed.
    expect([...seen].sort()).toEqual(["a", "b"]);

    const cookies = await roundRobin.cookies();
    await pinnedA.addCookies(cookies);
    await pinnedB.addCookies(cookies);
    const onA = await pinnedA.newPage();
    const onB = await pinnedB.newPage();
    for (const [p, name] of [
      [onA, "a"],
      [onB, "b"],
    ] as const) {
      const res = await p.goto("/app/samenstad/signalen");
      expect(servedBy(res)).toBe(name);
      await expect(p).toHaveURL(/\/app\/samenstad\/signalen/);
      await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
    }

    // Sign out on replica a: replica b refuses the same cookie at once (revocation is in PostgreSQL).
    await onA
      .getByRole("button", { name: /uitloggen/i })
      .first()
      .click();
    await onA.waitForURL((u) => !u.pathname.startsWith("/app"));
    const session = await pinnedB.request.get("/api/auth/session");
    expect(servedBy(session)).toBe("b");
    expect(await session.json()).toEqual({});
    const refused = await onB.goto("/app/samenstad/signalen");
    expect(servedBy(refused)).toBe("b");
    await expect(onB).toHaveURL(/\/inloggen/);
  } finally {
    await Promise.all([roundRobin.close(), pinnedA.close(), pinnedB.close()]);
  }
});

for (const change of ["stop", "twijfel"] as const) {
  test(`${change === "stop" ? "stopping an entrepreneur" : "opening a twijfel"} on replica a takes it off the public register that replica b serves, within a second`, async ({
    browser,
    baseURL,
  }) => {
    const name = `Schaalbakkerij ${change} ${Date.now()}`;
    const id = await exposablePartner(name);
    const onA = await pinnedContext(browser, "a", baseURL!);
    const onB = await pinnedContext(browser, "b", baseURL!);
    try {
      // Both replicas have served the register with it (a per-process cache would now hold it).
      expect(await onRegister(onB, name, "b")).toBe(true);
      expect(await onRegister(onA, name, "a")).toBe(true);
      expect(await onRegister(onB, name, "b")).toBe(true);

      const page: Page = await onA.newPage();
      await loginAs(page, "ambtenaar");
      const detail = await page.goto(`/app/samenstad/ondernemers/${id}`);
      expect(servedBy(detail)).toBe("a");
      const actions: ReplicaName[] = [];
      page.on("response", (res) => {
        if (res.request().method() === "POST") actions.push(servedBy(res)!);
      });
      if (change === "stop") {
        await page.locator("summary").filter({ hasText: "Samenwerking stoppen…" }).click();
        const form = page.getByRole("form", { name: "Samenwerking stoppen" });
        await form.getByLabel("Reden").fill("Wil niet meer (schaaltest)");
        await form.getByRole("button", { name: "Ja, samenwerking stoppen" }).click();
        await expect(page.locator("summary").filter({ hasText: "Opnieuw beginnen" })).toBeVisible();
      } else {
        await page.locator("summary").filter({ hasText: "Twijfel melden" }).click();
        const form = page.getByRole("form", { name: "Twijfel melden" });
        await form.getByLabel("Waarom twijfel je?").fill("Vraagt om een vermelding in de nieuwsbrief van de wethouder (schaaltest)");
        await form.getByRole("button", { name: "Twijfel melden" }).click();
        await expect(page.getByRole("region", { name: "Twijfel (bij twijfel: niet doen)" }).getByText("schaaltest")).toBeVisible();
      }
      const changed = Date.now(); // the change is committed: its answer has been shown
      // The change went to replica a (and only there).
      expect(actions.length).toBeGreaterThan(0);
      expect(new Set(actions)).toEqual(new Set(["a"]));
      const row = await ownerQuery(
        `SELECT "stoppedAt", (SELECT count(*)::int FROM "Doubt" d WHERE d."vestigingId" = v.id AND d.status = 'OPEN') AS doubts FROM "Vestiging" v WHERE id = $1`,
        [id],
      );
      expect(change === "stop" ? row.rows[0].stoppedAt : row.rows[0].doubts).toBeTruthy();

      const ms = await goneWithin(onB, name, "b", changed, 1_000);
      console.log(`[scale] ${change}: replica b's register was without it in a read sent ${ms} ms after the change on replica a`);
      // And it stays gone on both (no replica falls back to an older copy).
      expect(await onRegister(onB, name, "b")).toBe(false);
      expect(await onRegister(onA, name, "a")).toBe(false);
    } finally {
      await Promise.all([onA.close(), onB.close()]);
    }
  });
}

test("with two workers running, every job runs exactly once: 30 mails and a weekly digest", async () => {
  test.setTimeout(90_000);
  const state = readState();
  expect(state.workers?.length).toBe(2);
  for (const w of state.workers!) expect(() => process.kill(w.pid, 0)).not.toThrow(); // both alive
  const stamp = Date.now();
  const started = new Date();
  // A due relation with the ambtenaar as accounthouder, so the digest has at least one mail to send.
  await exposablePartner(`Schaalwinkel digest ${stamp}`, "ambtenaar@samenstad.demo");
  const gemeente = (await ownerQuery<{ id: string }>(`SELECT id FROM "Gemeente" WHERE slug = 'samenstad'`)).rows[0].id;

  const boss = new PgBoss({ connectionString: state.databaseUrl, schema: "pgboss", supervise: false, schedule: false, migrate: false });
  await boss.start();
  const subjects = Array.from({ length: 30 }, (_, i) => `Schaaltest ${stamp} nr ${i + 1}`);
  let digestJob: string | null;
  try {
    // As the web processes do: enqueue only (these jobs are not idempotent: running one twice sends twice).
    for (const subject of subjects)
      await boss.send("mail.send", { to: `schaal-${stamp}@example.test`, subject, text: "Eén keer, niet twee keer." });
    digestJob = await boss.send("engagement.due-digest", { gemeenteId: gemeente });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  expect(digestJob).toBeTruthy();

  // All 30 arrive…
  await expect
    .poll(async () => (await capturedMail()).filter((m) => subjects.includes(m.subject)).length, { timeout: 45_000 })
    .toBeGreaterThanOrEqual(30);
  // …and the digest job is done, once.
  await expect
    .poll(async () => (await ownerQuery(`SELECT state FROM pgboss.job WHERE id = $1`, [digestJob])).rows[0]?.state, { timeout: 30_000 })
    .toBe("completed");
  const digest = (await ownerQuery(`SELECT retry_count, output FROM pgboss.job WHERE id = $1`, [digestJob])).rows[0];
  expect(digest.retry_count).toBe(0);
  expect(digest.output.queued).toBeGreaterThanOrEqual(1);
  expect(digest.output.alreadyQueued).toBe(0);
  // The mails the digest queued are sent (and nothing of this test is still waiting).
  await expect
    .poll(
      async () =>
        (
          await ownerQuery(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' AND created_on >= $1 AND state <> 'completed'`,
            [started],
          )
        ).rows[0].n,
      { timeout: 30_000 },
    )
    .toBe(0);
  // Give a second (wrong) run of any of them time to show.
  await new Promise((r) => setTimeout(r, 3_000));

  const mail = (await capturedMail()).filter((m) => new Date(m.date) >= new Date(started.getTime() - 1000));
  const count = (pred: (m: (typeof mail)[number]) => boolean) => mail.filter(pred).length;
  for (const subject of subjects)
    expect(
      count((m) => m.subject === subject),
      subject,
    ).toBe(1);
  const digestMails = mail.filter((m) => /(op contact|klaar)(, .*)? \(Samenstad\)$/.test(m.subject));
  expect(digestMails.length).toBe(digest.output.queued);
  const perPerson = new Map<string, number>();
  for (const m of digestMails) for (const to of m.to) perPerson.set(to, (perPerson.get(to) ?? 0) + 1);
  expect(perPerson.get("ambtenaar@samenstad.demo")).toBe(1);
  for (const [to, n] of perPerson) expect(n, to).toBe(1);
  // In the queue too: every mail.send job of this test completed on its first run.
  const jobs = await ownerQuery<{ state: string; retry_count: number }>(
    `SELECT state, retry_count FROM pgboss.job WHERE name = 'mail.send' AND data->>'subject' LIKE $1`,
    [`Schaaltest ${stamp} %`],
  );
  expect(jobs.rows).toHaveLength(30);
  for (const j of jobs.rows) expect(j).toEqual({ state: "completed", retry_count: 0 });
});

test("login throttling counts across replicas: 5 wrong passwords spread over a and b lock the 6th try on either, whatever X-Forwarded-For says", async ({
  playwright,
  baseURL,
}) => {
  const started = new Date();
  const email = `schaal-login-${Date.now()}@example.test`;
  const password = "Juist-wachtwoord-42";
  await ownerQuery(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Schaal Test', $3, now())`, [
    randomUUID(),
    email,
    await bcrypt.hash(password, 4),
  ]);
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  try {
    const attempt = async (pw: string, replica: ReplicaName, spoof?: string) => {
      const csrf = await api.get("/api/auth/csrf", { headers: { [PIN_HEADER]: replica } });
      expect(servedBy(csrf)).toBe(replica);
      const { csrfToken } = await csrf.json();
      const res = await api.post("/api/auth/callback/credentials", {
        form: { email, password: pw, code: "", csrfToken, callbackUrl: `${baseURL}/app`, json: "true" },
        headers: { [PIN_HEADER]: replica, ...(spoof ? { "x-forwarded-for": spoof, "x-real-ip": spoof } : {}) },
        maxRedirects: 0,
      });
      expect(servedBy(res)).toBe(replica);
      return `${res.headers()["location"] ?? ""} ${await res.text()}`;
    };
    const spread: ReplicaName[] = ["a", "b", "a", "b", "a"];
    for (const [i, r] of spread.entries())
      expect(await attempt("fout", r, i % 2 ? `198.51.100.${i}` : undefined)).toContain("error=INVALID");
    // The right password, on either replica, even claiming another address: refused.
    expect(await attempt(password, "b", "203.0.113.77")).toContain("error=RATE_LIMITED");
    expect(await attempt(password, "a")).toContain("error=RATE_LIMITED");

    // One key for all five, and it is the browser's own address (127.0.0.1) that nginx forwarded —
    // not nginx's (127.0.0.2), not a client-sent one, not "unknown".
    const hashIp = (ip: string) => createHmac("sha256", E2E_SECRET).update(`ip:${ip}`).digest("hex");
    const rows = await ownerQuery<{ ipHash: string }>(`SELECT "ipHash" FROM "LoginAttempt" WHERE "createdAt" >= $1 AND success = false`, [
      started,
    ]);
    expect(rows.rows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.rows.map((r) => r.ipHash))).toEqual(new Set([hashIp("127.0.0.1")]));
  } finally {
    await api.dispose();
    await ownerQuery(`DELETE FROM "LoginAttempt" WHERE "createdAt" >= $1`, [started]);
  }
});

test("the public worry form's limit counts across replicas: 5 worries spread over a and b pass, the 6th is refused", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const contexts = { a: await pinnedContext(browser, "a", baseURL!), b: await pinnedContext(browser, "b", baseURL!) };
  try {
    const order: ReplicaName[] = ["a", "b", "a", "b", "a", "b"];
    const pages: Page[] = [];
    for (const [i, r] of order.entries()) {
      const page = await contexts[r].newPage();
      const res = await page.goto("/g/samenstad/zorgen");
      expect(servedBy(res)).toBe(r);
      await page.getByLabel("Wijk of buurt").fill("Centrum");
      await page
        .getByLabel("Wat is u opgevallen?")
        .fill(`Schaaltest ${stamp}: zorg ${i + 1}; de post blijft liggen en de gordijnen blijven dicht.`);
      pages.push(page);
    }
    await pages[0].waitForTimeout(3_200); // the form's minimum fill time
    for (const [i, page] of pages.entries()) {
      const posted = page.waitForResponse((res) => res.request().method() === "POST");
      await page.getByRole("button", { name: "Zorg doorgeven" }).click();
      expect(servedBy(await posted)).toBe(order[i]);
      if (i < 5) await expect(page.getByText("Bedankt. De gemeente Samenstad heeft uw zorg ontvangen.")).toBeVisible();
      else await expect(page.getByLabel("Uw zorg is nog niet verstuurd")).toContainText("U heeft veel zorgen tegelijk doorgegeven");
    }
    const stored = await ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Signal" WHERE "createdAt" >= to_timestamp($1 / 1000.0)`,
      [stamp],
    );
    expect(stored.rows[0].n).toBe(5);
  } finally {
    await Promise.all([contexts.a.close(), contexts.b.close()]);
  }
});
