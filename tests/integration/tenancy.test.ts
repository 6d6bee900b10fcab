import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant, platformDb, TenantScopeError } from "@/lib/db/tenant";
import { requireTenant } from "@/lib/auth/context";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let partnerB: { id: string };

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  await ownerDb().coalitionPartner.create({ data: { gemeenteId: a.id, name: "Welzijn Aadorp", kind: "WELZIJN" } });
  partnerB = await ownerDb().coalitionPartner.create({ data: { gemeenteId: b.id, name: "Welzijn Beekstad", kind: "WELZIJN" } });
});
afterAll(closeOwnerDb);

describe("tenant choke point (wall 1)", () => {
  it("only returns the current gemeente's rows", async () => {
    const rows = await withTenant({ gemeenteId: a.id }, (db) => db.coalitionPartner.findMany());
    expect(rows.map((r) => r.name)).toEqual(["Welzijn Aadorp"]);
  });

  it("cannot read another gemeente's row by id", async () => {
    const row = await withTenant({ gemeenteId: a.id }, (db) => db.coalitionPartner.findUnique({ where: { id: partnerB.id } }));
    expect(row).toBeNull();
  });

  it("ignores a gemeenteId smuggled into a create or update", async () => {
    const created = await withTenant({ gemeenteId: a.id }, (db) =>
      db.coalitionPartner.create({ data: { gemeenteId: b.id, name: "Smokkel", kind: "ZORG" } }),
    );
    expect(created.gemeenteId).toBe(a.id);
    const count = await withTenant({ gemeenteId: a.id }, (db) =>
      db.coalitionPartner.updateMany({ where: { id: partnerB.id }, data: { name: "Gekaapt" } }),
    );
    expect(count.count).toBe(0);
    const still = await ownerQuery(`SELECT name FROM "CoalitionPartner" WHERE id = $1`, [partnerB.id]);
    expect(still.rows[0].name).toBe("Welzijn Beekstad");
  });

  it("refuses tenant models outside a tenant scope (fail closed)", async () => {
    await expect(platformDb().coalitionPartner.findMany()).rejects.toBeInstanceOf(TenantScopeError);
  });
});

describe("row-level security (wall 2)", () => {
  it("hides other gemeenten's rows even for raw SQL", async () => {
    const rows = await withTenant(
      { gemeenteId: a.id },
      (db) => db.$queryRaw<{ name: string }[]>`SELECT name FROM "CoalitionPartner" ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).not.toContain("Welzijn Beekstad");
    expect(rows.length).toBeGreaterThan(0);
  });

  it("refuses a raw insert into another gemeente", async () => {
    await expect(
      withTenant(
        { gemeenteId: a.id },
        (db) =>
          db.$executeRaw`INSERT INTO "CoalitionPartner" (id, "gemeenteId", name, kind, circle, "updatedAt") VALUES (gen_random_uuid()::text, ${b.id}, 'Raw', 'ZORG', 'LOKALE_COALITIE', now())`,
      ),
    ).rejects.toThrow();
  });

  it("shows nothing when no tenant is set", async () => {
    const rows = await platformDb().$queryRaw<{ n: bigint }[]>`SELECT count(*)::int AS n FROM "CoalitionPartner"`;
    expect(Number(rows[0].n)).toBe(0);
  });
});

describe("requireTenant (permission choke point)", () => {
  it("gives NOT_FOUND to a member of another gemeente", async () => {
    const actor = await actorWithRole(a, "AMBTENAAR");
    await expect(requireTenant(actor, { slug: b.slug }, "engagement:read")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("gives FORBIDDEN to a member whose role lacks the permission", async () => {
    const actor = await actorWithRole(a, "ONDERNEMER");
    await expect(requireTenant(actor, { slug: a.slug }, "engagement:manage")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses anonymous actors", async () => {
    await expect(requireTenant({ kind: "anonymous" }, { slug: a.slug }, "gemeente:read")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("scopes run() to the gemeente of the route", async () => {
    const actor = await actorWithRole(a, "AMBTENAAR");
    const ctx = await requireTenant(actor, { slug: a.slug }, "partners:read");
    const names = await ctx.run((db) => db.coalitionPartner.findMany({ select: { name: true } }));
    expect(names.every((n) => n.name !== "Welzijn Beekstad")).toBe(true);
  });
});
