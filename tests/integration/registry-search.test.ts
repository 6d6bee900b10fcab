/**
 * Registry text search (searchVestigingen q): the same answers as the old ILIKE on the vestiging
 * name and the organisation name, now served from lower-cased copies on Vestiging that the
 * database keeps right (migration *_registry_search). Real PostgreSQL, app role with RLS.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { withTenant } from "@/lib/db/tenant";
import { createVestiging, searchVestigingen, updateVestiging } from "@/modules/engagement/server/registry";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { contextFor, type Gem } from "./engagement-support";

let a: Gem;
let b: Gem;
let ambA: TenantContext;
let ambB: TenantContext;

/** Lower case without accents (the reference the SQL search_fold must agree with for these names). */
const fold = (s: string) => s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");

const names = async (ctx: TenantContext, q: string, extra: Record<string, unknown> = {}) =>
  (await searchVestigingen(ctx, { q, pageSize: 200, ...extra })).items.map((i) => i.name);

beforeAll(async () => {
  a = await createGemeente({ name: "Zoekstad" });
  b = await createGemeente({ name: "Andersdorp" });
  ambA = await contextFor(a, "AMBTENAAR");
  ambB = await contextFor(b, "AMBTENAAR");
  await createVestiging(ambA, { name: "Bakkerij De Korenschoof", sector: "bakker", organisationName: "Korenschoof BV" });
  await createVestiging(ambA, { name: "Hoek 12", sector: "bakker", organisationName: "Warme Bakkerij Van Dam" });
  await createVestiging(ambA, { name: "Café Centraal", sector: "restaurant" });
  await createVestiging(ambA, { name: "Kapsalon 100% Knip", sector: "kapper" });
  await createVestiging(ambA, { name: "Kapsalon Knip_Art", sector: "kapper" });
  await createVestiging(ambA, { name: "ÉÉN KEER KOFFIE", sector: "restaurant" });
  await createVestiging(ambB, { name: "Bakkerij De Korenschoof", sector: "bakker", organisationName: "Korenschoof Andersdorp" });
});
afterAll(closeOwnerDb);

