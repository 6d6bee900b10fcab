/**
 * The six collaboration principles, enforced by the domain functions against real PostgreSQL.
 * Each block fails if its rule is removed from src/modules/engagement.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { createVestiging, updateVestiging } from "@/modules/engagement/server/registry";
import { moveStep, recordAcknowledgement, restartRelation, stopRelation } from "@/modules/engagement/server/pipeline";
import { addContribution, listContributions } from "@/modules/engagement/server/contributions";
import { closeDoubt, raiseDoubt } from "@/modules/engagement/server/doubts";
import { publicRegister } from "@/modules/engagement/server/public-register";
import { celebrateMilestone, exposureList, recordMilestone, updateEngagementSettings } from "@/modules/engagement/server/vasthouden";
import { publicTenant } from "@/lib/auth/context";
import { PRINCIPLES } from "@/modules/engagement/principles";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { codeOf, contextFor, entrepreneurContext, type Gem } from "./engagement-support";

let g: Gem;
let amb: TenantContext;
let reg: TenantContext;
let loket: TenantContext;

async function newRelation(name: string, extra: Record<string, unknown> = {}) {
  return createVestiging(amb, { name, sector: "supermarkt", publicDescription: `${name} doet mee`, ...extra });
}

/** Bring a relation to VASTHOUDEN the honest way: acknowledgement first. */
async function activeRelation(name: string) {
  const v = await newRelation(name);
  await moveStep(amb, v.id, { to: "VERBINDEN", reason: "Test" });
  await recordAcknowledgement(amb, v.id, { date: new Date(), channel: "GESPREK" });
  await moveStep(amb, v.id, { to: "VASTHOUDEN", reason: "Doet mee" });
  return v;
}

beforeAll(async () => {
  g = await createGemeente({ name: "Samenstad" });
  amb = await contextFor(g, "AMBTENAAR");
  reg = await contextFor(g, "REGISSEUR");
  loket = await contextFor(g, "LOKET");
});
afterAll(closeOwnerDb);

describe("PRINCIPLE_VOLUNTARY", () => {
  it("refuses vasthouden without a recorded acknowledgement, and changes nothing", async () => {
    const v = await newRelation("Sportschool Fit");
    await moveStep(amb, v.id, { to: "VERLEIDEN", reason: "Test" });
    expect(await codeOf(moveStep(amb, v.id, { to: "VASTHOUDEN", reason: "Test" }))).toBe("PRINCIPLE_VOLUNTARY");
    expect(await codeOf(moveStep(amb, v.id, { to: "VERSTERKEN", reason: "Test" }))).toBe("PRINCIPLE_VOLUNTARY");
    const row = await ownerQuery(`SELECT step FROM "Vestiging" WHERE id = $1`, [v.id]);
    expect(row.rows[0].step).toBe("VERLEIDEN");
    const hist = await ownerQuery(`SELECT count(*)::int AS n FROM "StepChange" WHERE "vestigingId" = $1 AND "toStep" = 'VASTHOUDEN'`, [
      v.id,
    ]);
    expect(hist.rows[0].n).toBe(0);
  });

  it("the Dutch message explains voluntariness and procurement", async () => {
    const v = await newRelation("Apotheek Pil");
    await expect(moveStep(amb, v.id, { to: "VASTHOUDEN", reason: "Test" })).rejects.toMatchObject({
      message: PRINCIPLES.PRINCIPLE_VOLUNTARY.message,
    });
  });

  it("the entrepreneur can acknowledge in self-service; then vasthouden is allowed", async () => {
    const v = await newRelation("Visrestaurant De Haring");
    const self = await entrepreneurContext(g, v.organisationId);
    const acked = await recordAcknowledgement(self, v.id, { date: new Date(), channel: "GESPREK" });
    expect(acked.acknowledgementChannel).toBe("ZELFSERVICE");
    expect(acked.acknowledgedById).toBe(self.userId);
    const moved = await moveStep(amb, v.id, { to: "VASTHOUDEN", reason: "Test" });
    expect(moved.step).toBe("VASTHOUDEN");
  });

  it("an entrepreneur cannot acknowledge for another organisation", async () => {
    const v = await newRelation("Kapper Knip");
    const other = await newRelation("Bakker Bol");
    const self = await entrepreneurContext(g, other.organisationId);
    expect(await codeOf(recordAcknowledgement(self, v.id, { date: new Date(), channel: "GESPREK" }))).toBe("FORBIDDEN");
  });

  it("stopping takes immediate effect: off the register at once, no moves until restart", async () => {
    const v = await activeRelation("Drogist Wim");
    const pub = await publicTenant(g.slug);
    expect((await publicRegister(pub)).map((e) => e.name)).toContain("Drogist Wim");
    const self = await entrepreneurContext(g, v.organisationId);
    await stopRelation(self, v.id, { reason: "Geen tijd meer" });
    expect((await publicRegister(pub)).map((e) => e.name)).not.toContain("Drogist Wim");
    expect(await codeOf(moveStep(amb, v.id, { to: "VERSTERKEN", reason: "Test" }))).toBe("PRINCIPLE_VOLUNTARY");
    // A restart needs a fresh acknowledgement.
    const restarted = await restartRelation(amb, v.id, { reason: "Wil toch weer meedoen" });
    expect(restarted.step).toBe("VERBINDEN");
    expect(restarted.acknowledgedAt).toBeNull();
    expect(await codeOf(moveStep(amb, v.id, { to: "VASTHOUDEN", reason: "Test" }))).toBe("PRINCIPLE_VOLUNTARY");
  });
});

