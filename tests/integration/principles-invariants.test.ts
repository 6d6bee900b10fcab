/**
 * Issue 13 part A — principles as invariants. One test per finding (1, 2, 3, 4, 7), each of which
 * fails on 02e7b2c: the aanbod and agenda read the one exposure predicate, circles need it, the
 * self-service profile is written by the engagement core, free text is screened on every write
 * path and held by a twijfel, and a twijfel needs four eyes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, type TenantContext } from "@/lib/auth/context";
import * as item from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/route";
import * as registerRoute from "@/app/api/v1/gemeenten/[gemeente]/register/route";
import { addContribution } from "@/modules/engagement/server/contributions";
import { closeDoubt, raiseDoubt } from "@/modules/engagement/server/doubts";
import { parkRelation, stopRelation } from "@/modules/engagement/server/pipeline";
import { publicRegister } from "@/modules/engagement/server/public-register";
import { updateVestiging } from "@/modules/engagement/server/registry";
import { listTemplates, renderTemplateFor, updateTemplate } from "@/modules/engagement/server/templates";
import { celebrateMilestone, exposureList, recordMilestone } from "@/modules/engagement/server/vasthouden";
import { FIXED_PRINCIPLES_SENTENCE } from "@/modules/engagement/templates";
import { getCircles, placeVestiging } from "@/modules/coalition/server/circles";
import { createEvent, listPublicEvents } from "@/modules/events/server/events";
import { resolveRecipients } from "@/modules/events/server/invitations";
import { listPublicOffers } from "@/modules/offer/server/offers";
import { proposeActivity, publishOffer } from "@/modules/offer/server/proposals";
import { updateProfile } from "@/modules/selfservice/server/own-data";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor } from "./api-support";
import { codeOf, contextFor, entrepreneurContext, type Gem } from "./engagement-support";

let g: Gem;
let amb: TenantContext;
let reg: TenantContext;
let partnersManager: TenantContext;

/** An active, acknowledged partner (may be shown), with its organisation. */
async function activePartner(name: string, over: Record<string, unknown> = {}) {
  const org = await ownerDb().organisation.create({ data: { name } });
  return ownerDb().vestiging.create({
    data: {
      gemeenteId: g.id,
      organisationId: org.id,
      name,
      sector: "detailhandel",
      step: "VASTHOUDEN",
      acknowledgedAt: new Date("2026-01-05"),
      acknowledgementChannel: "GESPREK",
      ...over,
    },
  });
}
const registerNames = async () => (await publicRegister(await publicTenant(g.slug))).map((e) => e.name);
const offerTitles = async () => (await listPublicOffers(await publicTenant(g.slug))).map((o) => o.title);
const openDoubts = async (vestigingId: string) =>
  (
    await ownerQuery(`SELECT id, reason, "raisedById" FROM "Doubt" WHERE "vestigingId" = $1 AND status = 'OPEN' ORDER BY "raisedAt"`, [
      vestigingId,
    ])
  ).rows as {
    id: string;
    reason: string;
    raisedById: string | null;
  }[];

const proposal = (title: string, description = "Elke dinsdag koffie en een praatje.") => ({
  title,
  description,
  targetGroups: ["IEDEREEN"],
  degrees: ["LICHT"],
  howToJoin: "Loop binnen.",
  cost: "Gratis",
});

beforeAll(async () => {
  g = await createGemeente({ name: "Principestad" });
  amb = await contextFor(g, "AMBTENAAR");
  reg = await contextFor(g, "REGISSEUR", "coalition:manage");
  partnersManager = reg;
});
afterAll(closeOwnerDb);

