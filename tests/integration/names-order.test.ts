/**
 * Names (issue 13, finding 5).
 * - Public lists (register page and API, aanbod) are ordered by a key that ignores leading
 *   punctuation, symbols and invisible characters, case and accents: "...Aap" sorts under A, not
 *   before everything; '"Zwaan' under Z.
 * - A name without a visible letter or digit is refused with a Dutch message on every path that
 *   creates or renames a vestiging, organisation, partner or offer (staff, self-service, API, CSV
 *   import), and by PostgreSQL itself as the app role.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { loadActor } from "@/lib/auth/session-user";
import { withTenant } from "@/lib/db/tenant";
import { hasVisibleLetterOrDigit, INVISIBLE_NAME_MESSAGE } from "@/lib/names";
import { publicRegister, publicRegisterPage } from "@/modules/engagement/server/public-register";
import { createVestiging, updateVestiging } from "@/modules/engagement/server/registry";
import { exposureList } from "@/modules/engagement/server/vasthouden";
import { importLonglist } from "@/modules/engagement/server/import-longlist";
import { createOffer, listPublicOffers } from "@/modules/offer/server/offers";
import { createPartner } from "@/modules/partners/server/create-partner";
import { registerOrganisation } from "@/modules/selfservice/server/self-service";
import * as collection from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/route";
import { actorWithRole, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor } from "./api-support";

type G = Awaited<ReturnType<typeof createGemeente>>;
let g: G;
let amb: TenantContext;
let reg: TenantContext;

const INVISIBLE = ["\u200B\u200B\u200B", "...", "  ", "★★★", "\u3164", "\u2060\uFEFF", "😀😀", "—"];
const VISIBLE = ["...Aap", "'t Hoekje", "金龙", "3D", "Émile", "Øresund", "Ελιά", "A"];

async function active(name: string) {
  const org = await ownerDb().organisation.create({ data: { name: `${name} bv` } });
  return ownerDb().vestiging.create({
    data: {
      gemeenteId: g.id,
      organisationId: org.id,
      name,
      sector: "bakker",
      step: "VASTHOUDEN",
      acknowledgedAt: new Date(Date.now() - 86_400_000),
      activeSince: new Date(),
    },
  });
}

beforeAll(async () => {
  g = await createGemeente({ name: "Naamstad" });
  amb = await requireTenant(await actorWithRole(g, "AMBTENAAR"), { slug: g.slug }, "engagement:manage");
  reg = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "coalition:manage");
});
afterAll(closeOwnerDb);

describe("one rule in code and in PostgreSQL", () => {
  it("the code's rule is never looser than the database's, and the sort keys agree", async () => {
    for (const name of [...INVISIBLE, ...VISIBLE]) {
      const db = (await ownerQuery(`SELECT name_is_visible($1) AS visible, name_sort_key($1) AS key`, [name])).rows[0];
      expect(hasVisibleLetterOrDigit(name), name).toBe(VISIBLE.includes(name));
      expect(db.visible, name).toBe(VISIBLE.includes(name));
    }
    const key = async (name: string) => (await ownerQuery(`SELECT name_sort_key($1) AS key`, [name])).rows[0].key;
    expect(await key("...Aap")).toBe("aap");
    expect(await key('"Émile Ørsted')).toBe("emile orsted");
    expect(await key("\u200B\u200B 't Hoekje")).toBe("t hoekje");
    expect(await key("😀 3D Print")).toBe("3d print");
  });
});

describe("public lists are ordered by the nl sort key", () => {
  it("the register (whole list, pages, letter index) ignores leading punctuation, case and accents", async () => {
    for (const n of ['"Zwaan', "...Aap", "bakker Bas", "Émile", "Eva", "zeeman", "¡Hola Café"]) await active(n);
    const expected = ["...Aap", "bakker Bas", "Émile", "Eva", "¡Hola Café", "zeeman", '"Zwaan'];
    expect((await publicRegister(await publicTenant(g.slug))).map((e) => e.name)).toEqual(expected);
    const page = await publicRegisterPage(await publicTenant(g.slug), { pageSize: 3 });
    expect(page.items.map((e) => e.name)).toEqual(expected.slice(0, 3));
    expect(page.letters).toEqual([
      { letter: "A", page: 1 },
      { letter: "B", page: 1 },
      { letter: "E", page: 1 },
      { letter: "H", page: 2 },
      { letter: "Z", page: 2 },
    ]);
  });

  it("the exposure list (celebrated milestones) uses the same order", async () => {
    for (const v of await ownerDb().vestiging.findMany({ where: { gemeenteId: g.id, name: { in: ['"Zwaan', "...Aap", "Émile"] } } })) {
      await ownerDb().milestone.create({
        data: { gemeenteId: g.id, vestigingId: v.id, title: "Eerste koffieochtend", achievedAt: new Date("2026-03-01"), celebrated: true },
      });
    }
    expect((await exposureList(amb)).map((e) => e.name)).toEqual(["...Aap", "Émile", '"Zwaan']);
  });

  it("the aanbod ignores leading punctuation in the title", async () => {
    const base = {
      provider: "Humanitas",
      providerEmail: "",
      targetGroups: ["IEDEREEN"],
      degrees: ["LICHT"],
      wijk: "",
      howToJoin: "Bel ons.",
      cost: "",
      description: "",
    };
    for (const title of ["!!! Zwemmen", "Breien", "...Aquarel", "wandelen"]) await createOffer(reg, { ...base, title });
    expect((await listPublicOffers(await publicTenant(g.slug))).map((o) => o.title)).toEqual([
      "...Aquarel",
      "Breien",
      "wandelen",
      "!!! Zwemmen",
    ]);
  });
});

describe("a name without a visible letter or digit is refused with a Dutch message", () => {
  const expectRefused = async (p: Promise<unknown>, field: string) => {
    const err = (await p.catch((e) => e)) as { code?: string; fieldErrors?: Record<string, string[]> };
    expect(err.code, JSON.stringify(err)).toBe("VALIDATION");
    expect(err.fieldErrors?.[field]).toEqual([INVISIBLE_NAME_MESSAGE]);
  };

  it("staff: create, rename, new organisation name", async () => {
    const before = await ownerDb().vestiging.count({ where: { gemeenteId: g.id } });
    for (const name of INVISIBLE.filter((n) => n.trim())) await expectRefused(createVestiging(amb, { name, sector: "bakker" }), "name");
    await expectRefused(createVestiging(amb, { name: "Goede Naam", sector: "bakker", organisationName: "\u200B" }), "organisationName");
    const v = await createVestiging(amb, { name: "Bakkerij Echt", sector: "bakker" });
    await expectRefused(updateVestiging(amb, v.id, { name: "\u200B\u200C\u200D" }), "name");
    expect(await ownerDb().vestiging.count({ where: { gemeenteId: g.id } })).toBe(before + 1);
    expect((await ownerDb().vestiging.findUniqueOrThrow({ where: { id: v.id } })).name).toBe("Bakkerij Echt");
  });

  it("self-service, API, CSV import, partners and offers", async () => {
    const u = await createUser();
    const actor = (await loadActor({ userId: u.id, sessionVersion: 0 }))!;
    await expectRefused(registerOrganisation(actor, g.slug, { name: "\u200B\u200B", sector: "bakker" }), "name");

    const key = (await keyFor(g, "AMBTENAAR")).key;
    const r = await call(collection.POST, {
      method: "POST",
      path: `/api/v1/gemeenten/${g.slug}/ondernemers`,
      params: { gemeente: g.slug },
      key,
      body: { name: "...", sector: "bakker" },
    });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe("VALIDATION");
    expect(r.json.fieldErrors.name).toEqual([INVISIBLE_NAME_MESSAGE]);

    const csv = ["naam;organisatie;sector", "\u200B\u200B;;bakker", "Echte Bakker;★;bakker"].join("\n");
    const err = (await importLonglist(amb, csv).catch((e) => e)) as { code: string; fieldErrors: Record<string, string[]> };
    expect(err.code).toBe("IMPORT_INVALID");
    expect(err.fieldErrors["regel 2"]).toContain(INVISIBLE_NAME_MESSAGE);
    expect(err.fieldErrors["regel 3"].join(" ")).toContain(INVISIBLE_NAME_MESSAGE);

    await expectRefused(createPartner(reg, { name: "\u200B\u200B\u200B", kind: "CULTUUR", circle: "LOKALE_COALITIE" }), "name");
    const offer = {
      title: "Koffie",
      provider: "★★",
      providerEmail: "",
      targetGroups: ["IEDEREEN"],
      degrees: ["LICHT"],
      howToJoin: "Kom langs.",
      cost: "",
      description: "",
    };
    await expectRefused(createOffer(reg, offer), "provider");
    await expectRefused(createOffer(reg, { ...offer, provider: "Humanitas", title: "\u200B\u200B" }), "title");
    expect(await ownerDb().organisation.count({ where: { name: "\u200B\u200B" } })).toBe(0);
  });

  it("PostgreSQL refuses it too, as the app role", async () => {
    const org = await ownerDb().organisation.create({ data: { name: "Echte Zaak" } });
    await expect(
      withTenant({ gemeenteId: g.id }, (db) =>
        db.vestiging.create({ data: { gemeenteId: g.id, organisationId: org.id, name: "\u200B\u200B", sector: "bakker" } }),
      ),
    ).rejects.toThrow(/Vestiging_name_visible/);
    await expect(
      withTenant({ gemeenteId: g.id }, (db) => db.organisation.update({ where: { id: org.id }, data: { name: "..." } })),
    ).rejects.toThrow(/Organisation_name_visible/);
    await expect(
      withTenant({ gemeenteId: g.id }, (db) => db.coalitionPartner.create({ data: { gemeenteId: g.id, name: "\u3164", kind: "CULTUUR" } })),
    ).rejects.toThrow(/CoalitionPartner_name_visible/);
    await expect(
      withTenant({ gemeenteId: g.id }, (db) =>
        db.supportOffer.create({ data: { gemeenteId: g.id, title: "Koffie", provider: "\u200B", targetGroups: [], degrees: [] } }),
      ),
    ).rejects.toThrow(/SupportOffer_names_visible/);
    expect((await ownerDb().organisation.findUniqueOrThrow({ where: { id: org.id } })).name).toBe("Echte Zaak");
  });
});