describe("PRINCIPLE_NOT_EXCLUSIVE", () => {
  it("refuses an exclusive flag on create and update, and stores nothing", async () => {
    const before = await ownerQuery(`SELECT count(*)::int AS n FROM "Vestiging"`);
    expect(await codeOf(newRelation("Exclusieve Bakker", { exclusive: true }))).toBe("PRINCIPLE_NOT_EXCLUSIVE");
    const after = await ownerQuery(`SELECT count(*)::int AS n FROM "Vestiging"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const v = await newRelation("Slager Vlees");
    expect(await codeOf(updateVestiging(amb, v.id, { exclusive: true }))).toBe("PRINCIPLE_NOT_EXCLUSIVE");
  });

  it("refuses an exclusive contribution", async () => {
    const v = await newRelation("Opticien Zicht");
    expect(await codeOf(addContribution(amb, v.id, { type: "SIGNALEREN", exclusive: true }))).toBe("PRINCIPLE_NOT_EXCLUSIVE");
    expect(await listContributions(amb, v.id)).toEqual([]);
  });

  it("refuses a setting that closes joining for a sector or wijk", async () => {
    expect(await codeOf(updateEngagementSettings(amb, { dueWeeks: 6, closedSectors: ["supermarkt"] }))).toBe("PRINCIPLE_NOT_EXCLUSIVE");
    expect(await codeOf(updateEngagementSettings(amb, { dueWeeks: 6, closeJoining: { wijk: "Noord" } }))).toBe("PRINCIPLE_NOT_EXCLUSIVE");
    const s = await ownerQuery(`SELECT settings FROM "Gemeente" WHERE id = $1`, [g.id]);
    expect(JSON.stringify(s.rows[0].settings)).not.toMatch(/closed/i);
  });

  it("a second supermarket can always join", async () => {
    await activeRelation("Supermarkt Een");
    const second = await activeRelation("Supermarkt Twee");
    expect(second.id).toBeTruthy();
  });
});

describe("PRINCIPLE_EQUAL_TREATMENT and PRINCIPLE_TRANSPARENCY", () => {
  it("the public register lists active collaborations alphabetically with the same fields, nothing personal", async () => {
    const z = await activeRelation("Zwembad Plons");
    const a = await activeRelation("Audicien Oor");
    // Many contributions for Zwembad must not move it forward.
    for (const type of ["SIGNALEREN", "COMMUNITY", "EXTRA_GASTVRIJ"]) await addContribution(amb, z.id, { type });
    await addContribution(amb, a.id, { type: "INFORMATIE_VERSPREIDEN" });
    const pub = await publicTenant(g.slug);
    const reg1 = await publicRegister(pub);
    const names = reg1.map((e) => e.name);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, "nl")));
    expect(names.indexOf("Audicien Oor")).toBeLessThan(names.indexOf("Zwembad Plons"));
    const keys = new Set(reg1.map((e) => Object.keys(e).sort().join(",")));
    expect([...keys]).toEqual(["contributions,name,organisation,sector,since,whatTheyDo"]);
    const entry = reg1.find((e) => e.name === "Zwembad Plons")!;
    expect(entry.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry.whatTheyDo).toBe("Zwembad Plons doet mee");
  });

  it("leaves out relations that are not active, not acknowledged or parked", async () => {
    await newRelation("Rijschool Gas");
    const pub = await publicTenant(g.slug);
    expect((await publicRegister(pub)).map((e) => e.name)).not.toContain("Rijschool Gas");
  });

  it("refuses featured, priority or ordering by contribution", async () => {
    const pub = await publicTenant(g.slug);
    expect(await codeOf(publicRegister(pub, { sort: "contribution" }))).toBe("PRINCIPLE_EQUAL_TREATMENT");
    expect(await codeOf(publicRegister(pub, { featured: true }))).toBe("PRINCIPLE_EQUAL_TREATMENT");
    expect(await codeOf(exposureList(amb, { orderBy: "contributions" }))).toBe("PRINCIPLE_EQUAL_TREATMENT");
    expect(await codeOf(newRelation("Voorrang BV", { priority: 1 }))).toBe("PRINCIPLE_EQUAL_TREATMENT");
    expect(await codeOf(newRelation("Uitgelicht BV", { featured: true }))).toBe("PRINCIPLE_EQUAL_TREATMENT");
  });

  it("refuses hiding an active collaboration from the register", async () => {
    const v = await activeRelation("Bloemist Roos");
    expect(await codeOf(updateVestiging(amb, v.id, { hideFromRegister: true }))).toBe("PRINCIPLE_TRANSPARENCY");
    const pub = await publicTenant(g.slug);
    expect((await publicRegister(pub)).map((e) => e.name)).toContain("Bloemist Roos");
  });

  it("the exposure list uses the same rule: alphabetical, active only", async () => {
    const b = await activeRelation("Boekhandel Paagman");
    const a = await activeRelation("AH Wateringseveld");
    const mb = await recordMilestone(amb, b.id, { title: "Eerste leesmiddag", achievedAt: "2026-10-01" });
    const ma = await recordMilestone(amb, a.id, { title: "Lunch voor ouderen", achievedAt: "2026-10-03" });
    await celebrateMilestone(amb, mb.id);
    await celebrateMilestone(amb, ma.id);
    const list = await exposureList(amb);
    expect(list.map((e) => e.name)).toEqual(["AH Wateringseveld", "Boekhandel Paagman"]);
    expect(new Set(list.map((e) => Object.keys(e).sort().join(","))).size).toBe(1);
  });
});

describe("PRINCIPLE_NO_SPONSORSHIP", () => {
  it("refuses money, donations and sponsoring with an explanation; nothing is stored", async () => {
    const v = await newRelation("Bank Geld");
    for (const input of [{ type: "MONEY" }, { type: "DONATIE" }, { type: "SPONSORING" }, { type: "SIGNALEREN", amount: 250 }]) {
      const err = await addContribution(amb, v.id, input).catch((e) => e);
      expect(err.code).toBe("PRINCIPLE_NO_SPONSORSHIP");
      expect(err.message).toMatch(/Hulp met tijd, ruimte, spullen of kennis is wel welkom/);
      expect(err.message).not.toMatch(/in natura|subsidie/);
      expect(err.message).toMatch(/stichting/);
    }
    const n = await ownerQuery(`SELECT count(*)::int AS n FROM "Contribution" WHERE "vestigingId" = $1`, [v.id]);
    expect(n.rows[0].n).toBe(0);
  });

  it("accepts in-kind help", async () => {
    const v = await newRelation("Sportschool Actief");
    const c = await addContribution(amb, v.id, { type: "RUIMTE_MATERIAAL_EXPERTISE", description: "Zaal op dinsdag" });
    expect(c.type).toBe("RUIMTE_MATERIAAL_EXPERTISE");
  });
});

describe("PRINCIPLE_DOUBT", () => {
  it("any staff user raises a doubt; while open the relation cannot advance and gets no exposure", async () => {
    const v = await activeRelation("Kringloop Tweede Leven");
    const pub = await publicTenant(g.slug);
    expect((await publicRegister(pub)).map((e) => e.name)).toContain("Kringloop Tweede Leven");
    const d = await raiseDoubt(loket, v.id, { reason: "Klachten over de eigenaar in de krant" });
    expect((await publicRegister(pub)).map((e) => e.name)).not.toContain("Kringloop Tweede Leven");
    expect(await codeOf(moveStep(amb, v.id, { to: "VERSTERKEN", reason: "Test" }))).toBe("PRINCIPLE_DOUBT");
    // going back is allowed
    expect((await moveStep(amb, v.id, { to: "VERLEIDEN", reason: "Even pas op de plaats" })).step).toBe("VERLEIDEN");
    // only a regisseur or ambtenaar decides
    expect(await codeOf(closeDoubt(loket, d.id, { decision: "CONTINUE", note: "ok" }))).toBe("FORBIDDEN");
    const closed = await closeDoubt(reg, d.id, { decision: "CONTINUE", note: "Uitgezocht: het klopt niet" });
    expect(closed).toMatchObject({ status: "CLOSED", decision: "CONTINUE", closedById: reg.userId });
    expect((await moveStep(amb, v.id, { to: "VASTHOUDEN", reason: "Test" })).step).toBe("VASTHOUDEN");
    expect((await publicRegister(pub)).map((e) => e.name)).toContain("Kringloop Tweede Leven");
  });

  it("a decision to stop stops the relation at once", async () => {
    const v = await activeRelation("Notaris Akte");
    const d = await raiseDoubt(amb, v.id, { reason: "Belangenverstrengeling?" });
    // Four eyes (issue 13): the ambtenaar who raised it does not decide it; the regisseur does.
    expect(await codeOf(closeDoubt(amb, d.id, { decision: "STOP", note: "Bij twijfel niet doen" }))).toBe("DOUBT_FOUR_EYES");
    await closeDoubt(reg, d.id, { decision: "STOP", note: "Bij twijfel niet doen" });
    const row = await ownerQuery(`SELECT "stoppedAt" FROM "Vestiging" WHERE id = $1`, [v.id]);
    expect(row.rows[0].stoppedAt).not.toBeNull();
    expect(await codeOf(closeDoubt(reg, d.id, { decision: "CONTINUE", note: "toch" }))).toBe("DOUBT_CLOSED");
  });

  it("a doubt needs a reason, and non-staff cannot raise one", async () => {
    const v = await newRelation("Dierenarts Poot");
    expect(await codeOf(raiseDoubt(amb, v.id, { reason: "  " }))).toBe("VALIDATION");
    const self = await entrepreneurContext(g, v.organisationId);
    expect(await codeOf(raiseDoubt(self, v.id, { reason: "Ik twijfel" }))).toBe("FORBIDDEN");
  });
});