describe("finding 1: the aanbod and the agenda read the exposure predicate", () => {
  it("an entrepreneur's published activity leaves the public aanbod on a twijfel, on parking and on stopping, at once", async () => {
    const v = await activePartner("Bakkerij Aanbod");
    const self = await entrepreneurContext(g, v.organisationId);
    const row = await proposeActivity(self, proposal("Koffie bij de bakker"));
    expect((await ownerQuery(`SELECT "vestigingId" FROM "SupportOffer" WHERE id = $1`, [row.id])).rows[0].vestigingId).toBe(v.id);
    await publishOffer(reg, row.id);
    expect(await offerTitles()).toContain("Koffie bij de bakker");

    const d = await raiseDoubt(amb, v.id, { reason: "Klopt dit aanbod wel?" });
    expect(await offerTitles()).not.toContain("Koffie bij de bakker");
    await closeDoubt(reg, d.id, { decision: "CONTINUE", note: "Nagevraagd: het klopt" });
    expect(await offerTitles()).toContain("Koffie bij de bakker");

    await parkRelation(amb, v.id, { reason: "Even geen energie" });
    expect(await offerTitles()).not.toContain("Koffie bij de bakker");
    await ownerDb().vestiging.update({ where: { id: v.id }, data: { parkedAt: null, parkedReason: null } });
    expect(await offerTitles()).toContain("Koffie bij de bakker");

    await stopRelation(self, v.id, { reason: "Wij stoppen" });
    expect(await offerTitles()).not.toContain("Koffie bij de bakker");
  });

  it("a stopped entrepreneur cannot propose, and a regisseur cannot publish the proposal of a stopped or doubted one", async () => {
    const v = await activePartner("Kapper Gestopt");
    const self = await entrepreneurContext(g, v.organisationId);
    const pending = await proposeActivity(self, proposal("Knippen en kletsen"));
    await stopRelation(self, v.id, { reason: "Wij stoppen" });
    expect(await codeOf(proposeActivity(self, proposal("Nog een activiteit")))).toBe("PRINCIPLE_VOLUNTARY");
    expect(await codeOf(publishOffer(reg, pending.id))).toBe("NOT_EXPOSABLE");
    expect((await ownerQuery(`SELECT published FROM "SupportOffer" WHERE id = $1`, [pending.id])).rows[0].published).toBe(false);

    const w = await activePartner("Bloemist Twijfel");
    const selfW = await entrepreneurContext(g, w.organisationId);
    const p = await proposeActivity(selfW, proposal("Bloemschikken"));
    await raiseDoubt(amb, w.id, { reason: "Eerst uitzoeken" });
    const err = await publishOffer(reg, p.id).catch((e) => e);
    expect(err).toMatchObject({ code: "NOT_EXPOSABLE", status: 422 });
    expect(err.message).toMatch(/twijfel/);
  });

  it("an event an entrepreneur hosts is on the public agenda (and .ics) only while they may be shown", async () => {
    const v = await activePartner("Buurthuis Café");
    const e = await createEvent(reg, {
      kind: "NETWERKBIJEENKOMST",
      title: "Netwerkborrel bij het café",
      location: "Markt 2",
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 7_200_000).toISOString(),
      public: true,
    });
    await ownerDb().event.update({ where: { id: e.id }, data: { vestigingId: v.id } });
    const titles = async () => (await listPublicEvents(await publicTenant(g.slug))).map((x) => x.title);
    expect(await titles()).toContain("Netwerkborrel bij het café");
    await raiseDoubt(amb, v.id, { reason: "Twijfel over de gastheer" });
    expect(await titles()).not.toContain("Netwerkborrel bij het café");
  });
});

describe("finding 2: coalition circles need the exposure predicate", () => {
  it("an entrepreneur without acknowledgement, or with an open twijfel, is refused for the kernteam and is no candidate", async () => {
    const noAck = await activePartner("Garage Zonder Bevestiging", {
      step: "VERBINDEN",
      acknowledgedAt: null,
      acknowledgementChannel: null,
    });
    const err = await placeVestiging(partnersManager, noAck.id, { circle: "KERNTEAM", ambassador: "Piet" }).catch((e) => e);
    expect(err).toMatchObject({ code: "NOT_EXPOSABLE", status: 422 });
    expect(err.fieldErrors.circle[0]).toMatch(/Eerst moet vastliggen dat meedoen vrijwillig is/);

    const doubted = await activePartner("Slager Met Twijfel");
    await raiseDoubt(amb, doubted.id, { reason: "Signalen uit de buurt" });
    expect(await codeOf(placeVestiging(partnersManager, doubted.id, { circle: "KERNTEAM", ambassador: "Sanne" }))).toBe("NOT_EXPOSABLE");

    const rows = await ownerQuery(`SELECT "coalitionCircle" FROM "Vestiging" WHERE id = ANY($1)`, [[noAck.id, doubted.id]]);
    expect(rows.rows.map((r) => r.coalitionCircle)).toEqual([null, null]);
    const candidates = (await getCircles(partnersManager)).candidates.map((c) => c.name);
    expect(candidates).not.toContain("Garage Zonder Bevestiging");
    expect(candidates).not.toContain("Slager Met Twijfel");

    const fine = await activePartner("Drogist In Orde");
    expect(candidates).not.toContain("Drogist In Orde"); // created after the read
    expect((await placeVestiging(partnersManager, fine.id, { circle: "KERNTEAM", ambassador: "Ahmed" })).circle).toBe("KERNTEAM");
  });
});

