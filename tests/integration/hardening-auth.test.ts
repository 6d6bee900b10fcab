/**
 * Hardening from hostile testing (issue 14, items 2 and 10; issue 21 item 12), through next-auth's
 * real handler and the real database: sign-out ends the session on the server; TOTP codes work
 * once, the secret is stored encrypted, and an account without a password cannot switch TOTP on.
 */
process.env.NEXTAUTH_URL = "http://localhost:3201";
process.env.BCRYPT_COST = "4";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/server/next-auth";
import { checkSessionUser, loadActor } from "@/lib/auth/session-user";
import { addMembership, closeOwnerDb, createGemeente, createUser } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { AuthClient } from "../support/auth-client";
import { stampedHeaders } from "../support/client-address";
import { writeFigures } from "../support/evidence/catalog";

const PASSWORD = "Sterk-wachtwoord-7";
let gemeente: Awaited<ReturnType<typeof createGemeente>>;

beforeAll(async () => {
  gemeente = await createGemeente({ name: "Uitlogstad" });
});
afterAll(closeOwnerDb);

async function member() {
  const user = await createUser({ password: PASSWORD });
  await addMembership(user.id, gemeente.id, "REGISSEUR");
  return user;
}

describe("sign-out ends the session on the server (item 2)", () => {
  it("the old cookie no longer opens /api/auth/session after POST /api/auth/signout; other sessions live on", async () => {
    const user = await member();
    const client = new AuthClient(authOptions, stampedHeaders("198.51.100.20"));
    expect((await client.passwordLogin({ email: user.email, password: PASSWORD })).redirect).toBe("http://localhost:3201/app");
    const other = new AuthClient(authOptions, stampedHeaders("198.51.100.21"));
    await other.passwordLogin({ email: user.email, password: PASSWORD });
    expect(await client.session()).toMatchObject({ user: { id: user.id } });
    const stolen = new Map(client.jar); // a copy of the cookie, kept by whoever had it

    const csrfToken = await client.csrf();
    const out = await client.call("signout", { method: "POST", body: { csrfToken, callbackUrl: "http://localhost:3201/", json: "true" } });
    expect(out.status).toBeLessThan(400);
    expect(client.hasSessionCookie()).toBe(false);

    const replay = new AuthClient(authOptions, stampedHeaders("198.51.100.20"));
    replay.jar = stolen;
    expect(await replay.session()).toEqual({});
    // The staff pages read the same check (getActor → jwt callback → checkSessionUser).
    const { rows } = await ownerQuery<{ id: string }>(`SELECT id FROM "RevokedSession"`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(await checkSessionUser({ userId: user.id, sessionVersion: 0, sessionId: r.id })).toBeNull();
    // Signing out on one device leaves the other signed in.
    expect(await other.session()).toMatchObject({ user: { id: user.id } });
    expect(await loadActor({ userId: user.id, sessionVersion: 0 })).not.toBeNull();
    writeFigures("signout-replay", {
      replayedSessionOpened: Object.keys(await replay.session()).length > 0,
      otherDeviceStillSignedIn: true,
    });
  });
});

describe("limits are keyed on the connection, not on a header the client chooses (item 1)", () => {
  it("after 5 wrong passwords a forged X-Real-IP / X-Forwarded-For still gets RATE_LIMITED", async () => {
    const user = await member();
    const from = (extra: Record<string, string> = {}) => new AuthClient(authOptions, stampedHeaders("203.0.113.50", extra));
    for (let i = 0; i < 5; i++)
      expect((await from().passwordLogin({ email: user.email, password: "fout" })).redirect).toContain("error=INVALID");
    const forgeries: Record<string, string>[] = [
      { "x-real-ip": "203.0.113.8" },
      { "x-forwarded-for": "203.0.113.9" },
      { "x-real-ip": "198.51.100.77", "x-forwarded-for": "1.1.1.1, 2.2.2.2" },
    ];
    let limited = 0;
    for (const forged of forgeries) {
      const res = await from(forged).passwordLogin({ email: user.email, password: PASSWORD });
      expect(res.redirect, JSON.stringify(forged)).toContain("error=RATE_LIMITED");
      if (res.redirect?.includes("error=RATE_LIMITED")) limited++;
    }
    writeFigures("spoofed-address", { forgedHeaderLogins: forgeries.length, stillLimited: limited });
    // Another connection (the real user at home) is not locked out.
    expect(
      (await new AuthClient(authOptions, stampedHeaders("192.0.2.44")).passwordLogin({ email: user.email, password: PASSWORD })).redirect,
    ).toBe("http://localhost:3201/app");
  });

  it("the server stamp: the socket's peer; X-Forwarded-For only behind a proxy in TRUSTED_PROXIES; a client-sent stamp is replaced", async () => {
    const http = await import("node:http");
    const { clientIp } = await import("@/lib/auth/throttle");
    const { compileTrust, stampClientAddress, CLIENT_ADDRESS_HEADER } = await import("@/lib/http/client-address");
    const seen: string[] = [];
    let trust = compileTrust([]);
    const server = http.createServer((req, res) => {
      stampClientAddress(req, trust);
      seen.push(clientIp(req.headers as Record<string, string>));
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const hit = (headers: Record<string, string>) => fetch(`http://127.0.0.1:${port}/`, { headers }).then((r) => r.text());
    try {
      await hit({ "x-real-ip": "203.0.113.8", "x-forwarded-for": "203.0.113.9", [CLIENT_ADDRESS_HEADER]: "guess 203.0.113.10" });
      trust = compileTrust(["127.0.0.1/32"]);
      await hit({ "x-forwarded-for": "203.0.113.5, 198.51.100.6" });
      trust = compileTrust(["loopback", "198.51.100.0/24"]);
      await hit({ "x-forwarded-for": "203.0.113.5, 198.51.100.6" });
    } finally {
      server.close();
    }
    expect(seen).toEqual(["127.0.0.1", "198.51.100.6", "203.0.113.5"]);
    expect(() => compileTrust(["not-an-address"])).toThrow();
  });
});

describe("the public worry form (item 1)", () => {
  it("after 5 reports a forged X-Real-IP does not reset the limit; a form token works once", async () => {
    const { clientIp } = await import("@/lib/auth/throttle");
    const { formToken, submitPublicSignal } = await import("@/modules/signals/server/public-intake");
    const g = await createGemeente({ name: "Zorgstad" });
    const report = () => ({
      token: formToken(Date.now() - 10_000),
      website: "",
      wijk: "Noord",
      situation: "Mijn buurman komt al weken niet meer buiten.",
    });
    const address = (forged: string) => clientIp(stampedHeaders("203.0.113.60", { "x-real-ip": forged, "x-forwarded-for": forged }));
    for (let i = 0; i < 5; i++)
      await expect(submitPublicSignal(g.slug, report(), address(`203.0.113.${100 + i}`))).resolves.toMatchObject({ status: "ONTVANGEN" });
    await expect(submitPublicSignal(g.slug, report(), address("203.0.113.200"))).rejects.toMatchObject({ code: "RATE_LIMITED" });

    const once = report();
    await expect(submitPublicSignal(g.slug, once, clientIp(stampedHeaders("203.0.113.61")))).resolves.toMatchObject({
      status: "ONTVANGEN",
    });
    await expect(submitPublicSignal(g.slug, once, clientIp(stampedHeaders("203.0.113.62")))).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("al verstuurd"),
    });
    // A form with a mistake keeps its token: the corrected form goes through.
    const fix = report();
    await expect(submitPublicSignal(g.slug, { ...fix, situation: "kort" }, clientIp(stampedHeaders("203.0.113.63")))).rejects.toMatchObject(
      { code: "VALIDATION" },
    );
    await expect(submitPublicSignal(g.slug, fix, clientIp(stampedHeaders("203.0.113.63")))).resolves.toMatchObject({ status: "ONTVANGEN" });
  });
});

describe("TOTP (item 10; issue 21 item 12)", () => {
  it("a code is accepted once; the secret is stored encrypted; a QR code is offered", async () => {
    const { startTotpSetup, confirmTotp } = await import("@/modules/users/server/enable-totp");
    const { totpCode } = await import("@/lib/auth/totp");
    const { verifyCredentials } = await import("@/modules/users/server/credentials");
    const user = await member();
    const actor = (await loadActor({ userId: user.id, sessionVersion: 0 }))!;
    const setup = await startTotpSetup(actor);
    expect(setup.qrSvg).toMatch(/^<svg[\s\S]*<path[\s\S]*<\/svg>\s*$/);
    const stored = (await ownerQuery<{ totpSecret: string }>(`SELECT "totpSecret" FROM "User" WHERE id = $1`, [user.id])).rows[0]
      .totpSecret;
    expect(stored).not.toContain(setup.secret);
    expect(stored).toMatch(/^v1:/);

    const t0 = Date.now();
    await confirmTotp(actor, { code: totpCode(setup.secret, t0) }, new Date(t0));
    // The confirming code again, within its window: refused.
    const again = await verifyCredentials(
      { email: user.email, password: PASSWORD, code: totpCode(setup.secret, t0) },
      "192.0.2.80",
      new Date(t0),
    );
    expect(again).toEqual({ ok: false, code: "TOTP_INVALID" });
    // The next step's code works once, then not again.
    const next = totpCode(setup.secret, t0 + 30_000);
    expect(
      await verifyCredentials({ email: user.email, password: PASSWORD, code: next }, "192.0.2.80", new Date(t0 + 30_000)),
    ).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: next }, "192.0.2.81", new Date(t0 + 31_000))).toEqual({
      ok: false,
      code: "TOTP_INVALID",
    });
  });

  it("a plain secret from before encryption still works and is encrypted at its first use", async () => {
    const { generateTotpSecret, totpCode } = await import("@/lib/auth/totp");
    const { verifyCredentials } = await import("@/modules/users/server/credentials");
    const user = await member();
    const secret = generateTotpSecret();
    await ownerQuery(`UPDATE "User" SET "totpSecret" = $2, "totpEnabled" = true WHERE id = $1`, [user.id, secret]);
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: totpCode(secret) }, "192.0.2.82")).toMatchObject({
      ok: true,
    });
    const stored = (await ownerQuery<{ totpSecret: string }>(`SELECT "totpSecret" FROM "User" WHERE id = $1`, [user.id])).rows[0]
      .totpSecret;
    expect(stored).toMatch(/^v1:/);
  });

  it("an account without a password (login link only) cannot switch TOTP on through the actions' domain functions", async () => {
    const { startTotpSetup, confirmTotp } = await import("@/modules/users/server/enable-totp");
    const linkOnly = await createUser();
    await addMembership(linkOnly.id, gemeente.id, "ONDERNEMER");
    const actor = (await loadActor({ userId: linkOnly.id, sessionVersion: 0 }))!;
    await expect(startTotpSetup(actor)).rejects.toMatchObject({ code: "TOTP_NEEDS_PASSWORD" });
    // Even with a secret planted by some other path, confirming is refused; TOTP stays off.
    await ownerQuery(`UPDATE "User" SET "totpSecret" = 'JBSWY3DPEHPK3PXP' WHERE id = $1`, [linkOnly.id]);
    const { totpCode } = await import("@/lib/auth/totp");
    await expect(confirmTotp(actor, { code: totpCode("JBSWY3DPEHPK3PXP") })).rejects.toMatchObject({ code: "TOTP_NEEDS_PASSWORD" });
    const row = (await ownerQuery<{ totpEnabled: boolean }>(`SELECT "totpEnabled" FROM "User" WHERE id = $1`, [linkOnly.id])).rows[0];
    expect(row.totpEnabled).toBe(false);
  });
});

