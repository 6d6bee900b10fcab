import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant } from "@/lib/auth/context";
import { authenticateApiKey } from "@/modules/api-keys/server/authenticate-api-key";
import { createApiKey } from "@/modules/api-keys/server/create-api-key";
import { listApiKeys } from "@/modules/api-keys/server/list-api-keys";
import { revokeApiKey } from "@/modules/api-keys/server/revoke-api-key";
import { hashApiKey } from "@/modules/api-keys/key-format";
import { createApiKeyAction, revokeApiKeyAction } from "@/modules/api-keys/actions";
import * as partnersRoute from "@/app/api/v1/gemeenten/[gemeente]/partners/route";
import * as gemeenteRoute from "@/app/api/v1/gemeenten/[gemeente]/route";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor, platformAdmin } from "./api-support";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp", inhabitants: 12_345 });
  b = await createGemeente({ name: "Beekstad" });
  await ownerDb().coalitionPartner.create({ data: { gemeenteId: a.id, name: "Welzijn Aadorp", kind: "WELZIJN" } });
});
afterAll(closeOwnerDb);

const listA = (key?: string) =>
  call(partnersRoute.GET, { path: `/api/v1/gemeenten/${a.slug}/partners`, params: { gemeente: a.slug }, key });

describe("API key lifecycle", () => {
  it("create → works → revoke → 401", async () => {
    const { key, apiKey } = await keyFor(a, "AMBTENAAR", "Koppeling CRM");
    expect(key).toMatch(new RegExp(`^sk_live_${a.id}_[A-Za-z0-9_-]{43}$`));
    expect(apiKey).toMatchObject({ name: "Koppeling CRM", role: "AMBTENAAR", revokedAt: null });
    expect(key.startsWith(apiKey.prefix.slice(0, 8))).toBe(true);

    // Only the hash is stored.
    const stored = await ownerQuery(`SELECT "keyHash", prefix FROM "ApiKey" WHERE id = $1`, [apiKey.id]);
    expect(stored.rows[0].keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(stored.rows[0])).not.toContain(key.slice(-43));

    const ok = await listA(key);
    expect(ok.status).toBe(200);
    expect(ok.json.data.map((p: { name: string }) => p.name)).toEqual(["Welzijn Aadorp"]);

    const used = await ownerQuery(`SELECT "lastUsedAt" FROM "ApiKey" WHERE id = $1`, [apiKey.id]);
    expect(used.rows[0].lastUsedAt).not.toBeNull();

    const admin = await platformAdmin();
    const ctx = await requireTenant(admin, { slug: a.slug }, "apikeys:manage");
    const revoked = await revokeApiKey(ctx, apiKey.id);
    expect(revoked.revokedAt).not.toBeNull();

    const refused = await listA(key);
    expect(refused.status).toBe(401);
    expect(refused.json.code).toBe("UNAUTHENTICATED");
    expect(refused.res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await authenticateApiKey(`Bearer ${key}`)).toEqual({ kind: "anonymous" });
  });

  it("authenticates to an apiKey actor of the key's gemeente and role", async () => {
    const { key, apiKey } = await keyFor(a, "PARTNER");
    expect(await authenticateApiKey(`Bearer ${key}`)).toEqual({ kind: "apiKey", keyId: apiKey.id, gemeenteId: a.id, role: "PARTNER" });
    expect(await authenticateApiKey(key)).toMatchObject({ kind: "apiKey", keyId: apiKey.id });
  });

  it("refuses missing, malformed, unknown and tampered keys with 401", async () => {
    const { key } = await keyFor(a, "AMBTENAAR");
    const tamperedSecret = key.slice(0, -1) + (key.endsWith("A") ? "B" : "A");
    // The same secret under another gemeente's id: the hash no longer matches.
    const movedToB = key.replace(a.id, b.id);
    for (const bad of [undefined, "nonsense", "sk_live_x_y", tamperedSecret, movedToB]) {
      const r = await call(gemeenteRoute.GET, { path: `/api/v1/gemeenten/${a.slug}`, params: { gemeente: a.slug }, key: bad });
      expect(r.status, String(bad)).toBe(401);
      expect(r.json.detail).toMatch(/API-sleutel/);
    }
    const basic = await call(gemeenteRoute.GET, {
      path: `/api/v1/gemeenten/${a.slug}`,
      params: { gemeente: a.slug },
      headers: { authorization: `Basic ${key}` },
    });
    expect(basic.status).toBe(401);
  });

  it("ignores session cookies on /api/v1", async () => {
    const r = await call(gemeenteRoute.GET, {
      path: `/api/v1/gemeenten/${a.slug}`,
      params: { gemeente: a.slug },
      headers: { cookie: "next-auth.session-token=anything; __Secure-next-auth.session-token=x" },
    });
    expect(r.status).toBe(401);
  });

  it("a key of gemeente A on gemeente B answers 404", async () => {
    const { key } = await keyFor(a, "REGISSEUR");
    const r = await call(partnersRoute.GET, { path: `/api/v1/gemeenten/${b.slug}/partners`, params: { gemeente: b.slug }, key });
    expect(r.status).toBe(404);
    expect(r.json).toEqual({
      type: "/api/v1/docs#fout-not-found",
      title: "Niet gevonden",
      status: 404,
      code: "NOT_FOUND",
      detail: expect.stringMatching(/bestaat niet/i),
    });
    expect(r.res.headers.get("content-type")).toBe("application/problem+json");
    const unknown = await call(partnersRoute.GET, {
      path: `/api/v1/gemeenten/bestaat-niet/partners`,
      params: { gemeente: "bestaat-niet" },
      key,
    });
    expect(unknown.status).toBe(404);
  });

  it("a role without the permission answers 403 and changes nothing", async () => {
    const { key } = await keyFor(a, "ONDERNEMER");
    const read = await listA(key);
    expect(read.status).toBe(403);
    expect(read.json.code).toBe("FORBIDDEN");
    const { key: partnerKey } = await keyFor(a, "PARTNER");
    expect((await listA(partnerKey)).status).toBe(200);
    const write = await call(partnersRoute.POST, {
      method: "POST",
      path: `/api/v1/gemeenten/${a.slug}/partners`,
      params: { gemeente: a.slug },
      key: partnerKey,
      body: { name: "Mag niet", kind: "ZORG", circle: "KERNTEAM" },
    });
    expect(write.status).toBe(403);
    const rows = await ownerQuery(`SELECT 1 FROM "CoalitionPartner" WHERE name = 'Mag niet'`);
    expect(rows.rowCount).toBe(0);
  });

  it("GET /gemeenten/{gemeente} returns the tenant", async () => {
    const { key } = await keyFor(a, "VRIJWILLIGER");
    const r = await call(gemeenteRoute.GET, { path: `/api/v1/gemeenten/${a.slug}`, params: { gemeente: a.slug }, key });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ data: { slug: a.slug, name: "Aadorp", inhabitants: 12_345 } });
  });
});