describe("finding 3: the self-service profile is written by the engagement core", () => {
  const profile = (over: Record<string, unknown> = {}) => ({
    sector: "detailhandel",
    publicDescription: "Wij signaleren eenzaamheid aan de kassa.",
    contributions: ["SIGNALEREN"],
    contactName: "Eva de Vries",
    contactEmail: "eva@winkel.test",
    ...over,
  });

  it("a stopped entrepreneur cannot rewrite their contributions or their public text; nothing changes", async () => {
    const v = await activePartner("Winkel Gestopt");
    const self = await entrepreneurContext(g, v.organisationId);
    await updateProfile(self, profile());
    await stopRelation(self, v.id, { reason: "Wij stoppen" });
    const before = (await ownerQuery(`SELECT type FROM "Contribution" WHERE "vestigingId" = $1`, [v.id])).rows;
    const err = await updateProfile(self, profile({ contributions: ["COMMUNITY", "EXTRA_GASTVRIJ"], publicDescription: "Nieuw" })).catch(
      (e) => e,
    );
    expect(err).toMatchObject({ code: "PRINCIPLE_VOLUNTARY" });
    expect((await ownerQuery(`SELECT type FROM "Contribution" WHERE "vestigingId" = $1`, [v.id])).rows).toEqual(before);
    expect((await ownerQuery(`SELECT "publicDescription" FROM "Vestiging" WHERE id = $1`, [v.id])).rows[0].publicDescription).toBe(
      "Wij signaleren eenzaamheid aan de kassa.",
    );
  });

  it("contributions keep their rows (and author) when the list does not change; only the difference is written", async () => {
    const v = await activePartner("Winkel Actief");
    const self = await entrepreneurContext(g, v.organisationId);
    await updateProfile(self, profile({ contributions: ["SIGNALEREN", "COMMUNITY"] }));
    const first = (await ownerQuery(`SELECT id, type FROM "Contribution" WHERE "vestigingId" = $1 ORDER BY type`, [v.id])).rows;
    await updateProfile(self, profile({ contributions: ["COMMUNITY", "EXTRA_GASTVRIJ"] }));
    const second = (await ownerQuery(`SELECT id, type FROM "Contribution" WHERE "vestigingId" = $1 ORDER BY type`, [v.id])).rows;
    expect(second.map((r) => r.type)).toEqual(["COMMUNITY", "EXTRA_GASTVRIJ"]);
    expect(second.find((r) => r.type === "COMMUNITY")?.id).toBe(first.find((r) => r.type === "COMMUNITY")?.id);
  });

  it("the input scan runs: a money key is refused with the principle", async () => {
    const v = await activePartner("Winkel Scan");
    const self = await entrepreneurContext(g, v.organisationId);
    expect(await codeOf(updateProfile(self, profile({ sponsorBedrag: 250 })))).toBe("PRINCIPLE_NO_SPONSORSHIP");
  });
});

