/**
 * The sociale kaart (issue 17 item 2): structured fields, the public search with filters and pages,
 * the open JSON endpoint and its OpenAPI entry — all reading the one public predicate (real PostgreSQL).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { GET as aanbodGET } from "@/app/api/v1/gemeenten/[gemeente]/aanbod/route";
import { GET as openapiGET } from "@/app/api/v1/openapi.json/route";
import { createOffer, searchPublicOffers, updateOffer } from "@/modules/offer/server/offers";
import { OFFER_PAGE_SIZE } from "@/modules/offer/schemas";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;

const entry = (over: Record<string, unknown> = {}) => ({
  title: "Samen eten",
  provider: "Welzijn Aadorp",
  targetGroups: ["OUDEREN_75"],
  degrees: ["LICHT"],
  wijk: "Centrum",
  howToJoin: "Loop binnen.",
  ...over,
});
const titles = async (q: Record<string, string>) => (await searchPublicOffers(await publicTenant(a.slug), q)).items.map((o) => o.title);
const api = async (slug: string, qs = "") =>
  aanbodGET(new Request(`http://localhost/api/v1/gemeenten/${slug}/aanbod${qs}`), { params: Promise.resolve({ gemeente: slug }) });

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  regA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
  const regB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "coalition:manage");
  await createOffer(
    regA,
    entry({
      title: "Samen eten",
      locationName: "Buurthuis De Brug",
      address: "Kerkstraat 12",
      scheduleDays: ["DI"],
      startTime: "17:30",
      endTime: "19:30",
      costKind: "BEDRAG",
      costAmount: "5,00",
      accessibility: ["ROLSTOEL", "OV_DICHTBIJ"],
      targetGroups: ["IEDEREEN"],
    }),
  );
  await createOffer(
    regA,
    entry({
      title: "Koffieochtend",
      wijk: "Noord",
      scheduleDays: ["MA", "DO"],
      startTime: "10:00",
      endTime: "11:30",
      costKind: "GRATIS",
      accessibility: ["ROLSTOEL"],
    }),
  );
  await createOffer(
    regA,
    entry({ title: "Maatje", wijk: "Zuid", targetGroups: ["MANTELZORGERS"], scheduleNote: "Op afspraak", costKind: "GRATIS" }),
  );
  await createOffer(regA, entry({ title: "Verborgen", published: false, costKind: "GRATIS" }));
  await createOffer(regB, entry({ title: "Van Beekstad", costKind: "GRATIS" }));
  // An entrepreneur's entry whose vestiging may not be shown (parked): never public.
  const org = await ownerDb().organisation.create({ data: { name: "Bakkerij Stil" } });
  const v = await ownerDb().vestiging.create({
    data: {
      gemeenteId: a.id,
      organisationId: org.id,
      name: "Bakkerij Stil",
      sector: "bakker",
      step: "VASTHOUDEN",
      acknowledgedAt: new Date("2026-01-05"),
      acknowledgementChannel: "GESPREK",
      parkedAt: new Date(),
    },
  });
  await ownerDb().supportOffer.create({
    data: {
      gemeenteId: a.id,
      title: "Klets-kassa Stil",
      provider: "Bakkerij Stil",
      targetGroups: ["IEDEREEN"],
      degrees: ["LICHT"],
      costKind: "GRATIS",
      vestigingId: v.id,
    },
  });
});
afterAll(closeOwnerDb);

describe("structured fields", () => {
  it("are stored and shown: place, schedule, cost in cents, accessibility", async () => {
    const r = await searchPublicOffers(await publicTenant(a.slug), {});
    const eten = r.items.find((o) => o.title === "Samen eten")!;
    expect(eten).toMatchObject({
      locationName: "Buurthuis De Brug",
      address: "Kerkstraat 12",
      scheduleDays: ["DI"],
      startTime: "17:30",
      endTime: "19:30",
      costKind: "BEDRAG",
      costCents: 500,
      accessibility: ["ROLSTOEL", "OV_DICHTBIJ"],
    });
    expect(JSON.stringify(r.items)).not.toContain("providerEmail");
  });

  it("bad combinations get Dutch field errors and change nothing", async () => {
    const err = await createOffer(
      regA,
      entry({ startTime: "12:00", endTime: "11:00", costKind: "BEDRAG", scheduleDays: ["XX"], accessibility: ["VLIEGEN"] }),
    ).catch((e) => e);
    expect(err).toMatchObject({ code: "VALIDATION" });
    expect(Object.keys(err.fieldErrors).sort()).toEqual(["accessibility", "costAmount", "endTime", "scheduleDays"]);
    const err2 = await createOffer(regA, entry({ startTime: "12:00", endTime: "11:00", costKind: "BEDRAG" })).catch((e) => e);
    expect(Object.keys(err2.fieldErrors).sort()).toEqual(["costAmount", "endTime"]);
    expect(err2.fieldErrors.endTime[0]).toBe("De eindtijd moet na de begintijd zijn.");
  });

  it("the database refuses what the form would refuse (a rule where the data lives)", async () => {
    const id = (await ownerQuery(`SELECT id FROM "SupportOffer" WHERE title = 'Koffieochtend'`)).rows[0].id;
    for (const set of [
      `"costKind" = 'BEDRAG'`,
      `"costCents" = 100`,
      `"endTime" = '09:00'`,
      `"startTime" = '25:00'`,
      `"scheduleDays" = ARRAY['XX']`,
      `"accessibility" = ARRAY['VLIEGEN']`,
      `"costKind" = 'DUUR'`,
    ]) {
      await expect(ownerQuery(`UPDATE "SupportOffer" SET ${set} WHERE id = $1`, [id]), set).rejects.toThrow(/check constraint/);
    }
  });

  it("a staff edit keeps or clears the fields", async () => {
    const id = (await ownerQuery(`SELECT id FROM "SupportOffer" WHERE title = 'Koffieochtend'`)).rows[0].id;
    const o = await updateOffer(
      regA,
      id,
      entry({
        title: "Koffieochtend",
        wijk: "Noord",
        scheduleDays: ["MA", "DO"],
        startTime: "10:00",
        endTime: "11:30",
        costKind: "GRATIS",
        accessibility: ["ROLSTOEL", "RINGLEIDING"],
      }),
    );
    expect(o.accessibility).toEqual(["ROLSTOEL", "RINGLEIDING"]);
    expect(o.costCents).toBeNull();
  });
});

describe("public search", () => {
  it("shows only published, shown entries of the own gemeente", async () => {
    expect(await titles({})).toEqual(["Koffieochtend", "Maatje", "Samen eten"]);
  });

  it("filters on doelgroep (everyone's activities included), wijk, day, part of the day, cost and accessibility", async () => {
    expect(await titles({ doelgroep: "MANTELZORGERS" })).toEqual(["Maatje", "Samen eten"]);
    expect(await titles({ wijk: "noord" })).toEqual(["Koffieochtend"]);
    expect(await titles({ dag: "DO" })).toEqual(["Koffieochtend"]);
    expect(await titles({ dagdeel: "AVOND" })).toEqual(["Samen eten"]);
    expect(await titles({ dagdeel: "ochtend" })).toEqual(["Koffieochtend"]);
    expect(await titles({ kosten: "GRATIS" })).toEqual(["Koffieochtend", "Maatje"]);
    expect(await titles({ toegankelijk: "ROLSTOEL" })).toEqual(["Koffieochtend", "Samen eten"]);
    expect(await titles({ toegankelijk: "ROLSTOEL,OV_DICHTBIJ" })).toEqual(["Samen eten"]);
    expect(await titles({ kosten: "GRATIS", dag: "DI" })).toEqual([]);
    const r = await searchPublicOffers(await publicTenant(a.slug), {});
    expect(r.wijken).toEqual(["Centrum", "Noord", "Zuid"]);
  });

  it("names bad filter values in Dutch", async () => {
    const err = await searchPublicOffers(await publicTenant(a.slug), { dag: "zondagmiddag", toegankelijk: "VLIEGEN" }).catch((e) => e);
    expect(err).toMatchObject({ code: "VALIDATION" });
    expect(err.fieldErrors.dag[0]).toBe("Kies een dag van de week.");
    expect(Object.keys(err.fieldErrors).sort()).toEqual(["dag", "toegankelijk"]);
  });

  it("pages by title, 20 a page", async () => {
    const many = await createGemeente({ name: "Veeldorp" });
    const reg = await requireTenant(await actorWithRole(many, "REGISSEUR"), { slug: many.slug }, "coalition:manage");
    for (let i = 1; i <= OFFER_PAGE_SIZE + 3; i++)
      await createOffer(reg, entry({ title: `Activiteit ${String(i).padStart(2, "0")}`, costKind: "GRATIS" }));
    const p2 = await searchPublicOffers(await publicTenant(many.slug), { pagina: "2" });
    expect(p2).toMatchObject({ page: 2, pages: 2, total: OFFER_PAGE_SIZE + 3, matching: OFFER_PAGE_SIZE + 3 });
    expect(p2.items.map((o) => o.title)).toEqual(["Activiteit 21", "Activiteit 22", "Activiteit 23"]);
  });
});

describe("GET /api/v1/gemeenten/{g}/aanbod", () => {
  it("answers without a key, with the same filters and the meta", async () => {
    const res = await api(a.slug, "?kosten=gratis&toegankelijk=ROLSTOEL");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = await res.json();
    expect(body.data.map((o: { title: string }) => o.title)).toEqual(["Koffieochtend"]);
    expect(body.meta).toEqual({ page: 1, pageSize: OFFER_PAGE_SIZE, pages: 1, total: 3, matching: 1 });
    expect(JSON.stringify(body)).not.toMatch(/Verborgen|Stil|Beekstad|providerEmail/);
  });

  it("bad filters: 422 with Dutch field errors; unknown gemeente: 404", async () => {
    const res = await api(a.slug, "?dag=XX");
    expect(res.status).toBe(422);
    expect((await res.json()).fieldErrors.dag[0]).toBe("Kies een dag van de week.");
    expect((await api("bestaat-niet")).status).toBe(404);
  });

  it("is in the OpenAPI document, public, with the filters and the activity schema", async () => {
    const doc = await (await openapiGET()).json();
    const op = doc.paths["/api/v1/gemeenten/{gemeente}/aanbod"].get;
    expect(op.security).toEqual([]);
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["gemeente", "doelgroep", "wijk", "dag", "dagdeel", "kosten", "toegankelijk", "pagina"]),
    );
    expect(doc.components.schemas.Activiteit.properties.costKind.enum).toEqual(["GRATIS", "BEDRAG", "ONBEKEND"]);
  });
});