describe("housekeeping (item 11)", () => {
  it("the scheduled job prunes old login attempts, expired revoked sessions and expired form tokens, and keeps current ones", async () => {
    const { authHousekeepingJob, runAuthHousekeeping } = await import("@/modules/users/jobs/auth-housekeeping");
    const { JOBS } = await import("@/server/jobs");
    expect(JOBS.map((j) => j.name)).toContain("auth.housekeeping");
    expect(authHousekeepingJob.options.schedule?.cron).toBe("17 * * * *");
    await ownerQuery(
      `INSERT INTO "LoginAttempt" (id, "emailHash", "ipHash", success, "createdAt") VALUES (gen_random_uuid(), 'old', 'old', false, now() - interval '40 days'), (gen_random_uuid(), 'new', 'new', false, now())`,
    );
    await ownerQuery(
      `INSERT INTO "RevokedSession" (id, "expiresAt") VALUES ('gone-sid', now() - interval '1 hour'), ('live-sid', now() + interval '1 hour')`,
    );
    await ownerQuery(
      `INSERT INTO "ConsumedFormToken" (hash, "expiresAt") VALUES ('gone-token', now() - interval '1 hour'), ('live-token', now() + interval '1 hour')`,
    );
    const r = await runAuthHousekeeping();
    expect(r.loginAttempts).toBeGreaterThanOrEqual(1);
    expect(r.revokedSessions).toBeGreaterThanOrEqual(1);
    expect(r.formTokens).toBeGreaterThanOrEqual(1);
    expect((await ownerQuery(`SELECT "emailHash" FROM "LoginAttempt" WHERE "emailHash" IN ('old','new')`)).rows).toEqual([
      { emailHash: "new" },
    ]);
    expect((await ownerQuery(`SELECT id FROM "RevokedSession" WHERE id IN ('gone-sid','live-sid')`)).rows).toEqual([{ id: "live-sid" }]);
    expect((await ownerQuery(`SELECT hash FROM "ConsumedFormToken" WHERE hash IN ('gone-token','live-token')`)).rows).toEqual([
      { hash: "live-token" },
    ]);
  });
});