describe("registry text search", () => {
  it("matches the vestiging name or the organisation name, case-insensitively", async () => {
    expect(await names(ambA, "BAKKERIJ")).toEqual(["Bakkerij De Korenschoof", "Hoek 12"]);
    expect(await names(ambA, "van dam")).toEqual(["Hoek 12"]);
    expect(await names(ambA, "korenschoof bv")).toEqual(["Bakkerij De Korenschoof"]);
    expect(await names(ambA, "één keer")).toEqual(["ÉÉN KEER KOFFIE"]);
    expect(await names(ambA, "niets hiervan")).toEqual([]);
  });

  it("ignores accents on both sides: cafe finds Café, een finds ÉÉN, CAFÉ finds it too", async () => {
    expect(await names(ambA, "CAFÉ")).toEqual(["Café Centraal"]);
    expect(await names(ambA, "cafe")).toEqual(["Café Centraal"]);
    expect(await names(ambA, "een keer")).toEqual(["ÉÉN KEER KOFFIE"]);
    expect(await names(ambA, "ÉÉN")).toEqual(["ÉÉN KEER KOFFIE"]);
  });

  it("takes q literally: % _ and \\ mean themselves (the old ILIKE took them as wildcards)", async () => {
    expect(await names(ambA, "100%")).toEqual(["Kapsalon 100% Knip"]);
    expect(await names(ambA, "%")).toEqual(["Kapsalon 100% Knip"]);
    expect(await names(ambA, "_")).toEqual(["Kapsalon Knip_Art"]);
    expect(await names(ambA, "p_a")).toEqual(["Kapsalon Knip_Art"]);
    expect(await names(ambA, "k_p")).toEqual([]); // a wildcard would match "Kap…"
    expect(await names(ambA, "\\")).toEqual([]);
    expect(await names(ambA, "x\\%")).toEqual([]);
  });

  it("gives the answers of a plain 'contains' without case and accents on name and organisation name", async () => {
    const rows = await withTenant({ gemeenteId: a.id }, (db) =>
      db.vestiging.findMany({
        select: { name: true, organisation: { select: { name: true } } },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
    );
    const queries = [
      "bakkerij",
      "BAKKERIJ",
      "kap",
      "100%",
      "%",
      "_",
      "knip_",
      "p_a",
      "café",
      "CAFÉ",
      "cafe",
      "één",
      "een",
      "EEN KEER",
      "Van Dam",
      "bv",
      "o",
      "\\",
      "x\\%",
    ];
    for (const q of queries) {
      const expected = rows.filter((r) => fold(r.name).includes(fold(q)) || fold(r.organisation.name).includes(fold(q))).map((r) => r.name);
      const now = await searchVestigingen(ambA, { q, pageSize: 200 });
      expect({ q, names: now.items.map((i) => i.name) }).toEqual({ q, names: expected });
      expect(now.total).toBe(expected.length);
    }
  });

  it("the wijk filter is an exact, case-insensitive match: a % in it is not a wildcard", async () => {
    await createVestiging(ambA, { name: "Buurtwinkel Oost", sector: "detailhandel", wijk: "Oost" });
    expect((await searchVestigingen(ambA, { wijk: "oost", pageSize: 200 })).items.map((i) => i.name)).toEqual(["Buurtwinkel Oost"]);
    expect((await searchVestigingen(ambA, { wijk: "%", pageSize: 200 })).items).toEqual([]);
    expect((await searchVestigingen(ambA, { wijk: "Oos_", pageSize: 200 })).items).toEqual([]);
  });

  it("never returns another gemeente's rows, and counts only this gemeente's", async () => {
    const r = await searchVestigingen(ambA, { q: "korenschoof" });
    expect(r.total).toBe(1);
    expect(r.items.map((i) => i.organisation.name)).toEqual(["Korenschoof BV"]);
    expect(await names(ambA, "andersdorp")).toEqual([]);
    expect(await names(ambB, "korenschoof")).toEqual(["Bakkerij De Korenschoof"]);
    expect((await searchVestigingen(ambB, { q: "korenschoof" })).items[0].organisation.name).toBe("Korenschoof Andersdorp");
  });

  it("a renamed (national) organisation is found under its new name in every gemeente, not under the old one", async () => {
    const chain = await ownerDb().organisation.create({ data: { name: "Drogisterijketen Oud", nationalChain: true } });
    await createVestiging(ambA, { name: "Filiaal Markt", sector: "drogist", organisationId: chain.id });
    await createVestiging(ambB, { name: "Filiaal Dorp", sector: "drogist", organisationId: chain.id });
    expect(await names(ambA, "ketEN oud")).toEqual(["Filiaal Markt"]);
    // Renamed by the app role while gemeente A is set: B's vestiging follows too.
    await withTenant({ gemeenteId: a.id }, (db) =>
      db.organisation.update({ where: { id: chain.id }, data: { name: "Gezondheidswinkel Nieuw" } }),
    );
    expect(await names(ambA, "ketEN oud")).toEqual([]);
    expect(await names(ambA, "gezondheidswinkel")).toEqual(["Filiaal Markt"]);
    expect(await names(ambB, "GEZONDHEIDSWINKEL nieuw")).toEqual(["Filiaal Dorp"]);
    expect(await names(ambB, "drogisterijketen")).toEqual([]);
  });

  it("the rename reaches every gemeente also when the function owner is itself subject to row-level security", async () => {
    // Production: the migration owner need not be a superuser; forced RLS then applies to it.
    const role = "sk_test_search_owner";
    await ownerQuery(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
      CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS; END IF; END $$`);
    await ownerQuery(`GRANT SELECT ON "Gemeente", "Organisation" TO ${role}`);
    await ownerQuery(`GRANT SELECT, UPDATE ON "Vestiging" TO ${role}`);
    await ownerQuery(`GRANT EXECUTE ON FUNCTION app_current_gemeente() TO ${role}`);
    await ownerQuery(`ALTER FUNCTION organisation_search_rename() OWNER TO ${role}`);
    try {
      const chain = await ownerDb().organisation.create({ data: { name: "Boekhandelketen Eerst", nationalChain: true } });
      await createVestiging(ambA, { name: "Boeken Plein", sector: "boekhandel", organisationId: chain.id });
      await createVestiging(ambB, { name: "Boeken Brink", sector: "boekhandel", organisationId: chain.id });
      await withTenant({ gemeenteId: b.id }, (db) =>
        db.organisation.update({ where: { id: chain.id }, data: { name: "Leesketen Later" } }),
      );
      expect(await names(ambA, "leesketen")).toEqual(["Boeken Plein"]);
      expect(await names(ambB, "leesketen")).toEqual(["Boeken Brink"]);
      // The caller's tenant setting is left as it was.
      const setting = await withTenant({ gemeenteId: b.id }, async (db) => {
        await db.organisation.update({ where: { id: chain.id }, data: { name: "Leesketen Laatst" } });
        return db.$queryRaw<{ g: string }[]>`SELECT current_setting('app.gemeente_id', true) AS g`;
      });
      expect(setting[0].g).toBe(b.id);
    } finally {
      await ownerQuery(`ALTER FUNCTION organisation_search_rename() OWNER TO CURRENT_USER`);
    }
  });

  it("follows a vestiging to another organisation, whoever writes it; the copy cannot be written by hand", async () => {
    const v = await createVestiging(ambA, { name: "Winkel Zonder Keten", sector: "drogist" });
    const other = await ownerDb().organisation.create({ data: { name: "Overnemer Holding" } });
    await ownerQuery(`UPDATE "Vestiging" SET "organisationId" = $1 WHERE id = $2`, [other.id, v.id]);
    expect(await names(ambA, "overnemer")).toEqual(["Winkel Zonder Keten"]);
    await ownerQuery(`UPDATE "Vestiging" SET "searchOrganisation" = 'verzonnen', "searchName" = 'verzonnen' WHERE id = $1`, [v.id]);
    expect(await names(ambA, "verzonnen")).toEqual([]);
    expect(await names(ambA, "overnemer")).toEqual(["Winkel Zonder Keten"]);
    expect(await names(ambA, "zonder keten")).toEqual(["Winkel Zonder Keten"]);
    // A new name of the vestiging itself is found at once, the old one no longer.
    await updateVestiging(ambA, v.id, { name: "Winkel Met Nieuwe Naam" });
    expect(await names(ambA, "met nieuwe")).toEqual(["Winkel Met Nieuwe Naam"]);
    expect(await names(ambA, "zonder keten")).toEqual([]);
    // A set-based insert outside the domain code (as the scale seed does) gets the copy too.
    const org = await ownerDb().organisation.create({ data: { name: "Rechtstreeks Ingevoerd BV" } });
    await ownerQuery(
      `INSERT INTO "Vestiging"(id, "gemeenteId", "organisationId", name, sector, "updatedAt") VALUES (gen_random_uuid()::text, $1, $2, 'Zijdeur', 'drogist', now())`,
      [a.id, org.id],
    );
    expect(await names(ambA, "rechtstreeks")).toEqual(["Zijdeur"]);
  });

  it("pages through the matches in a stable order together with the other filters", async () => {
    for (let i = 0; i < 7; i++)
      await createVestiging(ambA, { name: `Bloemenzaak ${i}`, sector: i % 2 ? "detailhandel" : "kapper", organisationName: `Flora ${i}` });
    const all = await searchVestigingen(ambA, { q: "FLORA", sector: "detailhandel", sort: "name", dir: "desc", pageSize: 2 });
    expect(all.total).toBe(3);
    expect(all.pages).toBe(2);
    const p2 = await searchVestigingen(ambA, { q: "FLORA", sector: "detailhandel", sort: "name", dir: "desc", pageSize: 2, page: 2 });
    expect([...all.items, ...p2.items].map((i) => i.name)).toEqual(["Bloemenzaak 5", "Bloemenzaak 3", "Bloemenzaak 1"]);
    const beyond = await searchVestigingen(ambA, { q: "FLORA", sector: "detailhandel", pageSize: 2, page: 9 });
    expect(beyond).toMatchObject({ total: 3, items: [] });
  });
});
