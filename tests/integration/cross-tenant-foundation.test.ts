/**
 * Cross-tenant regression for the foundation's tenant models (Membership, ApiKey, AuditEvent):
 * an actor of gemeente A using gemeente B's ids gets NOT_FOUND and B's rows stay unchanged.
 * (CoalitionPartner: cross-tenant-partners.test.ts; Vestiging and engagement models:
 * cross-tenant-engagement.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, type Actor } from "@/lib/auth/context";
import { changeRole } from "@/modules/users/server/change-role";
import { createApiKey } from "@/modules/api-keys/server/create-api-key";
import { revokeApiKey } from "@/modules/api-keys/server/revoke-api-key";
import { listApiKeys } from "@/modules/api-keys/server/list-api-keys";
import { actorWithRole, addMembership, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let admin: Actor;
let memberB: { id: string; userId: string };
let keyB: { id: string };

beforeAll(async () => {
  a = await createGemeente({ name: "Aastad" });
  b = await createGemeente({ name: "Bedorp" });
  const adminUser = await createUser({ platformRole: "PLATFORM_ADMIN" });
  admin = { kind: "user", userId: adminUser.id, platformRole: "PLATFORM_ADMIN", memberships: [] };
  const userB = await createUser();
  memberB = await addMembership(userB.id, b.id, "LOKET");
  const ctxB = await requireTenant(admin, { slug: b.slug }, "apikeys:manage");
  keyB = (await createApiKey(ctxB, { name: "Koppeling B", role: "PARTNER" })).apiKey;
  await ownerDb().auditEvent.create({ data: { gemeenteId: b.id, action: "test.event", entity: "Test" } });
});
afterAll(closeOwnerDb);

describe("Membership across gemeenten", () => {
  it("a regisseur of A cannot change the role of B's member", async () => {
    const regisseurA = await actorWithRole(a, "REGISSEUR");
    const ctx = await requireTenant(regisseurA, { slug: a.slug }, "members:manage");
    await expect(changeRole(ctx, { userId: memberB.userId, role: "REGISSEUR" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await ownerQuery(`SELECT role FROM "Membership" WHERE id = $1`, [memberB.id]);
    expect(row.rows[0].role).toBe("LOKET");
    const version = await ownerQuery(`SELECT "sessionVersion" FROM "User" WHERE id = $1`, [memberB.userId]);
    expect(version.rows[0].sessionVersion).toBe(0);
  });

  it("A's context lists none of B's memberships", async () => {
    const regisseurA = await actorWithRole(a, "REGISSEUR");
    const ctx = await requireTenant(regisseurA, { slug: a.slug }, "members:manage");
    const rows = await ctx.run((db) => db.membership.findMany({ select: { gemeenteId: true } }));
    expect(rows.every((r) => r.gemeenteId === a.id)).toBe(true);
  });
});

describe("ApiKey across gemeenten", () => {
  it("revoking B's key from A's context is NOT_FOUND and leaves it active", async () => {
    const ctxA = await requireTenant(admin, { slug: a.slug }, "apikeys:manage");
    await expect(revokeApiKey(ctxA, keyB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listApiKeys(ctxA)).map((k) => k.id)).not.toContain(keyB.id);
    const row = await ownerQuery(`SELECT "revokedAt" FROM "ApiKey" WHERE id = $1`, [keyB.id]);
    expect(row.rows[0].revokedAt).toBeNull();
  });
});

describe("AuditEvent across gemeenten", () => {
  it("A's context reads none of B's events and cannot write into B", async () => {
    const regisseurA = await actorWithRole(a, "REGISSEUR");
    const ctx = await requireTenant(regisseurA, { slug: a.slug }, "gemeente:read");
    const seen = await ctx.run((db) => db.auditEvent.findMany({ where: { action: "test.event" } }));
    expect(seen).toEqual([]);
    const written = await ctx.run((db) => db.auditEvent.create({ data: { gemeenteId: b.id, action: "test.smuggle", entity: "Test" } }));
    expect(written.gemeenteId).toBe(a.id);
    const inB = await ownerQuery(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "gemeenteId" = $1 AND action = 'test.smuggle'`, [b.id]);
    expect(inB.rows[0].n).toBe(0);
  });
});