describe("API key management (apikeys:manage)", () => {
  it("lists keys without key material, newest first", async () => {
    const admin = await platformAdmin();
    const ctx = await requireTenant(admin, { slug: b.slug }, "apikeys:manage");
    await createApiKey(ctx, { name: "Eerste", role: "LOKET" });
    await createApiKey(ctx, { name: "Tweede", role: "LOKET" });
    const keys = await listApiKeys(ctx);
    expect(keys.map((k) => k.name)).toEqual(["Tweede", "Eerste"]);
    expect(Object.keys(keys[0]).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt", "role"]);
  });

  it("refuses tenant roles, even a regisseur (FORBIDDEN)", async () => {
    const regisseur = await actorWithRole(a, "REGISSEUR");
    await expect(requireTenant(regisseur, { slug: a.slug }, "apikeys:manage")).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The domain function checks too, whatever context it is handed.
    const ctx = await requireTenant(regisseur, { slug: a.slug }, "partners:manage");
    await expect(createApiKey(ctx, { name: "Stiekem", role: "REGISSEUR" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listApiKeys(ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("validates input in Dutch and stores nothing", async () => {
    const admin = await platformAdmin();
    const ctx = await requireTenant(admin, { slug: a.slug }, "apikeys:manage");
    const before = await ownerQuery(`SELECT count(*)::int AS n FROM "ApiKey"`);
    await expect(createApiKey(ctx, { name: "x", role: "KONING" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: ["De naam moet minstens 2 tekens hebben."], role: ["Kies een rol voor de sleutel."] },
    });
    const after = await ownerQuery(`SELECT count(*)::int AS n FROM "ApiKey"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("cannot revoke another gemeente's key (NOT_FOUND, key keeps working)", async () => {
    const { key, apiKey } = await keyFor(b, "AMBTENAAR");
    const admin = await platformAdmin();
    const ctxA = await requireTenant(admin, { slug: a.slug }, "apikeys:manage");
    await expect(revokeApiKey(ctxA, apiKey.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await authenticateApiKey(`Bearer ${key}`)).toMatchObject({ kind: "apiKey", keyId: apiKey.id });
  });

  it("server actions refuse an anonymous session and change nothing", async () => {
    const before = await ownerQuery(`SELECT count(*)::int AS n FROM "ApiKey" WHERE "revokedAt" IS NULL`);
    const form = new FormData();
    for (const [k, v] of Object.entries({ name: "Anoniem", role: "LOKET" })) form.set(k, v);
    const created = await createApiKeyAction(a.slug, null, form);
    expect(created).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const { apiKey } = await keyFor(a, "LOKET");
    const revoked = await revokeApiKeyAction(a.slug, apiKey.id);
    expect(revoked).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const after = await ownerQuery(`SELECT count(*)::int AS n FROM "ApiKey" WHERE "revokedAt" IS NULL`);
    expect(after.rows[0].n).toBe(before.rows[0].n + 1);
  });
});
