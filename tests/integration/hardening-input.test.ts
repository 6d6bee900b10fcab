/**
 * Hardening from hostile testing (issue 14, items 3, 5 and 6): partial PATCH keeps what was not sent,
 * text PostgreSQL cannot store gets a Dutch 422 (never a 500), absurd paging a 400, a malformed slug a
 * 404, and no schema turns the string "false" into true. Real route handlers, real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as ondernemers from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/route";
import * as ondernemer from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/route";
import * as partners from "@/app/api/v1/gemeenten/[gemeente]/partners/route";
import * as partner from "@/app/api/v1/gemeenten/[gemeente]/partners/[id]/route";
import * as register from "@/app/api/v1/gemeenten/[gemeente]/register/route";
import * as ics from "@/app/api/ics/[gemeente]/route";
import { publicTenant, requireTenant } from "@/lib/auth/context";
import { createEvent, listPublicEvents } from "@/modules/events/server/events";
import { createVestiging } from "@/modules/engagement/server/registry";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/input/text";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor } from "./api-support";
import { writeFigures } from "../support/evidence/catalog";

type Gem = Awaited<ReturnType<typeof createGemeente>>;
let A: Gem;
let key: string;
const base = () => `/api/v1/gemeenten/${A.slug}`;

beforeAll(async () => {
  A = await createGemeente({ name: "Hardstad" });
  key = (await keyFor(A, "REGISSEUR")).key;
});
afterAll(closeOwnerDb);

describe("PATCH changes only what is sent (item 3)", () => {
  it("ondernemer: a new name leaves address, wijk and description alone", async () => {
    const created = await call(ondernemers.POST, {
      method: "POST",
      path: `${base()}/ondernemers`,
      params: { gemeente: A.slug },
      key,
      body: {
        name: "Bakkerij Oud",
        sector: "restaurant",
        address: "Dorpsstraat 1",
        wijk: "Centrum",
        publicDescription: "Koffie voor iedereen",
      },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.data.id as string;
    const patched = await call(ondernemer.PATCH, {
      method: "PATCH",
      path: `${base()}/ondernemers/${id}`,
      params: { gemeente: A.slug, id },
      key,
      body: { name: "Bakkerij Nieuw" },
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    const row = (await ownerQuery(`SELECT name, address, wijk, "publicDescription" FROM "Vestiging" WHERE id = $1`, [id])).rows[0];
    expect(row).toEqual({ name: "Bakkerij Nieuw", address: "Dorpsstraat 1", wijk: "Centrum", publicDescription: "Koffie voor iedereen" });
    writeFigures("patch-preservation", {
      routes: 2,
      unsentFieldsChecked: 3,
      unsentFieldsCleared: Object.values(row).filter((v) => v === null).length,
    });
    // Sending a field as null still clears it: that was sent.
    await call(ondernemer.PATCH, {
      method: "PATCH",
      path: `${base()}/ondernemers/${id}`,
      params: { gemeente: A.slug, id },
      key,
      body: { wijk: null },
    });
    expect((await ownerQuery(`SELECT wijk, address FROM "Vestiging" WHERE id = $1`, [id])).rows[0]).toEqual({
      wijk: null,
      address: "Dorpsstraat 1",
    });
  });

  it("partner: a new name leaves the ambassador alone", async () => {
    const created = await call(partners.POST, {
      method: "POST",
      path: `${base()}/partners`,
      params: { gemeente: A.slug },
      key,
      body: { name: "Bibliotheek Hardstad", kind: "CULTUUR", circle: "KERNTEAM", ambassador: "Mevrouw De Vries" },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.data.id as string;
    const patched = await call(partner.PATCH, {
      method: "PATCH",
      path: `${base()}/partners/${id}`,
      params: { gemeente: A.slug, id },
      key,
      body: { name: "Bieb Hardstad" },
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    const row = (await ownerQuery(`SELECT name, ambassador, circle FROM "CoalitionPartner" WHERE id = $1`, [id])).rows[0];
    expect(row).toEqual({ name: "Bieb Hardstad", ambassador: "Mevrouw De Vries", circle: "KERNTEAM" });
  });
});

describe("text PostgreSQL cannot store, paging and slugs (item 5)", () => {
  const count = async () => Number((await ownerQuery(`SELECT count(*) FROM "Vestiging" WHERE "gemeenteId" = $1`, [A.id])).rows[0].count);

  it.each([
    ["NUL", "Bakker\u0000ij"],
    ["lone surrogate", "Bakker\ud800ij"],
  ])("a %s in a name or address → Dutch 422, nothing stored (API)", async (_label, bad) => {
    const before = await count();
    for (const body of [
      { name: bad, sector: "restaurant" },
      { name: "Goed", sector: "restaurant", address: bad },
    ]) {
      const r = await call(ondernemers.POST, { method: "POST", path: `${base()}/ondernemers`, params: { gemeente: A.slug }, key, body });
      expect(r.status, JSON.stringify(r.json)).toBe(422);
      expect(r.json.code).toBe("VALIDATION");
      expect(Object.values(r.json.fieldErrors ?? {}).flat()).toContain(UNSTORABLE_TEXT_MESSAGE);
    }
    expect(await count()).toBe(before);
    writeFigures(`unstorable-text-${_label.replace(/\s+/g, "-").toLowerCase()}`, {
      requests: 2,
      http422: 2,
      http500: 0,
      rowsStored: (await count()) - before,
    });
  });

  it("the same through the domain function a server action calls", async () => {
    const ctx = await requireTenant(await actorWithRole(A, "AMBTENAAR"), { slug: A.slug }, "engagement:manage");
    await expect(createVestiging(ctx, { name: "Kapper\u0000", sector: "restaurant" })).rejects.toMatchObject({
      code: "VALIDATION",
      status: 422,
    });
  });

  it("absurd paging → 400 with a Dutch message", async () => {
    const list = await call(ondernemers.GET, { path: `${base()}/ondernemers?page=1000000000000000`, params: { gemeente: A.slug }, key });
    expect(list.status, JSON.stringify(list.json)).toBe(400);
    expect(list.json.detail).toMatch(/pagina/);
    const reg = await call(register.GET, { path: `${base()}/register?page=1000000000000000`, params: { gemeente: A.slug } });
    expect(reg.status, JSON.stringify(reg.json)).toBe(400);
  });

  it("a malformed slug → 404, never a 500", async () => {
    for (const slug of ["\u0000", "a\ud800", "%00", "samen stad"]) {
      const reg = await call(register.GET, { path: `/api/v1/gemeenten/x/register`, params: { gemeente: slug } });
      expect(reg.status, slug).toBe(404);
      const feed = await ics.GET(new Request("http://localhost/api/ics/x"), { params: Promise.resolve({ gemeente: slug }) });
      expect(feed.status, slug).toBe(404);
      await expect(publicTenant(slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("strict booleans (item 6)", () => {
  it('createEvent with public: "false" stays private: not on the public agenda or in the feed', async () => {
    const ctx = await requireTenant(await actorWithRole(A, "REGISSEUR"), { slug: A.slug }, "coalition:manage");
    const inDays = (d: number, h = 0) => new Date(Date.now() + d * 86_400_000 + h * 3_600_000).toISOString();
    const e = await createEvent(ctx, {
      kind: "WERKSESSIE",
      title: "Besloten werksessie",
      location: "Stadhuis",
      startsAt: inDays(3),
      endsAt: inDays(3, 2),
      public: "false",
    });
    expect(e.public).toBe(false);
    const listed = await listPublicEvents(await publicTenant(A.slug));
    expect(listed.map((x) => x.title)).not.toContain("Besloten werksessie");
    const on = await createEvent(ctx, {
      kind: "WERKSESSIE",
      title: "Open werksessie",
      location: "Stadhuis",
      startsAt: inDays(3),
      endsAt: inDays(3, 2),
      public: "on",
    });
    expect(on.public).toBe(true);
    await expect(
      createEvent(ctx, {
        kind: "WERKSESSIE",
        title: "Rare waarde",
        location: "Stadhuis",
        startsAt: inDays(3),
        endsAt: inDays(3, 2),
        public: "misschien",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
