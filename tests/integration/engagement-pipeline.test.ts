/** Registry, matrix, pipeline moves with history, park/revive, contact moments. Real PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import {
  createVestiging,
  getVestiging,
  searchVestigingen,
  setMotivesAndFiveMs,
  updateMatrix,
  updateVestiging,
} from "@/modules/engagement/server/registry";
import { listStepHistory, moveStep, parkRelation, promoteToPipeline, reviveRelation } from "@/modules/engagement/server/pipeline";
import { addContactPerson, listContactMoments, listNextActions, recordContactMoment } from "@/modules/engagement/server/contacts";
import { withTenant } from "@/lib/db/tenant";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { codeOf, contextFor, type Gem } from "./engagement-support";

let g: Gem;
let amb: TenantContext;
let loket: TenantContext;

beforeAll(async () => {
  g = await createGemeente({ name: "Pijplijnstad" });
  amb = await contextFor(g, "AMBTENAAR");
  loket = await contextFor(g, "LOKET");
});
afterAll(closeOwnerDb);

describe("registry", () => {
  it("creates a relation with a fixed-list sector and refuses an unknown one in Dutch", async () => {
    const v = await createVestiging(amb, { name: "Bakker Bol", sector: "bakker", wijk: "Noord", leadSource: "WARM_CONTACT" });
    expect(v).toMatchObject({ step: "VOORBEREIDEN", critSector: true, critWarmContact: true, matrixScore: 2 });
    const err = await createVestiging(amb, { name: "X", sector: "ruimtevaart" }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.sector[0]).toMatch(/Kies een sector/);
  });

  it("a national chain is one organisation with vestigingen in many gemeenten", async () => {
    const chain = await ownerDb().organisation.create({ data: { name: "Supermarktketen NL", nationalChain: true } });
    const other = await createGemeente();
    const otherAmb = await contextFor(other, "AMBTENAAR");
    const a = await createVestiging(amb, { name: "Keten Centrum", sector: "supermarkt", organisationName: "supermarktketen nl" });
    const b = await createVestiging(otherAmb, { name: "Keten Dorp", sector: "supermarkt", organisationId: chain.id });
    expect(a.organisationId).toBe(chain.id);
    expect(b.organisationId).toBe(chain.id);
    const mine = await searchVestigingen(amb, { q: "Keten" });
    expect(mine.items.map((i) => i.name)).toEqual(["Keten Centrum"]);
  });

  it("refuses an accounthouder who is not staff of this gemeente", async () => {
    const v = await createVestiging(amb, { name: "Kapper Frank", sector: "kapper" });
    expect(await codeOf(updateVestiging(amb, v.id, { accountHolderId: "00000000-0000-4000-8000-000000000000" }))).toBe("VALIDATION");
    const ok = await updateVestiging(amb, v.id, { accountHolderId: amb.userId });
    expect(ok.accountHolderId).toBe(amb.userId);
  });

  it("searches, filters, sorts and pages", async () => {
    for (let i = 0; i < 12; i++) {
      await createVestiging(amb, {
        name: `Filter Winkel ${String(i).padStart(2, "0")}`,
        sector: i % 2 ? "kapper" : "drogist",
        wijk: i < 6 ? "Oost" : "West",
      });
    }
    const page1 = await searchVestigingen(amb, { q: "filter winkel", sector: "kapper", sort: "name", pageSize: 4 });
    expect(page1.total).toBe(6);
    expect(page1.pages).toBe(2);
    expect(page1.items.map((i) => i.name)).toEqual(["Filter Winkel 01", "Filter Winkel 03", "Filter Winkel 05", "Filter Winkel 07"]);
    const page2 = await searchVestigingen(amb, { q: "filter winkel", sector: "kapper", sort: "name", pageSize: 4, page: 2 });
    expect(page2.items.map((i) => i.name)).toEqual(["Filter Winkel 09", "Filter Winkel 11"]);
    const west = await searchVestigingen(amb, { q: "filter", wijk: "west", sort: "name", dir: "desc" });
    expect(west.items[0].name).toBe("Filter Winkel 11");
    expect(west.total).toBe(6);
    expect(await codeOf(searchVestigingen(amb, { sort: "geheim" }))).toBe("VALIDATION");
  });

  it("reading needs engagement:read; managing needs engagement:manage", async () => {
    expect(await codeOf(searchVestigingen(loket))).toBe("FORBIDDEN");
    expect(await codeOf(createVestiging(loket, { name: "X", sector: "bakker" }))).toBe("FORBIDDEN");
  });
});

describe("shortlist matrix and promotion", () => {
  it("counts crosses, sorts by them and promotes the top ones to VERBINDEN with history", async () => {
    const ids: Record<string, string> = {};
    for (const [name, crosses] of [
      ["Matrix A", 1],
      ["Matrix B", 5],
      ["Matrix C", 3],
      ["Matrix D", 6],
    ] as const) {
      const v = await createVestiging(amb, { name, sector: "overig" });
      const keys = ["critSector", "critImago", "critMvo", "critGoals", "critPriorWork", "critWarmContact"];
      const updated = await updateMatrix(amb, v.id, Object.fromEntries(keys.map((k, i) => [k, i < crosses])));
      expect(updated.matrixScore).toBe(crosses);
      ids[name] = v.id;
    }
    const list = await searchVestigingen(amb, { q: "Matrix", sort: "matrixScore", dir: "desc" });
    expect(list.items.map((i) => i.name)).toEqual(["Matrix D", "Matrix B", "Matrix C", "Matrix A"]);

    // Partial update keeps the other crosses.
    const partial = await updateMatrix(amb, ids["Matrix A"], { critImago: true });
    expect(partial.matrixScore).toBe(2);

    const res = await promoteToPipeline(amb, { vestigingIds: [ids["Matrix D"], ids["Matrix B"]] });
    expect(res.promoted.map((p) => p.name).sort()).toEqual(["Matrix B", "Matrix D"]);
    const hist = await listStepHistory(amb, ids["Matrix D"]);
    expect(hist[0]).toMatchObject({ kind: "PROMOTE", fromStep: "VOORBEREIDEN", toStep: "VERBINDEN", byUserId: amb.userId });
    // Promoting again is refused, nothing changes.
    expect(await codeOf(promoteToPipeline(amb, { vestigingIds: [ids["Matrix C"], ids["Matrix D"]] }))).toBe("NOT_ON_SHORTLIST");
    const c = await ownerQuery(`SELECT step FROM "Vestiging" WHERE id = $1`, [ids["Matrix C"]]);
    expect(c.rows[0].step).toBe("VOORBEREIDEN");
  });
});

describe("pipeline moves", () => {
  it("moves any step to any step, going back allowed, recording who/when/why", async () => {
    const v = await createVestiging(amb, { name: "Fysio Beweeg", sector: "fysiotherapeut" });
    await moveStep(amb, v.id, { to: "VERLEIDEN", reason: "Goed eerste gesprek" });
    await moveStep(amb, v.id, { to: "VOORBEREIDEN", reason: "Terug: eerst propositie scherp" });
    await moveStep(amb, v.id, { to: "VERBINDEN", reason: "Test" });
    const hist = await listStepHistory(amb, v.id);
    expect(hist.map((h) => [h.fromStep, h.toStep])).toEqual([
      ["VOORBEREIDEN", "VERBINDEN"],
      ["VERLEIDEN", "VOORBEREIDEN"],
      ["VOORBEREIDEN", "VERLEIDEN"],
    ]);
    expect(hist[1]).toMatchObject({ reason: "Terug: eerst propositie scherp", byUserId: amb.userId, kind: "MOVE" });
    expect(hist.every((h) => h.at instanceof Date)).toBe(true);
  });

  it("the history row is written in the same transaction as the move (all or nothing)", async () => {
    const v = await createVestiging(amb, { name: "Atomair BV", sector: "overig" });
    // Make the StepChange insert fail after the Vestiging update: a CHECK constraint on this row only.
    await ownerQuery(`ALTER TABLE "StepChange" ADD CONSTRAINT test_block CHECK ("vestigingId" <> '${v.id}')`);
    try {
      await expect(moveStep(amb, v.id, { to: "VERBINDEN", reason: "Test" })).rejects.toThrow();
    } finally {
      await ownerQuery(`ALTER TABLE "StepChange" DROP CONSTRAINT test_block`);
    }
    const row = await ownerQuery(`SELECT step FROM "Vestiging" WHERE id = $1`, [v.id]);
    expect(row.rows[0].step).toBe("VOORBEREIDEN");
  });

  it("refuses a move to the same step and an unknown step", async () => {
    const v = await createVestiging(amb, { name: "Zelfde Stap", sector: "overig" });
    expect(await codeOf(moveStep(amb, v.id, { to: "VOORBEREIDEN", reason: "Test" }))).toBe("SAME_STEP");
    expect(await codeOf(moveStep(amb, v.id, { to: "KLAAR", reason: "Test" }))).toBe("VALIDATION");
  });

  it("parks with a reason, refuses moves while parked, and revives", async () => {
    const v = await createVestiging(amb, { name: "Twijfelaar Shop", sector: "detailhandel" });
    await moveStep(amb, v.id, { to: "VERBINDEN", reason: "Test" });
    expect(await codeOf(parkRelation(amb, v.id, { reason: "" }))).toBe("VALIDATION");
    const parked = await parkRelation(amb, v.id, { reason: "Twijfelt na eerste gesprek: geen energie in steken" });
    expect(parked.parkedReason).toMatch(/geen energie/);
    expect(await codeOf(moveStep(amb, v.id, { to: "VERLEIDEN", reason: "Test" }))).toBe("RELATION_PARKED");
    const parkedList = await searchVestigingen(amb, { parked: true });
    expect(parkedList.items.map((i) => i.name)).toContain("Twijfelaar Shop");
    await reviveRelation(amb, v.id, { reason: "Belde zelf terug" });
    expect((await moveStep(amb, v.id, { to: "VERLEIDEN", reason: "Test" })).step).toBe("VERLEIDEN");
    const kinds = (await listStepHistory(amb, v.id)).map((h) => h.kind);
    expect(kinds).toEqual(["MOVE", "REVIVE", "PARK", "MOVE"]);
  });
});

describe("contact moments", () => {
  it("records the five gespreksstarter parts, outcome and next action, and tracks last contact", async () => {
    const v = await createVestiging(amb, { name: "Apotheek Pillen en Praten", sector: "apotheek" });
    await addContactPerson(amb, v.id, { name: "Anna Apotheker", email: "anna@apotheek.test", role: "Eigenaar" });
    const at = new Date("2026-11-01T10:00:00Z");
    const m = await recordContactMoment(amb, v.id, {
      kind: "BEZOEK",
      at,
      partContact: "Eigenaar had tijd",
      partDoelgroep: "Ouderen die vaak komen",
      partRol: "Signaleren bij bezorging",
      partPropositie: "Training signaleren",
      partActie: "Twee medewerkers volgen de training",
      outcome: "Positief",
      nextAction: "Training inplannen",
      nextActionDate: "2026-11-15",
    });
    expect(m).toMatchObject({ kind: "BEZOEK", byUserId: amb.userId, partRol: "Signaleren bij bezorging" });
    const detail = await getVestiging(amb, v.id);
    expect(detail.lastContactAt?.toISOString()).toBe(at.toISOString());
    expect(detail.contactPersons[0].name).toBe("Anna Apotheker");
    // An older moment does not move lastContactAt back.
    await recordContactMoment(amb, v.id, { kind: "TELEFOON", at: new Date("2026-10-01T10:00:00Z") });
    expect((await getVestiging(amb, v.id)).lastContactAt?.toISOString()).toBe(at.toISOString());
    expect((await listContactMoments(amb, v.id)).map((x) => x.kind)).toEqual(["BEZOEK", "TELEFOON"]);
    const todo = await listNextActions(amb, new Date("2026-11-30"));
    expect(todo.map((t) => t.nextAction)).toContain("Training inplannen");
  });

  it("refuses a next-action date without an action, and an unknown kind", async () => {
    const v = await createVestiging(amb, { name: "Contact Fout", sector: "overig" });
    expect(await codeOf(recordContactMoment(amb, v.id, { kind: "BEZOEK", nextActionDate: "2026-12-01" }))).toBe("VALIDATION");
    expect(await codeOf(recordContactMoment(amb, v.id, { kind: "DUIVENPOST" }))).toBe("VALIDATION");
    const n = await withTenant({ gemeenteId: g.id }, (db) => db.contactMoment.count({ where: { vestigingId: v.id } }));
    expect(n).toBe(0);
  });

  it("stores motives and the 5 M's", async () => {
    const v = await createVestiging(amb, { name: "Motief BV", sector: "overig" });
    const r = await setMotivesAndFiveMs(amb, v.id, { motives: ["PERSOONLIJK", "COMMERCIEEL"], fiveMs: ["MENSEN", "MEDIA"] });
    expect(r).toMatchObject({ motives: ["PERSOONLIJK", "COMMERCIEEL"], fiveMs: ["MENSEN", "MEDIA"] });
    expect(await codeOf(setMotivesAndFiveMs(amb, v.id, { motives: ["HEBZUCHT"] }))).toBe("VALIDATION");
  });
});

describe("why is required", () => {
  it("refuses a move without a reason, in Dutch, and changes nothing", async () => {
    const v = await createVestiging(amb, { name: "Zonder Reden", sector: "overig" });
    const err = await moveStep(amb, v.id, { to: "VERBINDEN" }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.reason[0]).toMatch(/reden/);
    expect((await listStepHistory(amb, v.id)).length).toBe(0);
  });
});

describe("moves through the API", () => {
  it("records the API key as 'who' and applies the same rules", async () => {
    const { requireTenant } = await import("@/lib/auth/context");
    const ctx = await requireTenant(
      { kind: "apiKey", keyId: "key-123", gemeenteId: g.id, role: "AMBTENAAR" },
      { slug: g.slug },
      "engagement:manage",
    );
    const v = await createVestiging(ctx, { name: "Via API", sector: "overig" });
    await moveStep(ctx, v.id, { to: "VERLEIDEN", reason: "Via de API" });
    expect((await listStepHistory(ctx, v.id))[0].byUserId).toBe("apikey:key-123");
    expect(await codeOf(moveStep(ctx, v.id, { to: "VASTHOUDEN", reason: "x" }))).toBe("PRINCIPLE_VOLUNTARY");
  });
});
