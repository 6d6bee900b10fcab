/**
 * Login by e-mail link: through next-auth's real handler, real SMTP (the capture server) and the
 * real database. Unknown addresses get the same answer but no mail and no stored token.
 */
process.env.NEXTAUTH_URL = "http://localhost:3201";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { authOptions } from "@/server/next-auth";
import { addMembership, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { AuthClient, BASE } from "../support/auth-client";

let smtp: CaptureServer;
let gemeente: Awaited<ReturnType<typeof createGemeente>>;

beforeAll(async () => {
  smtp = await startCaptureServer();
  process.env.SMTP_URL = smtp.url;
  gemeente = await createGemeente();
});
afterAll(async () => {
  await smtp.stop();
  await closeOwnerDb();
});
beforeEach(() => smtp.clear());

function linkIn(text: string): string {
  const match = text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/);
  if (!match) throw new Error("no link in mail");
  return match[0];
}

async function tokenCount(identifier: string) {
  const r = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "VerificationToken" WHERE identifier = $1`, [identifier]);
  return r.rows[0].n;
}

/** Give an unknown address's (possible) mail time to arrive, so "no mail" is a real observation. */
async function settle() {
  const marker = await createUser();
  await new AuthClient(authOptions).requestLink(marker.email);
  await smtp.waitFor((m) => m.to.includes(marker.email));
}

describe("login link by e-mail", () => {
  it("sends a Dutch mail with a working one-time link to a known address, which logs in", async () => {
    const user = await createUser({ name: "Fatima Bakker" });
    await addMembership(user.id, gemeente.id, "ONDERNEMER");
    const client = new AuthClient(authOptions);
    const res = await client.requestLink(user.email.toUpperCase());
    expect(res.redirect).toBe(`${BASE}/api/auth/verify-request?provider=email&type=email`);

    const mail = await smtp.waitFor((m) => m.to.includes(user.email));
    expect(mail.subject).toBe("Je inloglink voor Samenkracht");
    // The address has not confirmed anything yet: no name in the greeting (issue 21).
    expect(mail.text.startsWith("Hallo,\n")).toBe(true);
    expect(mail.text).not.toContain("Fatima");
    expect(mail.text).toContain("De link werkt 30 minuten");
    const link = linkIn(mail.text);
    expect(mail.html).toContain("Inloggen bij Samenkracht");
    expect(await tokenCount(user.email)).toBe(1);

    // Follow the link (the browser that clicks it has no cookies yet).
    const browser = new AuthClient(authOptions);
    const callback = await browser.call(link);
    expect(callback.redirect).toBe(`${BASE}/app`);
    expect(browser.hasSessionCookie()).toBe(true);
    expect(await browser.session()).toMatchObject({ user: { id: user.id, email: user.email }, sessionVersion: 0 });
    expect(await tokenCount(user.email)).toBe(0);
    const row = await ownerDb().user.findUnique({ where: { id: user.id } });
    expect(row!.emailVerified).not.toBeNull();
    // Confirmed now: the next mail greets by name.
    smtp.clear();
    await new AuthClient(authOptions).requestLink(user.email);
    expect((await smtp.waitFor((m) => m.to.includes(user.email))).text).toContain("Hallo Fatima Bakker,");

    // The same link a second time does not work.
    const other = new AuthClient(authOptions);
    const reuse = await other.call(link);
    expect(reuse.redirect).toContain("error=Verification");
    expect(other.hasSessionCookie()).toBe(false);
  });

  it("gives an unknown address the same answer, but sends no mail, stores no token and creates no user", async () => {
    const unknown = `onbekend-${Date.now()}@example.test`;
    const res = await new AuthClient(authOptions).requestLink(unknown);
    expect(res.redirect).toBe(`${BASE}/api/auth/verify-request?provider=email&type=email`);
    await settle();
    expect(smtp.messages.some((m) => m.to.includes(unknown))).toBe(false);
    expect(await tokenCount(unknown)).toBe(0);
    const users = await ownerQuery(`SELECT 1 FROM "User" WHERE email = $1`, [unknown]);
    expect(users.rowCount).toBe(0);
  });

  it("a forged link for an unknown address does not log in or create an account", async () => {
    const unknown = `vals-${Date.now()}@example.test`;
    const client = new AuthClient(authOptions);
    const res = await client.call(
      `${BASE}/api/auth/callback/email?${new URLSearchParams({ email: unknown, token: "a".repeat(64), callbackUrl: `${BASE}/app` })}`,
    );
    expect(res.redirect).toContain("error=Verification");
    expect(client.hasSessionCookie()).toBe(false);
    expect((await ownerQuery(`SELECT 1 FROM "User" WHERE email = $1`, [unknown])).rowCount).toBe(0);
  });

  it("sends no link to a disabled account or one with TOTP (the link would skip the code)", async () => {
    const disabled = await createUser();
    await ownerDb().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const withTotp = await createUser({ password: "x-y-z-w" });
    await ownerDb().user.update({ where: { id: withTotp.id }, data: { totpEnabled: true, totpSecret: "JBSWY3DPEHPK3PXP" } });
    for (const u of [disabled, withTotp]) {
      const res = await new AuthClient(authOptions).requestLink(u.email);
      expect(res.redirect).toContain("/verify-request");
    }
    await settle();
    expect(smtp.messages.some((m) => m.to.includes(disabled.email) || m.to.includes(withTotp.email))).toBe(false);
    expect(await tokenCount(disabled.email)).toBe(0);
    expect(await tokenCount(withTotp.email)).toBe(0);
  });

  it("a link sent before the account was disabled no longer logs in", async () => {
    const user = await createUser();
    await new AuthClient(authOptions).requestLink(user.email);
    const link = linkIn((await smtp.waitFor((m) => m.to.includes(user.email))).text);
    await ownerDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const client = new AuthClient(authOptions);
    const res = await client.call(link);
    expect(res.redirect).toContain("error=AccessDenied");
    expect(client.hasSessionCookie()).toBe(false);
  });

  it("sends at most 3 links per address per 15 minutes", async () => {
    const user = await createUser();
    for (let i = 0; i < 4; i++) {
      const res = await new AuthClient(authOptions).requestLink(user.email);
      expect(res.redirect).toContain("/verify-request");
    }
    await settle();
    expect(smtp.messages.filter((m) => m.to.includes(user.email))).toHaveLength(3);
    expect(await tokenCount(user.email)).toBe(3);
  });
});
