/**
 * Password + TOTP login and throttling, against the real database (verifyCredentials is what
 * next-auth's credentials `authorize` calls).
 */
import { afterAll, describe, expect, it } from "vitest";
import { verifyCredentials, hashPassword, bcryptCost } from "@/modules/users/server/credentials";
import { checkLoginAllowed, clientIp, hashEmail, recordLoginAttempt, THROTTLE } from "@/lib/auth/throttle";
import { generateTotpSecret, totpCode } from "@/lib/auth/totp";
import { closeOwnerDb, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { stampedHeaders } from "../support/client-address";

process.env.BCRYPT_COST = "4";
const PASSWORD = "Geheim-wachtwoord-42";

afterAll(closeOwnerDb);

async function staff(overrides: { totp?: boolean } = {}) {
  const user = await createUser({ password: PASSWORD });
  if (overrides.totp) {
    const secret = generateTotpSecret();
    await ownerDb().user.update({ where: { id: user.id }, data: { totpSecret: secret, totpEnabled: true } });
    return { ...user, secret };
  }
  return { ...user, secret: "" };
}

describe("password hashing", () => {
  it("uses the configured cost and verifies", async () => {
    expect(bcryptCost()).toBe(4);
    const hash = await hashPassword("x-y-z");
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
  });
});

describe("verifyCredentials", () => {
  it("accepts the right password (e-mail case-insensitive) and records a success", async () => {
    const user = await staff();
    const result = await verifyCredentials({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD }, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { id: user.id, email: user.email, sessionVersion: 0 } });
    const rows = await ownerQuery(`SELECT success FROM "LoginAttempt" WHERE "emailHash" = $1`, [hashEmail(user.email)]);
    expect(rows.rows).toEqual([{ success: true }]);
  });

  it("refuses a wrong password, an unknown address, a user without password and a disabled user alike", async () => {
    const user = await staff();
    expect(await verifyCredentials({ email: user.email, password: "fout" }, "10.0.0.2")).toEqual({ ok: false, code: "INVALID" });
    expect(await verifyCredentials({ email: "niemand@example.test", password: PASSWORD }, "10.0.0.2")).toEqual({
      ok: false,
      code: "INVALID",
    });
    const linkOnly = await createUser();
    expect(await verifyCredentials({ email: linkOnly.email, password: PASSWORD }, "10.0.0.2")).toEqual({ ok: false, code: "INVALID" });
    const disabled = await staff();
    await ownerDb().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await verifyCredentials({ email: disabled.email, password: PASSWORD }, "10.0.0.2")).toEqual({ ok: false, code: "INVALID" });
  });

  it("refuses malformed input without touching the attempts table", async () => {
    const before = await ownerQuery(`SELECT count(*)::int AS n FROM "LoginAttempt"`);
    expect(await verifyCredentials({ email: "geen-adres", password: "x" }, "10.0.0.3")).toEqual({ ok: false, code: "VALIDATION" });
    expect(await verifyCredentials({ email: "a@b.nl", password: "" }, "10.0.0.3")).toEqual({ ok: false, code: "VALIDATION" });
    expect(await verifyCredentials({ email: "a@b.nl", password: "x", code: "12ab56" }, "10.0.0.3")).toEqual({
      ok: false,
      code: "VALIDATION",
    });
    expect(await verifyCredentials(null, "10.0.0.3")).toEqual({ ok: false, code: "VALIDATION" });
    const after = await ownerQuery(`SELECT count(*)::int AS n FROM "LoginAttempt"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});

describe("TOTP at login", () => {
  it("requires the code when TOTP is on, refuses a wrong one and accepts the right one", async () => {
    const user = await staff({ totp: true });
    const ip = "10.0.1.1";
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, ip)).toEqual({ ok: false, code: "TOTP_REQUIRED" });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: "" }, ip)).toEqual({ ok: false, code: "TOTP_REQUIRED" });
    const right = totpCode(user.secret);
    const wrong = right === "000000" ? "111111" : "000000";
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: wrong }, ip)).toEqual({
      ok: false,
      code: "TOTP_INVALID",
    });
    // A right code with a wrong password is still refused, without revealing which part was wrong.
    expect(await verifyCredentials({ email: user.email, password: "fout", code: right }, ip)).toEqual({ ok: false, code: "INVALID" });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: right }, ip)).toMatchObject({ ok: true });
  });

  it("accepts the previous step's code (clock drift) but not one from two steps ago", async () => {
    const user = await staff({ totp: true });
    const now = new Date();
    const prev = totpCode(user.secret, now.getTime() - 30_000);
    expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: prev }, "10.0.1.2", now)).toMatchObject({ ok: true });
    const old = totpCode(user.secret, now.getTime() - 90_000);
    const current = [-1, 0, 1].map((d) => totpCode(user.secret, now.getTime() + d * 30_000));
    if (!current.includes(old)) {
      expect(await verifyCredentials({ email: user.email, password: PASSWORD, code: old }, "10.0.1.2", now)).toEqual({
        ok: false,
        code: "TOTP_INVALID",
      });
    }
  });
});

describe("throttling", () => {
  it("after 5 failures for an account from one address, refuses that account from that address only", async () => {
    const user = await staff();
    const attacker = "203.0.113.9";
    for (let i = 0; i < THROTTLE.maxPerAccountAndAddress; i++) {
      expect(await verifyCredentials({ email: user.email, password: `fout-${i}` }, attacker)).toEqual({ ok: false, code: "INVALID" });
    }
    // Even the right password is refused from the attacker's address now.
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, attacker)).toEqual({ ok: false, code: "RATE_LIMITED" });
    // The real user, from their own address, is not locked out.
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "198.51.100.7")).toMatchObject({ ok: true });
    // Another account from the attacker's address is not (yet) refused.
    const other = await staff();
    expect(await verifyCredentials({ email: other.email, password: PASSWORD }, attacker)).toMatchObject({ ok: true });
  });

  it("the lock lifts after the window", async () => {
    const user = await staff();
    const ip = "203.0.113.10";
    for (let i = 0; i < THROTTLE.maxPerAccountAndAddress; i++) await recordLoginAttempt(user.email, ip, false);
    expect(await checkLoginAllowed(user.email, ip)).toMatchObject({ allowed: false, reason: "ACCOUNT_ADDRESS" });
    const later = new Date(Date.now() + THROTTLE.windowMs + 1000);
    expect(await checkLoginAllowed(user.email, ip, later)).toEqual({ allowed: true });
  });

  it("after 20 failures from one address across accounts, refuses that address for everyone", async () => {
    const ip = "203.0.113.20";
    for (let i = 0; i < THROTTLE.maxPerAddress; i++) {
      expect(await verifyCredentials({ email: `stuffing-${i}@example.test`, password: "x" }, ip)).toEqual({ ok: false, code: "INVALID" });
    }
    const user = await staff();
    const refused = await checkLoginAllowed(user.email, ip);
    expect(refused).toMatchObject({ allowed: false, reason: "ADDRESS" });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, ip)).toEqual({ ok: false, code: "RATE_LIMITED" });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "198.51.100.20")).toMatchObject({ ok: true });
  });

  it("a distributed attack on one account does not lock the real user out of a known address", async () => {
    const user = await staff();
    const home = "198.51.100.30";
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, home)).toMatchObject({ ok: true });
    for (let i = 0; i < THROTTLE.maxPerAccountDistributed; i++) await recordLoginAttempt(user.email, `192.0.2.${i}`, false);
    expect(await checkLoginAllowed(user.email, "192.0.2.250")).toMatchObject({ allowed: false, reason: "ACCOUNT" });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, "192.0.2.251")).toEqual({ ok: false, code: "RATE_LIMITED" });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, home)).toMatchObject({ ok: true });
  });

  it("stores no e-mail address or IP address in clear", async () => {
    const rows = await ownerQuery<{ emailHash: string; ipHash: string }>(`SELECT "emailHash", "ipHash" FROM "LoginAttempt"`);
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const r of rows.rows) {
      expect(r.emailHash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.ipHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("takes the client address from the server's stamp only: forged X-Real-IP / X-Forwarded-For change nothing", () => {
    expect(clientIp({ "x-real-ip": "1.2.3.4", "x-forwarded-for": "9.9.9.9" })).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "7.7.7.7" }))).toBe("unknown");
    expect(clientIp(stampedHeaders("10.1.2.3", { "x-real-ip": "1.2.3.4", "x-forwarded-for": "9.9.9.9" }))).toBe("10.1.2.3");
    expect(clientIp({ "x-samenkracht-client-address": "forged 1.2.3.4" })).toBe("unknown");
    expect(clientIp({})).toBe("unknown");
  });
});
