/**
 * Revocable JWT sessions through next-auth's real handler: login sets an encrypted, httpOnly,
 * sameSite=lax cookie; disabling the user, changing their role or "log out everywhere" voids it.
 */
process.env.NEXTAUTH_URL = "http://localhost:3201";
process.env.BCRYPT_COST = "4";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/server/next-auth";
import { checkSessionUser, loadActor } from "@/lib/auth/session-user";
import { requireTenant, type Actor } from "@/lib/auth/context";
import { changeRole } from "@/modules/users/server/change-role";
import { disableUser } from "@/modules/users/server/disable-user";
import { logOutEverywhere } from "@/modules/users/server/log-out-everywhere";
import { confirmTotp, startTotpSetup } from "@/modules/users/server/enable-totp";
import { totpCode } from "@/lib/auth/totp";
import { addMembership, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { AuthClient } from "../support/auth-client";
import { stampedHeaders } from "../support/client-address";

const PASSWORD = "Sterk-wachtwoord-7";
let gemeente: Awaited<ReturnType<typeof createGemeente>>;
let admin: Actor;

beforeAll(async () => {
  gemeente = await createGemeente({ name: "Samenstad" });
  const a = await createUser({ platformRole: "PLATFORM_ADMIN" });
  admin = (await loadActor({ userId: a.id, sessionVersion: 0 }))!;
});
afterAll(closeOwnerDb);

async function member(role: "AMBTENAAR" | "REGISSEUR" | "ONDERNEMER" = "AMBTENAAR") {
  const user = await createUser({ password: PASSWORD });
  await addMembership(user.id, gemeente.id, role);
  return user;
}

async function loggedIn(email: string, ip = "198.51.100.1") {
  const client = new AuthClient(authOptions, stampedHeaders(ip));
  const res = await client.passwordLogin({ email, password: PASSWORD });
  expect(res.redirect).toBe("http://localhost:3201/app");
  expect(client.hasSessionCookie()).toBe(true);
  return client;
}

describe("password login through next-auth", () => {
  it("sets a secure-by-default session cookie and returns the session user", async () => {
    const user = await member();
    const client = new AuthClient(authOptions);
    const csrfToken = await client.csrf();
    const res = await client.call("callback/credentials", {
      method: "POST",
      body: { email: user.email, password: PASSWORD, code: "", csrfToken, callbackUrl: "http://localhost:3201/app" },
    });
    expect(res.redirect).toBe("http://localhost:3201/app");
    const cookie = res.setCookies.find((c) => c.name.endsWith("next-auth.session-token"))!;
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(cookie.options.secure).toBeFalsy(); // http://localhost: not secure; https APP_URL sets Secure
    expect(cookie.value).not.toContain(user.email); // encrypted JWT
    const session = await client.session();
    expect(session).toMatchObject({ user: { id: user.id, email: user.email }, sessionVersion: 0 });
  });

  it("gives the error code for a wrong password, and no session", async () => {
    const user = await member();
    const client = new AuthClient(authOptions);
    const res = await client.passwordLogin({ email: user.email, password: "fout" });
    expect(res.redirect).toContain("error=INVALID");
    expect(client.hasSessionCookie()).toBe(false);
    expect(await client.session()).toEqual({});
  });

  it("refuses a login without a valid CSRF token", async () => {
    const user = await member();
    const client = new AuthClient(authOptions);
    const res = await client.call("callback/credentials", {
      method: "POST",
      body: { email: user.email, password: PASSWORD, csrfToken: "vals" },
    });
    expect(client.hasSessionCookie()).toBe(false);
    expect(res.redirect).toContain("csrf=true");
  });
});

describe("revocation", () => {
  it("getActor's loader returns the user with memberships while the session is valid", async () => {
    const user = await member("REGISSEUR");
    const actor = await loadActor({ userId: user.id, sessionVersion: 0 });
    expect(actor).toMatchObject({ kind: "user", userId: user.id, platformRole: null });
    expect(actor!.memberships).toEqual([
      expect.objectContaining({ gemeenteId: gemeente.id, gemeenteSlug: gemeente.slug, role: "REGISSEUR" }),
    ]);
    expect(await loadActor({ userId: user.id, sessionVersion: 1 })).toBeNull();
    expect(await loadActor({ userId: "not-a-user", sessionVersion: 0 })).toBeNull();
    expect(await loadActor({ userId: user.id, sessionVersion: "0" })).toBeNull();
  });

  it("the session's name and platform role are read from the database on every request, not kept from the cookie", async () => {
    const user = await member();
    const client = await loggedIn(user.email);
    expect(await client.session()).toMatchObject({ user: { id: user.id }, platformRole: null });
    await ownerDb().user.update({ where: { id: user.id }, data: { platformRole: "PLATFORM_ADMIN", name: "Nieuwe Naam" } });
    expect(await client.session()).toMatchObject({ user: { id: user.id, name: "Nieuwe Naam" }, platformRole: "PLATFORM_ADMIN" });
    await ownerDb().user.update({ where: { id: user.id }, data: { platformRole: null } });
    expect(await client.session()).toMatchObject({ user: { id: user.id }, platformRole: null }); // taken away at once
  });

  it("disabling a user voids their existing session", async () => {
    const user = await member();
    const client = await loggedIn(user.email);
    expect(await client.session()).toMatchObject({ user: { id: user.id } });

    await disableUser(admin, { userId: user.id });

    expect(await checkSessionUser({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await checkSessionUser({ userId: user.id, sessionVersion: 1 })).toBeNull(); // disabled wins
    expect(await client.session()).toEqual({});
    expect(client.hasSessionCookie()).toBe(false); // the cookie is cleared
  });

  it("only a platform admin may disable, and not themselves", async () => {
    const user = await member();
    const regisseur = (await loadActor({ userId: (await member("REGISSEUR")).id, sessionVersion: 0 }))!;
    await expect(disableUser(regisseur, { userId: user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(disableUser({ kind: "anonymous" }, { userId: user.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(disableUser(admin, { userId: (admin as { userId: string }).userId })).rejects.toMatchObject({
      code: "CANNOT_DISABLE_SELF",
    });
    await expect(disableUser(admin, { userId: "geen-uuid" })).rejects.toMatchObject({ code: "VALIDATION" });
    const row = await ownerDb().user.findUnique({ where: { id: user.id } });
    expect(row!.disabledAt).toBeNull();
    expect(row!.sessionVersion).toBe(0);
  });

  it("changing a member's role voids their session; the new role applies after logging in again", async () => {
    const regisseurUser = await member("REGISSEUR");
    const target = await member("AMBTENAAR");
    const targetClient = await loggedIn(target.email);
    const regisseurClient = await loggedIn(regisseurUser.email);

    const regisseur = (await loadActor({ userId: regisseurUser.id, sessionVersion: 0 }))!;
    const ctx = await requireTenant(regisseur, { slug: gemeente.slug }, "members:manage");
    await changeRole(ctx, { userId: target.id, role: "LOKET" });

    expect(await targetClient.session()).toEqual({});
    expect(await regisseurClient.session()).toMatchObject({ user: { id: regisseurUser.id } }); // others unaffected
    const again = await loggedIn(target.email);
    const session = (await again.session()) as { sessionVersion: number };
    expect(session.sessionVersion).toBe(1);
    const actor = await loadActor({ userId: target.id, sessionVersion: 1 });
    expect(actor!.memberships[0].role).toBe("LOKET");
    const audit = await ownerQuery(`SELECT action, details FROM "AuditEvent" WHERE "gemeenteId" = $1`, [gemeente.id]);
    expect(audit.rows).toContainEqual({ action: "membership.role_changed", details: { from: "AMBTENAAR", to: "LOKET" } });
  });

  it("a role change needs members:manage, refuses one's own role and unknown roles, and changes nothing then", async () => {
    const ambtenaarUser = await member("AMBTENAAR");
    const target = await member("AMBTENAAR");
    const ambtenaar = (await loadActor({ userId: ambtenaarUser.id, sessionVersion: 0 }))!;
    await expect(requireTenant(ambtenaar, { slug: gemeente.slug }, "members:manage")).rejects.toMatchObject({ code: "FORBIDDEN" });

    const regisseurUser = await member("REGISSEUR");
    const regisseur = (await loadActor({ userId: regisseurUser.id, sessionVersion: 0 }))!;
    const ctx = await requireTenant(regisseur, { slug: gemeente.slug }, "members:manage");
    await expect(changeRole(ctx, { userId: regisseurUser.id, role: "LOKET" })).rejects.toMatchObject({ code: "CANNOT_CHANGE_OWN_ROLE" });
    await expect(changeRole(ctx, { userId: target.id, role: "KONING" })).rejects.toMatchObject({ code: "VALIDATION" });

    // A user of another gemeente cannot be reached through this gemeente.
    const elsewhere = await createGemeente();
    const stranger = await createUser({ password: PASSWORD });
    await addMembership(stranger.id, elsewhere.id, "AMBTENAAR");
    await expect(changeRole(ctx, { userId: stranger.id, role: "LOKET" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const rows = await ownerQuery(
      `SELECT u."sessionVersion", m.role FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE u.id = ANY($1)`,
      [[target.id, stranger.id]],
    );
    expect(rows.rows).toEqual(
      expect.arrayContaining([
        { sessionVersion: 0, role: "AMBTENAAR" },
        { sessionVersion: 0, role: "AMBTENAAR" },
      ]),
    );
  });

  it("'log out everywhere' voids every session of that user", async () => {
    const user = await member();
    const laptop = await loggedIn(user.email, "198.51.100.2");
    const phone = await loggedIn(user.email, "198.51.100.3");
    const actor = (await loadActor({ userId: user.id, sessionVersion: 0 }))!;
    await logOutEverywhere(actor);
    expect(await laptop.session()).toEqual({});
    expect(await phone.session()).toEqual({});
  });

  it("enabling TOTP: wrong code changes nothing; right code turns it on, ends sessions, and login then needs the code", async () => {
    const user = await member();
    const client = await loggedIn(user.email);
    const actor = (await loadActor({ userId: user.id, sessionVersion: 0 }))!;
    const { secret, uri } = await startTotpSetup(actor);
    expect(uri).toContain(`secret=${secret}`);
    const right = totpCode(secret);
    await expect(confirmTotp(actor, { code: right === "123456" ? "654321" : "123456" })).rejects.toMatchObject({ code: "TOTP_INVALID" });
    expect((await ownerDb().user.findUnique({ where: { id: user.id } }))!.totpEnabled).toBe(false);
    await confirmTotp(actor, { code: right });
    expect(await client.session()).toEqual({});

    const fresh = new AuthClient(authOptions, stampedHeaders("198.51.100.9"));
    const noCode = await fresh.passwordLogin({ email: user.email, password: PASSWORD });
    expect(noCode.redirect).toContain("error=TOTP_REQUIRED");
    // The confirming code is used up (RFC 6238 §5.2): the next step's code logs in.
    const withCode = await fresh.passwordLogin({ email: user.email, password: PASSWORD, code: totpCode(secret, Date.now() + 30_000) });
    expect(withCode.redirect).toBe("http://localhost:3201/app");
    expect(await fresh.session()).toMatchObject({ user: { id: user.id }, sessionVersion: 1 });
  });
});
