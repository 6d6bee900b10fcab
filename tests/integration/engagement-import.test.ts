/** CSV longlist import: all or nothing, per-row Dutch errors. Real PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { importLonglist } from "@/modules/engagement/server/import-longlist";
import { searchVestigingen } from "@/modules/engagement/server/registry";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { codeOf, contextFor, type Gem } from "./engagement-support";

let g: Gem;
let amb: TenantContext;
const count = async () =>
  (await ownerQuery(`SELECT count(*)::int AS n FROM "Vestiging" WHERE "gemeenteId" = $1`, [g.id])).rows[0].n as number;

beforeAll(async () => {
  g = await createGemeente({ name: "Importdorp" });
  amb = await contextFor(g, "AMBTENAAR");
  await ownerDb().organisation.create({ data: { name: "Jumbo Landelijk", nationalChain: true } });
});
afterAll(closeOwnerDb);

const GOOD = [
  "naam;organisatie;sector;adres;wijk;bron;contactpersoon;email;telefoon",
  "Jumbo Markt;Jumbo Landelijk;supermarkt;Markt 1;Centrum;Nationale Coalitie;Jan Jansen;jan@jumbo.test;0101234567",
  'Kapper Frank;;Kapper;"Dorpsstraat 2; achter";Noord;warm contact;;;',
  "Bakkertje Deeg;;bakker;Kerkweg 3;Zuid;;Els;;",
].join("\r\n");

describe("longlist import", () => {
  it("imports a good file in one go, with contact persons and chain linking", async () => {
    const res = await importLonglist(amb, GOOD);
    expect(res.created).toBe(3);
    const list = await searchVestigingen(amb, { sort: "name" });
    expect(list.items.map((i) => i.name)).toEqual(["Bakkertje Deeg", "Jumbo Markt", "Kapper Frank"]);
    const jumbo = list.items.find((i) => i.name === "Jumbo Markt")!;
    expect(jumbo.organisation.name).toBe("Jumbo Landelijk");
    expect(jumbo.leadSource).toBe("NATIONALE_COALITIE");
    const kapper = list.items.find((i) => i.name === "Kapper Frank")!;
    expect(kapper.address).toBe("Dorpsstraat 2; achter");
    expect(kapper.matrixScore).toBe(2); // sector + warm contact
    const persons = await ownerQuery(`SELECT name FROM "ContactPerson" WHERE "gemeenteId" = $1 ORDER BY name`, [g.id]);
    expect(persons.rows.map((r) => r.name)).toEqual(["Els", "Jan Jansen"]);
  });

  it("a file with bad rows imports nothing and reports each row in Dutch", async () => {
    const before = await count();
    const bad = [
      "naam;sector;email;bron",
      "Goede Winkel;detailhandel;;",
      ";kapper;;",
      "Onbekend BV;ruimtevaart;geen-mail;",
      "Nog Een Goede;bakker;;via de buurvrouw",
    ].join("\n");
    const err = await importLonglist(amb, bad).catch((e) => e);
    expect(err.code).toBe("IMPORT_INVALID");
    expect(err.message).toMatch(/Er is niets ingelezen: 3 regels hebben een fout/);
    expect(err.rows.map((r: { line: number }) => r.line)).toEqual([3, 4, 5]);
    expect(err.fieldErrors["regel 3"]).toEqual(["De naam ontbreekt."]);
    expect(err.fieldErrors["regel 4"].join(" ")).toMatch(/sector 'ruimtevaart'/);
    expect(err.fieldErrors["regel 5"].join(" ")).toMatch(/bron 'via de buurvrouw'/);
    expect(await count()).toBe(before);
  });

  it("rows already in the register are refused and nothing is imported", async () => {
    const before = await count();
    const err = await importLonglist(amb, "naam;sector;adres\nNieuwe Zaak;kapper;Laan 9\nBakkertje Deeg;bakker;Kerkweg 3\n").catch(
      (e) => e,
    );
    expect(err.code).toBe("IMPORT_INVALID");
    expect(err.rows).toEqual([{ line: 3, messages: ["Deze vestiging staat al in het register (zelfde naam en adres)."] }]);
    expect(await count()).toBe(before);
  });

  it("an exclusivity column is refused by the principle", async () => {
    expect(await codeOf(importLonglist(amb, "naam;sector;exclusief\nA;kapper;ja\n"))).toBe("PRINCIPLE_NOT_EXCLUSIVE");
  });

  it("an empty file or a file without the header is refused", async () => {
    expect(await codeOf(importLonglist(amb, ""))).toBe("IMPORT_INVALID");
    expect(await codeOf(importLonglist(amb, "a;b\n1;2"))).toBe("IMPORT_INVALID");
  });

  it("imports 2,000 rows inside one transaction", async () => {
    const lines = ["naam;sector;wijk"];
    for (let i = 0; i < 2000; i++) lines.push(`Bulk ${i};kapper;Wijk ${i % 20}`);
    // Must fit inside the tenant transaction's timeout (src/lib/db/tenant.ts).
    const res = await importLonglist(amb, lines.join("\n"));
    expect(res.created).toBe(2000);
  });
});
