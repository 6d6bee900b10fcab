/**
 * Regression spec: a key or user of gemeente A can never see or change gemeente B's coalition
 * partners, whatever id they send. Every path answers 404 and B's row stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as item from "@/app/api/v1/gemeenten/[gemeente]/partners/[id]/route";
import * as collection from "@/app/api/v1/gemeenten/[gemeente]/partners/route";
import { requireTenant } from "@/lib/auth/context";
import { getPartner } from "@/modules/partners/server/get-partner";
import { updatePartner } from "@/modules/partners/server/update-partner";
import { deletePartner } from "@/modules/partners/server/delete-partner";
import { listPartners } from "@/modules/partners/server/list-partners";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor } from "./api-support";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let partnerB: { id: string };
let keyA: string;
let snapshot: unknown;

const rowOfB = async () => (await ownerQuery(`SELECT * FROM "CoalitionPartner" WHERE id = $1`, [partnerB.id])).rows[0];

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  await ownerDb().coalitionPartner.create({ data: { gemeenteId: a.id, name: "Welzijn Aadorp", kind: "WELZIJN" } });
  partnerB = await ownerDb().coalitionPartner.create({
    data: { gemeenteId: b.id, name: "Welzijn Beekstad", kind: "WELZIJN", circle: "KERNTEAM", ambassador: "Bea" },
  });
  keyA = (await keyFor(a, "REGISSEUR")).key;
  snapshot = await rowOfB();
});
afterAll(closeOwnerDb);

describe("cross-tenant: API key of A with B's partner id", () => {
  // A's key on A's own route, but with B's id.
  const viaOwnRoute = () => ({
    path: `/api/v1/gemeenten/${a.slug}/partners/${partnerB.id}`,
    params: { gemeente: a.slug, id: partnerB.id },
    key: keyA,
  });
  // A's key on B's route.
  const viaOtherRoute = () => ({
    path: `/api/v1/gemeenten/${b.slug}/partners/${partnerB.id}`,
    params: { gemeente: b.slug, id: partnerB.id },
    key: keyA,
  });

  for (const [label, target] of [
    ["A's route", viaOwnRoute],
    ["B's route", viaOtherRoute],
  ] as const) {
    it(`GET via ${label} → 404`, async () => {
      const r = await call(item.GET, target());
      expect(r.status).toBe(404);
      expect(JSON.stringify(r.json)).not.toContain("Beekstad");
    });

    it(`PATCH via ${label} → 404, row unchanged`, async () => {
      const r = await call(item.PATCH, { ...target(), method: "PATCH", body: { name: "Gekaapt", circle: "WERKGROEP" } });
      expect(r.status).toBe(404);
      expect(await rowOfB()).toEqual(snapshot);
    });

    it(`DELETE via ${label} → 404, row still there`, async () => {
      const r = await call(item.DELETE, { ...target(), method: "DELETE" });
      expect(r.status).toBe(404);
      expect(await rowOfB()).toEqual(snapshot);
    });
  }

  it("listing A never includes B's partner; POST to B's route is 404", async () => {
    const list = await call(collection.GET, { path: `/api/v1/gemeenten/${a.slug}/partners`, params: { gemeente: a.slug }, key: keyA });
    expect(list.json.data.map((p: { id: string }) => p.id)).not.toContain(partnerB.id);
    const before = (await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE "gemeenteId" = $1`, [b.id])).rows[0].n;
    const post = await call(collection.POST, {
      method: "POST",
      path: `/api/v1/gemeenten/${b.slug}/partners`,
      params: { gemeente: b.slug },
      key: keyA,
      body: { name: "Indringer", kind: "ZORG", circle: "KERNTEAM" },
    });
    expect(post.status).toBe(404);
    const after = (await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE "gemeenteId" = $1`, [b.id])).rows[0].n;
    expect(after).toBe(before);
  });
});

describe("cross-tenant: gemeenteId smuggled into the body", () => {
  it("POST and PATCH on A's route with B's gemeenteId stay in A", async () => {
    const created = await call(collection.POST, {
      method: "POST",
      path: `/api/v1/gemeenten/${a.slug}/partners`,
      params: { gemeente: a.slug },
      key: keyA,
      body: {
        name: "Smokkelaar",
        kind: "ZORG",
        circle: "KERNTEAM",
        ambassador: "Sam",
        gemeenteId: b.id,
        gemeente: { connect: { id: b.id } },
      },
    });
    expect(created.status).toBe(201);
    const id = created.json.data.id;
    const patched = await call(item.PATCH, {
      method: "PATCH",
      path: `/api/v1/gemeenten/${a.slug}/partners/${id}`,
      params: { gemeente: a.slug, id },
      key: keyA,
      body: { circle: "WERKGROEP", gemeenteId: b.id },
    });
    expect(patched.status).toBe(200);
    const row = await ownerQuery(`SELECT "gemeenteId", circle FROM "CoalitionPartner" WHERE id = $1`, [id]);
    expect(row.rows[0]).toEqual({ gemeenteId: a.id, circle: "WERKGROEP" });
  });
});

describe("cross-tenant: user of A with B's partner id (domain functions)", () => {
  it("get/update/delete are NOT_FOUND and B's row is unchanged", async () => {
    const actor = await actorWithRole(a, "REGISSEUR");
    const ctx = await requireTenant(actor, { slug: a.slug }, "partners:manage");
    await expect(getPartner(ctx, partnerB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updatePartner(ctx, partnerB.id, { name: "Gekaapt" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deletePartner(ctx, partnerB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listPartners(ctx)).map((p) => p.id)).not.toContain(partnerB.id);
    expect(await rowOfB()).toEqual(snapshot);
    await expect(requireTenant(actor, { slug: b.slug }, "partners:read")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a name that exists only in B is free in A (uniqueness is per gemeente)", async () => {
    const actor = await actorWithRole(a, "AMBTENAAR");
    const ctx = await requireTenant(actor, { slug: a.slug }, "partners:manage");
    const { createPartner } = await import("@/modules/partners/server/create-partner");
    const p = await createPartner(ctx, { name: "Welzijn Beekstad", kind: "WELZIJN", circle: "LOKALE_COALITIE" });
    expect(p.name).toBe("Welzijn Beekstad");
    expect(await rowOfB()).toEqual(snapshot);
  });
});
