/** National view: counts only, through the SECURITY DEFINER function, nothing under five. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nationalAggregates } from "@/modules/national/server/national-aggregates";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { actorWithRole, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

let big: Awaited<ReturnType<typeof createGemeente>>;
let small: Awaited<ReturnType<typeof createGemeente>>;

async function partners(gemeenteId: string, n: number, prefix: string) {
  for (let i = 0; i < n; i++) await ownerDb().coalitionPartner.create({ data: { gemeenteId, name: `${prefix} ${i}`, kind: "WELZIJN" } });
}
async function vestigingen(gemeenteId: string, n: number, step: "VOORBEREIDEN" | "VERBINDEN" | "VASTHOUDEN", prefix: string) {
  const org = await ownerDb().organisation.create({ data: { name: `${prefix} bv` } });
  for (let i = 0; i < n; i++)
    await ownerDb().vestiging.create({
      data: {
        gemeenteId,
        organisationId: org.id,
        name: `${prefix} ${i}`,
        sector: "bakker",
        step,
        acknowledgedAt: step === "VASTHOUDEN" ? new Date("2026-01-05T00:00:00Z") : null,
      },
    });
}

beforeAll(async () => {
  big = await createGemeente({ name: "Grootstad" });
  small = await createGemeente({ name: "Kleindorp" });
  await partners(big.id, 6, "Partner Groot");
  await partners(small.id, 4, "Partner Klein");
  await vestigingen(big.id, 5, "VERBINDEN", "Winkel Groot");
  await vestigingen(big.id, 2, "VASTHOUDEN", "Geheim Groot");
  await vestigingen(small.id, 1, "VOORBEREIDEN", "Winkel Klein");
});
afterAll(closeOwnerDb);

describe("national aggregates", () => {
  it("the programme adviser sees counts; any count under five is suppressed", async () => {
    const adviser = await createUser({ platformRole: "PROGRAMME_ADVISER" });
    const rows = await nationalAggregates({ kind: "user", userId: adviser.id, platformRole: "PROGRAMME_ADVISER", memberships: [] });
    const g = rows.find((r) => r.slug === big.slug)!;
    const s = rows.find((r) => r.slug === small.slug)!;
    expect(g.partners).toBe(6);
    expect(g.steps).toEqual({ voorbereiden: null, verbinden: 5, verleiden: null, vasthouden: null, versterken: null });
    expect(s.partners).toBeNull();
    expect(s.steps.voorbereiden).toBeNull();
  });

  it("the raw function (as the app role) never returns a count under five nor any name of a row", async () => {
    const rows = await platformDb().$queryRaw<Record<string, unknown>[]>`SELECT * FROM national_aggregates()`;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(
        [
          "inhabitants",
          "joined_since",
          "median_pickup_hours",
          "name",
          "partners",
          "signals_per_10000",
          "slug",
          "verbinden",
          "verleiden",
          "versterken",
          "vasthouden",
          "voorbereiden",
        ].sort(),
      );
      for (const k of ["partners", "voorbereiden", "verbinden", "verleiden", "vasthouden", "versterken"]) {
        const v = r[k];
        expect(v === null || (typeof v === "number" && v >= 5)).toBe(true);
      }
    }
    const text = JSON.stringify(rows);
    expect(text).not.toContain("Partner Groot");
    expect(text).not.toContain("Geheim Groot");
  });

  it("leaves the caller's tenant setting as it was", async () => {
    const after = await withTenant({ gemeenteId: small.id }, async (db) => {
      await db.$queryRaw`SELECT * FROM national_aggregates()`;
      return db.coalitionPartner.count();
    });
    expect(after).toBe(4);
  });

  it("refuses tenant staff and anonymous callers", async () => {
    const reg = await actorWithRole(big, "REGISSEUR");
    await expect(nationalAggregates(reg)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(nationalAggregates({ kind: "anonymous" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("the app role cannot read other tenants' tables directly", async () => {
    const rows = await platformDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "CoalitionPartner"`;
    expect(rows[0].n).toBe(0);
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner"`)).rows[0].n).toBeGreaterThanOrEqual(10);
  });
});
