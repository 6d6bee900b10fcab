/**
 * Issue 19: a gemeente's OpenID Connect provider (stored encrypted, matched by verified e-mail) and
 * the readable audit trail (own gemeente only, filters, paging, no resident data; platform log).
 * Real PostgreSQL as the app role; the HTTP sign-in itself is in tests/e2e/oidc-sign-in.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import {
  getIdentityProvider,
  matchOidcSignIn,
  removeIdentityProvider,
  saveIdentityProvider,
  unsafeLoginProviders,
} from "@/modules/identity/server/identity-providers";
import { AUDIT_PAGE_SIZE, exportGemeenteAudit, listGemeenteAudit, listPlatformAudit } from "@/modules/audit/server/audit-log";
import { actorWithRole, addMembership, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { platformAdmin } from "./api-support";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
});
afterAll(closeOwnerDb);

async function adminCtx(g: { slug: string }) {
  return requireTenant(await platformAdmin(), { slug: g.slug }, "gemeente:manage");
}

async function validationOf(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("identity provider configuration", () => {
  it("stores the secret encrypted, lower-cases domains, and lists the provider for login", async () => {
    const ctx = await adminCtx(a);
    const saved = await saveIdentityProvider(ctx, {
      issuer: "https://sso.aadorp.nl/realms/staf/",
      clientId: "samenkracht",
      clientSecret: "geheim-123",
      domains: "Aadorp.nl, @wijk.aadorp.nl",
    });
    expect(saved).toMatchObject({
      issuer: "https://sso.aadorp.nl/realms/staf",
      clientId: "samenkracht",
      domains: ["aadorp.nl", "wijk.aadorp.nl"],
    });
    const row = (await ownerQuery(`SELECT "clientSecretEnc" FROM "IdentityProvider" WHERE "gemeenteId" = $1`, [a.id])).rows[0];
    expect(row.clientSecretEnc).not.toContain("geheim-123");
    const listed = (await unsafeLoginProviders()).find((p) => p.gemeenteId === a.id)!;
    expect(listed.id).toBe(`oidc-${a.slug}`);
    expect(listed.clientSecret()).toBe("geheim-123");
    // Changing without a secret keeps the stored one.
    await saveIdentityProvider(ctx, { issuer: "https://sso.aadorp.nl/realms/staf", clientId: "samenkracht-2", domains: "aadorp.nl" });
    const again = (await unsafeLoginProviders()).find((p) => p.gemeenteId === a.id)!;
    expect(again.clientId).toBe("samenkracht-2");
    expect(again.clientSecret()).toBe("geheim-123");
    expect(await getIdentityProvider(ctx)).not.toHaveProperty("clientSecret");
  });

  it("refuses bad input in Dutch and changes nothing", async () => {
    const ctx = await adminCtx(b);
    const http = await validationOf(
      saveIdentityProvider(ctx, { issuer: "http://sso.beekstad.nl", clientId: "x", clientSecret: "y", domains: "beekstad.nl" }),
    );
    expect(http.fieldErrors?.issuer?.[0]).toMatch(/https:\/\//);
    const noSecret = await validationOf(
      saveIdentityProvider(ctx, { issuer: "https://sso.beekstad.nl", clientId: "x", domains: "beekstad.nl" }),
    );
    expect(noSecret.fieldErrors?.clientSecret?.[0]).toBe("Vul het geheim (client secret) in.");
    const badDomain = await validationOf(
      saveIdentityProvider(ctx, { issuer: "https://sso.beekstad.nl", clientId: "x", clientSecret: "y", domains: "beekstad" }),
    );
    expect(badDomain.fieldErrors?.domains?.[0]).toMatch(/domeinen klopt niet/);
    // A domain another gemeente covers.
    const taken = await validationOf(
      saveIdentityProvider(ctx, { issuer: "https://sso.beekstad.nl", clientId: "x", clientSecret: "y", domains: "aadorp.nl" }),
    );
    expect(taken.fieldErrors?.domains?.[0]).toBe("Dit domein hoort al bij een andere gemeente: aadorp.nl.");
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "IdentityProvider" WHERE "gemeenteId" = $1`, [b.id])).rows[0].n).toBe(0);
  });

  it("a regisseur may not configure it", async () => {
    const actor = await actorWithRole(a, "REGISSEUR");
    await expect(requireTenant(actor, { slug: a.slug }, "gemeente:manage")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("matches only a verified e-mail in the provider's domains to an enabled staff member of that gemeente", async () => {
    const provider = { gemeenteId: a.id, domains: ["aadorp.nl"] };
    const staff = await createUser({ email: `mw-${Date.now()}@aadorp.nl` });
    await addMembership(staff.id, a.id, "AMBTENAAR");
    expect(await matchOidcSignIn(provider, { email: staff.email.toUpperCase(), email_verified: true })).toEqual({
      ok: true,
      userId: staff.id,
    });
    expect(await matchOidcSignIn(provider, { email: staff.email, email_verified: false })).toEqual({
      ok: false,
      code: "OIDC_EMAIL_UNVERIFIED",
    });
    expect(await matchOidcSignIn(provider, { email: staff.email, email_verified: "true" })).toEqual({
      ok: false,
      code: "OIDC_EMAIL_UNVERIFIED",
    });
    expect(await matchOidcSignIn(provider, { email: "iemand@elders.nl", email_verified: true })).toEqual({
      ok: false,
      code: "OIDC_DOMAIN",
    });
    expect(await matchOidcSignIn(provider, { email: "onbekend@aadorp.nl", email_verified: true })).toEqual({
      ok: false,
      code: "OIDC_UNKNOWN",
    });
    // Staff of another gemeente only, or an ondernemer: unknown here.
    const other = await createUser({ email: `ander-${Date.now()}@aadorp.nl` });
    await addMembership(other.id, b.id, "REGISSEUR");
    expect(await matchOidcSignIn(provider, { email: other.email, email_verified: true })).toEqual({ ok: false, code: "OIDC_UNKNOWN" });
    const ondernemer = await createUser({ email: `winkel-${Date.now()}@aadorp.nl` });
    await addMembership(ondernemer.id, a.id, "ONDERNEMER");
    expect(await matchOidcSignIn(provider, { email: ondernemer.email, email_verified: true })).toEqual({ ok: false, code: "OIDC_UNKNOWN" });
    // Disabled here.
    await ownerDb().user.update({ where: { id: staff.id }, data: { disabledAt: new Date() } });
    expect(await matchOidcSignIn(provider, { email: staff.email, email_verified: true })).toEqual({ ok: false, code: "OIDC_DISABLED" });
  });
});

describe("audit trail", () => {
  it("the regisseur reads the own gemeente's events and signal chain in plain Dutch, never another gemeente's", async () => {
    const regisseur = await actorWithRole(a, "REGISSEUR");
    const ctx = await requireTenant(regisseur, { slug: a.slug }, "audit:read");
    const other = await createUser({ name: "Bea Beekstad" });
    await ownerDb().auditEvent.create({
      data: { gemeenteId: b.id, actorId: other.id, action: "partner.create", entity: "CoalitionPartner" },
    });
    await ownerDb().auditEvent.create({
      data: { gemeenteId: a.id, actorId: regisseur.userId, action: "event.create", entity: "Event", details: { title: "geheim" } },
    });
    await ownerDb().signalAuditEntry.create({
      data: {
        gemeenteId: a.id,
        seq: 1,
        signalId: null,
        actorUserId: regisseur.userId,
        action: "signal.read-personal",
        detail: { field: "residentName" },
        prevHash: "0",
        hash: "1",
      },
    });
    const page = await listGemeenteAudit(ctx, {});
    const texts = page.lines.map((l) => l.text);
    expect(texts).toContain("Heeft een bijeenkomst gepland");
    expect(texts).toContain("Heeft de persoonsgegevens in een signaal bekeken");
    expect(texts).toContain("Heeft inloggen via de inlogdienst van de gemeente ingesteld");
    expect(texts).not.toContain("Heeft een coalitiepartner toegevoegd");
    expect(JSON.stringify(page.lines)).not.toContain("geheim");
    expect(JSON.stringify(page.lines)).not.toContain("residentName");
    expect(page.people.map((p) => p.name)).not.toContain("Bea Beekstad");
  });

  it("filters by kind, person and period, pages, and refuses a wrong filter in Dutch", async () => {
    const g = await createGemeente({ name: "Ceedorp" });
    const regisseur = await actorWithRole(g, "REGISSEUR");
    const ctx = await requireTenant(regisseur, { slug: g.slug }, "audit:read");
    const someone = await createUser({ name: "Sam Samen" });
    const rows = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      gemeenteId: g.id,
      actorId: i % 2 ? someone.id : regisseur.userId,
      action: i % 3 ? "campaign.update" : "partner.update",
      entity: "X",
      createdAt: new Date(Date.UTC(2026, 10, 1 + (i % 20), 10)),
    }));
    await ownerDb().auditEvent.createMany({ data: rows });
    const all = await listGemeenteAudit(ctx, {});
    expect(all.total).toBe(rows.length);
    expect(all.lines).toHaveLength(AUDIT_PAGE_SIZE);
    expect(all.pages).toBe(2);
    const second = await listGemeenteAudit(ctx, { pagina: "2" });
    expect(second.lines).toHaveLength(5);
    expect(new Set([...all.lines, ...second.lines].map((l) => l.id)).size).toBe(rows.length);
    const partners = await listGemeenteAudit(ctx, { soort: "partners" });
    expect(partners.total).toBe(rows.filter((r) => r.action === "partner.update").length);
    const sam = await listGemeenteAudit(ctx, { persoon: someone.id });
    expect(sam.total).toBe(rows.filter((r) => r.actorId === someone.id).length);
    expect(sam.lines.every((l) => l.actorName === "Sam Samen")).toBe(true);
    const period = await listGemeenteAudit(ctx, { van: "2026-11-01", tot: "2026-11-02" });
    expect(period.total).toBe(rows.filter((r) => r.createdAt.getUTCDate() <= 2).length);
    const bad = await validationOf(listGemeenteAudit(ctx, { van: "2026-11-05", tot: "2026-11-01" }));
    expect(bad.fieldErrors?.tot?.[0]).toBe("De datum 'van' ligt na de datum 'tot en met'.");
    const badKind = await validationOf(listGemeenteAudit(ctx, { soort: "alles-van-iedereen" }));
    expect(badKind.fieldErrors?.soort?.[0]).toBe("Kies een soort handeling uit de lijst.");
    const exported = await exportGemeenteAudit(ctx, { soort: "campagnes" });
    expect(exported.every((l) => l.action === "campaign.update")).toBe(true);
  });

  it("only the regisseur has audit:read in a gemeente", async () => {
    for (const role of ["AMBTENAAR", "LOKET", "VRIJWILLIGER", "ONDERNEMER", "PARTNER"] as const) {
      const actor = await actorWithRole(a, role);
      await expect(requireTenant(actor, { slug: a.slug }, "audit:read")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("the platform log shows platform events (the provider's configuration), only to the platform admin", async () => {
    const admin = await platformAdmin();
    const log = await listPlatformAudit(admin, {});
    expect(log.lines.some((l) => l.text === "Heeft inloggen via de inlogdienst van de gemeente ingesteld" && l.gemeente === "Aadorp")).toBe(
      true,
    );
    const ctx = await adminCtx(a);
    await removeIdentityProvider(ctx);
    const after = await listPlatformAudit(admin, { soort: "toegang" });
    expect(after.lines[0]).toMatchObject({ action: "identity-provider.delete", gemeente: "Aadorp" });
    const regisseur = await actorWithRole(a, "REGISSEUR");
    await expect(listPlatformAudit(regisseur, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Tenant rows never appear in the platform log.
    expect(after.lines.every((l) => l.action.startsWith("identity-provider."))).toBe(true);
  });
});

describe("session lifetime after a provider sign-in", () => {
  it("a session from a gemeente's provider ends after OIDC_SESSION_MAX_AGE; a password session does not carry the limit", async () => {
    const { authOptions, OIDC_SESSION_MAX_AGE } = await import("@/server/next-auth");
    const user = await createUser();
    await addMembership(user.id, a.id, "REGISSEUR");
    const jwt = authOptions.callbacks!.jwt!;
    const viaProvider = await jwt({
      token: {},
      user: { id: user.id, email: user.email },
      account: { provider: `oidc-${a.slug}`, type: "oauth", providerAccountId: "x" },
      trigger: "signIn",
    } as never);
    expect(viaProvider.oe).toBeGreaterThan(Date.now() / 1000 + OIDC_SESSION_MAX_AGE - 5);
    // Still valid now …
    await expect(jwt({ token: viaProvider } as never)).resolves.toMatchObject({ sub: user.id });
    // … and void once its time is up.
    await expect(jwt({ token: { ...viaProvider, oe: Math.floor(Date.now() / 1000) - 1 } } as never)).rejects.toThrow();
    const viaPassword = await jwt({
      token: {},
      user: { id: user.id, email: user.email },
      account: { provider: "credentials", type: "credentials", providerAccountId: user.id },
      trigger: "signIn",
    } as never);
    expect(viaPassword.oe).toBeUndefined();
  });
});