describe("finding 4: free text is screened on every write path and held by a twijfel", () => {
  it("staff page: a contribution about sponsoring, exclusivity and tender priority opens a twijfel with the words; the partner leaves the register", async () => {
    const v = await activePartner("Supermarkt Sponsor");
    expect(await registerNames()).toContain("Supermarkt Sponsor");
    await addContribution(amb, v.id, {
      type: "COMMUNITY",
      description: "Wij sponsoren het buurtfeest met 250 euro, exclusief voor onze wijk, in ruil voor voorrang bij de aanbesteding",
    });
    const [d] = await openDoubts(v.id);
    expect(d.raisedById).toBe(amb.userId);
    expect(d.reason).toContain("geld of sponsoring");
    expect(d.reason).toContain("exclusiviteit");
    expect(d.reason).toContain("voordeel als de gemeente iets inkoopt of een opdracht geeft");
    expect(d.reason).toContain('"euro"');
    expect(await registerNames()).not.toContain("Supermarkt Sponsor");
  });

  it("self-service: a public description with sponsoring and exclusivity is not public; the twijfel is the entrepreneur's", async () => {
    const v = await activePartner("Makelaar Exclusief");
    const self = await entrepreneurContext(g, v.organisationId);
    const r = await updateProfile(self, {
      sector: "detailhandel",
      publicDescription: "Wij zijn de exclusieve partner van de gemeente. Met sponsoring van ons.",
      contributions: [],
      contactName: "Jan",
      contactEmail: "jan@makelaar.test",
    });
    expect(r).toMatchObject({ held: true });
    const [d] = await openDoubts(v.id);
    expect(d.raisedById).toBe(self.userId);
    const register = await publicRegister(await publicTenant(g.slug));
    expect(register.map((e) => e.name)).not.toContain("Makelaar Exclusief");
    expect(JSON.stringify(register)).not.toContain("exclusieve partner");
  });

  it("a cleared text is not held again when the profile is saved unchanged; a new hit is", async () => {
    const v = await activePartner("Sportclub Vrijgegeven");
    const self = await entrepreneurContext(g, v.organisationId);
    const base = { sector: "detailhandel", contributions: [], contactName: "Ria", contactEmail: "ria@club.test" };
    await updateProfile(self, { ...base, publicDescription: "Wij sponsoren niets, we geven les" });
    const [d] = await openDoubts(v.id);
    await closeDoubt(reg, d.id, { decision: "CONTINUE", note: "Geen geld: bedoeld als 'wij sponsoren niets'" });
    expect(
      (await updateProfile(self, { ...base, publicDescription: "Wij sponsoren niets, we geven les", openingHours: "ma-vr" })).held,
    ).toBe(false);
    expect(await openDoubts(v.id)).toEqual([]);
    expect(await registerNames()).toContain("Sportclub Vrijgegeven");
    expect((await updateProfile(self, { ...base, publicDescription: "Nu met een gift van 50 euro" })).held).toBe(true);
    expect(await registerNames()).not.toContain("Sportclub Vrijgegeven");
  });

  it("milestone: 'Donatie van 1000 euro' is not celebrated in the exposure list", async () => {
    const v = await activePartner("Notaris Donatie");
    const m = await recordMilestone(amb, v.id, { title: "Donatie van 1000 euro aan de gemeente", achievedAt: "2026-03-01" });
    await celebrateMilestone(amb, m.id);
    expect((await exposureList(amb)).map((e) => e.milestone)).not.toContain("Donatie van 1000 euro aan de gemeente");
    expect((await openDoubts(v.id))[0].reason).toContain('"donatie"');
  });

  it("API: a PATCH with a sponsoring description holds the relation (register API too)", async () => {
    const v = await activePartner("Fietsenmaker Api");
    const key = await keyFor(g, "AMBTENAAR");
    const patched = await call(item.PATCH, {
      method: "PATCH",
      path: `/api/v1/gemeenten/${g.slug}/ondernemers/${v.id}`,
      params: { gemeente: g.slug, id: v.id },
      key: key.key,
      body: { publicDescription: "Gesponsord door ons: als enige fietsenmaker in de wijk" },
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    expect((await openDoubts(v.id)).length).toBe(1);
    const reg = await call(registerRoute.GET, { path: `/api/v1/gemeenten/${g.slug}/register`, params: { gemeente: g.slug } });
    expect((reg.json.data as { name: string }[]).map((e) => e.name)).not.toContain("Fietsenmaker Api");
  });

  it("an entrepreneur's proposed activity with 'donatie' opens a twijfel", async () => {
    const v = await activePartner("Bakker Voorstel");
    const self = await entrepreneurContext(g, v.organisationId);
    await proposeActivity(self, proposal("Koffie", "Bij elke kop gaat een donatie naar de gemeente"));
    expect((await openDoubts(v.id))[0].reason).toContain("een voorgestelde activiteit");
  });

  it("text without a hit ('geen geld, wel tijd') stays public and opens nothing", async () => {
    const v = await activePartner("Bibliotheek Tijd");
    await updateVestiging(amb, v.id, { publicDescription: "Geen geld, wel tijd: wij lezen voor." });
    expect(await openDoubts(v.id)).toEqual([]);
    expect(await registerNames()).toContain("Bibliotheek Tijd");
  });
});

describe("finding 7: four eyes on a twijfel, invitations, the fixed mail sentence", () => {
  it("whoever raised a twijfel — or whose text raised it — cannot decide it; another person does, with who, when and why", async () => {
    const v = await activePartner("Kringloop Vier Ogen");
    await updateVestiging(amb, v.id, { publicDescription: "Met sponsoring van Kringloop" });
    const [d] = await openDoubts(v.id);
    const err = await closeDoubt(amb, d.id, { decision: "CONTINUE", note: "Ik vind het wel goed" }).catch((e) => e);
    expect(err).toMatchObject({ code: "DOUBT_FOUR_EYES", status: 403 });
    expect(err.message).toMatch(/iemand anders/);
    expect((await openDoubts(v.id)).length).toBe(1);

    const when = new Date("2026-06-01T10:00:00Z");
    const closed = await closeDoubt(reg, d.id, { decision: "CONTINUE", note: "Bedoeld als: wij sponsoren niets" }, when);
    expect(closed).toMatchObject({
      status: "CLOSED",
      decision: "CONTINUE",
      closedById: reg.userId,
      closedAt: when,
      decisionNote: "Bedoeld als: wij sponsoren niets",
    });
    expect(await registerNames()).toContain("Kringloop Vier Ogen");

    const manual = await raiseDoubt(reg, v.id, { reason: "Twijfel van de regisseur" });
    expect(await codeOf(closeDoubt(reg, manual.id, { decision: "CONTINUE", note: "zelf" }))).toBe("DOUBT_FOUR_EYES");
    expect((await closeDoubt(amb, manual.id, { decision: "CONTINUE", note: "Door de ambtenaar bekeken" })).closedById).toBe(amb.userId);
  });

  it("event invitations never go to entrepreneurs with an open twijfel", async () => {
    const ok = await activePartner("Uitnodiging Welkom");
    const held = await activePartner("Uitnodiging Twijfel");
    for (const v of [ok, held]) {
      await ownerDb().contactPerson.create({
        data: { gemeenteId: g.id, vestigingId: v.id, name: `Contact ${v.name}`, email: `${v.id}@ondernemer.test` },
      });
    }
    await raiseDoubt(amb, held.id, { reason: "Eerst uitzoeken" });
    const recipients = await reg.run((db) =>
      resolveRecipients(db, { partnerCircles: [], entrepreneurCircles: [], entrepreneurSteps: ["VASTHOUDEN"] }),
    );
    const ids = recipients.map((r) => r.vestigingId);
    expect(ids).toContain(ok.id);
    expect(ids).not.toContain(held.id);
  });

  it("the first-contact template keeps the voluntary / no-procurement sentence, however it is edited", async () => {
    const t = (await listTemplates(amb)).find((x) => x.key === "ONDERNEMERS")!;
    expect(t.body).toContain(FIXED_PRINCIPLES_SENTENCE);
    const saved = await updateTemplate(amb, t.id, { subject: t.subject, body: "Beste {{aanhef}},\n\nDoet u mee?\n\n{{afzender}}" });
    expect(saved.body).toContain(FIXED_PRINCIPLES_SENTENCE);
    // Even a body stored without it (e.g. by an older version) renders with it.
    await ownerDb().mailTemplate.update({ where: { id: t.id }, data: { body: "Beste {{aanhef}}, doet u mee?" } });
    const rendered = await renderTemplateFor(amb, "ONDERNEMERS", null, { aanhef: "Eva" });
    expect(rendered.body).toContain(FIXED_PRINCIPLES_SENTENCE);
  });
});
