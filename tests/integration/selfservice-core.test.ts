import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, publicTenant, type Actor } from "@/lib/auth/context";
import { loadActor } from "@/lib/auth/session-user";
import { stoppedLabel } from "@/modules/engagement/labels";
import { publicRegister } from "@/modules/engagement/server/public-register";
import { searchVestigingen } from "@/modules/engagement/server/registry";
import { decideClaim, joinCoalition, leaveCoalition, registerOrganisation } from "@/modules/selfservice/server/self-service";
import { deleteMyAccount, exportMyData, myOrganisation, updateProfile } from "@/modules/selfservice/server/own-data";
import { actorWithRole, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

type G = Awaited<ReturnType<typeof createGemeente>>;
let a: G;
let b: G;

const actorOf = async (userId: string) => (await loadActor({ userId, sessionVersion: 0 }))!;
const ack = { ackVoluntary: true, ackNoProcurement: true, ackNoMoney: true };
const profile = {
  sector: "bakker",
  publicDescription: "Koffie en een praatje",
  motives: ["MAATSCHAPPELIJK"],
  fiveMs: ["MENSEN"],
  contributions: ["SIGNALEREN"],
  contactName: "Bea Bakker",
  contactEmail: "bea@bakkerij.test",
  openingHours: "ma-za 8.00-18.00",
};

/** Make the relation an active collaboration (the gemeente's step), as staff would. */
async function activate(vestigingId: string) {
  await ownerQuery(`UPDATE "Vestiging" SET step = 'VASTHOUDEN', "activeSince" = now() WHERE id = $1`, [vestigingId]);
}

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
});
afterAll(closeOwnerDb);

describe("claim or create the profile", () => {
  it("creates a new organisation and gives access at once", async () => {
    const u = await createUser({ email: "eigenaar@nieuwbakker.test" });
    const r = await registerOrganisation(await actorOf(u.id), a.slug, { name: "Nieuwe Bakker", sector: "bakker" });
    expect(r.status).toBe("CREATED");
    const actor = await actorOf(u.id);
    expect(actor.memberships[0]).toMatchObject({ gemeenteId: a.id, role: "ONDERNEMER" });
  });

  it("never merges silently: a known organisation needs the gemeente's confirmation", async () => {
    const org = await ownerDb().organisation.create({ data: { name: "Visrestaurant De Haven", website: "https://dehaven.test" } });
    const v = await ownerDb().vestiging.create({
      data: { gemeenteId: a.id, organisationId: org.id, name: "Visrestaurant De Haven", sector: "restaurant" },
    });
    const u = await createUser({ email: "iemand@gmail.test" });
    const r = await registerOrganisation(await actorOf(u.id), a.slug, { name: "visrestaurant de haven", sector: "restaurant" });
    expect(r.status).toBe("CLAIM_PENDING");
    expect((await actorOf(u.id)).memberships).toHaveLength(0);
    expect(await ownerDb().organisation.count({ where: { name: { equals: "Visrestaurant De Haven", mode: "insensitive" } } })).toBe(1);
    // A second try waits for the gemeente.
    await expect(
      registerOrganisation(await actorOf(u.id), a.slug, { name: "Visrestaurant De Haven", sector: "restaurant" }),
    ).rejects.toMatchObject({ code: "CLAIM_PENDING" });
    // An entrepreneur cannot decide; an ambtenaar can.
    const staff = await actorWithRole(a, "AMBTENAAR");
    const ctx = await requireTenant(staff, { slug: a.slug }, "engagement:manage");
    await decideClaim(ctx, (r as { claimId: string }).claimId, { approve: true });
    const after = await actorOf(u.id);
    expect(after.memberships[0]).toMatchObject({ gemeenteId: a.id, role: "ONDERNEMER", organisationId: org.id });
    expect(v.organisationId).toBe(org.id);
  });

  it("confirms a claim at once when the e-mail domain matches the organisation's website", async () => {
    const org = await ownerDb().organisation.create({
      data: { name: "Apotheek Centrum", kvkNumber: "12345678", website: "www.apotheekcentrum.test" },
    });
    const u = await createUser({ email: "balie@apotheekcentrum.test" });
    const r = await registerOrganisation(await actorOf(u.id), a.slug, { name: "Andere naam", kvkNumber: "12345678", sector: "apotheek" });
    expect(r).toMatchObject({ status: "CLAIM_CONFIRMED", organisationId: org.id });
  });

  it("bad input gets a Dutch message and changes nothing", async () => {
    const u = await createUser();
    const before = await ownerDb().organisation.count();
    await expect(
      registerOrganisation(await actorOf(u.id), a.slug, { name: "", sector: "onbekend", kvkNumber: "12" }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: expect.objectContaining({ name: [expect.stringContaining("Vul")], kvkNumber: ["Een KvK-nummer heeft 8 cijfers."] }),
    });
    expect(await ownerDb().organisation.count()).toBe(before);
  });
});

describe("join two coalitions, preview, leave one", () => {
  let userId: string;
  let vA: string;
  let vB: string;

  beforeAll(async () => {
    const u = await createUser({ email: "bea@bakkerij.test" });
    userId = u.id;
    const r = await registerOrganisation(await actorOf(userId), a.slug, { name: "Bakkerij Bea", sector: "bakker" });
    vA = (r as { vestigingId: string }).vestigingId;
  });

  it("refuses to join without the acknowledgement, and records it with it", async () => {
    await expect(joinCoalition(await actorOf(userId), a.slug, { ackVoluntary: true })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await ownerDb().vestiging.findUniqueOrThrow({ where: { id: vA } })).acknowledgedAt).toBeNull();
    await joinCoalition(await actorOf(userId), a.slug, ack);
    const row = await ownerDb().vestiging.findUniqueOrThrow({ where: { id: vA } });
    expect(row.acknowledgementChannel).toBe("ZELFSERVICE");
    const rB = await joinCoalition(await actorOf(userId), b.slug, { ...ack, sector: "bakker" });
    vB = (rB as { vestigingId: string }).vestigingId;
    const actor = await actorOf(userId);
    expect(actor.memberships.map((m) => m.gemeenteId).sort()).toEqual([a.id, b.id].sort());
  });

  it("previews exactly what the public register shows, and leaving takes effect at once", async () => {
    const ctxA = await requireTenant(await actorOf(userId), { slug: a.slug }, "organisation:self");
    await updateProfile(ctxA, profile);
    expect((await myOrganisation(ctxA)).state).toBe("NOT_YET");
    await activate(vA);
    await activate(vB);
    const mine = await myOrganisation(ctxA);
    const pub = await publicRegister(await publicTenant(a.slug));
    expect(mine.state).toBe("VISIBLE");
    expect(mine.preview).toEqual(pub.filter((e) => e.organisation === "Bakkerij Bea"));
    expect(JSON.stringify(pub)).not.toContain("bea@bakkerij.test");
    expect(mine.vestigingen.map((x) => x.openingHours)).toContain("ma-za 8.00-18.00");
    expect(JSON.stringify(pub)).not.toContain("8.00-18.00");

    await leaveCoalition(ctxA, { kind: "PAUZE" });
    expect((await publicRegister(await publicTenant(a.slug))).map((e) => e.organisation)).not.toContain("Bakkerij Bea");
    expect((await publicRegister(await publicTenant(b.slug))).map((e) => e.organisation)).toContain("Bakkerij Bea");
    expect((await myOrganisation(ctxA)).state).toBe("STOPPED");
    // Staff see the entrepreneur's own word in the list of entrepreneurs: a pause, not "Gestopt".
    const staff = await requireTenant(await actorWithRole(a, "AMBTENAAR"), { slug: a.slug }, "engagement:read");
    const listed = (await searchVestigingen(staff, { stopped: true, pageSize: 200 })).items.find((i) => i.id === vA)!;
    expect(stoppedLabel(listed.stoppedReason)).toBe("Pauze (gekozen door de ondernemer)");
    expect(stoppedLabel("Geen tijd meer")).toBe("Gestopt");
  });

  it("never shows another organisation's data or the gemeente's internal notes", async () => {
    // Another organisation in gemeente B, with an internal contact moment and a twijfel.
    const other = await ownerDb().organisation.create({ data: { name: "Kapsalon Knip" } });
    const ov = await ownerDb().vestiging.create({
      data: { gemeenteId: b.id, organisationId: other.id, name: "Kapsalon Knip", sector: "kapper" },
    });
    await ownerDb().contactMoment.create({
      data: { gemeenteId: b.id, vestigingId: vB, kind: "BEZOEK", outcome: "INTERN: twijfel over imago" },
    });
    const doubt = await ownerDb().doubt.create({ data: { gemeenteId: b.id, vestigingId: vB, reason: "INTERNE TWIJFEL" } });
    const actor = await actorOf(userId);
    const ctxB = await requireTenant(actor, { slug: b.slug }, "organisation:self");
    const mine = JSON.stringify(await myOrganisation(ctxB));
    const dump = JSON.stringify(await exportMyData(actor));
    for (const text of [mine, dump]) {
      expect(text).not.toContain("Kapsalon Knip");
      expect(text).not.toContain(ov.id);
      expect(text).not.toContain("INTERN");
    }
    expect(dump).toContain("Bakkerij Bea");
    expect(dump).toContain("ZELFSERVICE");
    // An entrepreneur cannot stop another organisation's relation.
    const { stopRelation } = await import("@/modules/engagement/server/pipeline");
    await expect(stopRelation(ctxB, ov.id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await ownerDb().vestiging.findUniqueOrThrow({ where: { id: ov.id } })).stoppedAt).toBeNull();
    await ownerDb().doubt.update({ where: { id: doubt.id }, data: { status: "CLOSED", decision: "CONTINUE" } });
  });

  it("cross-tenant: an actor of gemeente A cannot decide B's claims (NOT_FOUND, B unchanged)", async () => {
    const org = await ownerDb().organisation.create({ data: { name: "Slijterij B" } });
    const v = await ownerDb().vestiging.create({
      data: { gemeenteId: b.id, organisationId: org.id, name: "Slijterij B", sector: "detailhandel" },
    });
    const claimant = await createUser();
    const claim = await ownerDb().organisationClaim.create({
      data: { gemeenteId: b.id, userId: claimant.id, vestigingId: v.id, organisationId: org.id },
    });
    const staffA = await actorWithRole(a, "REGISSEUR");
    const ctxA = await requireTenant(staffA, { slug: a.slug }, "engagement:manage");
    await expect(decideClaim(ctxA, claim.id, { approve: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await ownerDb().organisationClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PENDING");
    expect(await ownerDb().membership.count({ where: { userId: claimant.id } })).toBe(0);
    // And an entrepreneur of B itself may not decide either.
    const ctxOwn = await requireTenant(await actorOf(userId), { slug: b.slug }, "organisation:self");
    await expect(decideClaim(ctxOwn, claim.id, { approve: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("deleting the account takes the organisation off public pages at once, and keeps the gemeenten's records", async () => {
    expect((await publicRegister(await publicTenant(b.slug))).map((e) => e.organisation)).toContain("Bakkerij Bea");
    const actor: Actor = await actorOf(userId);
    await expect(deleteMyAccount(actor, { confirm: "ja" })).rejects.toMatchObject({ code: "VALIDATION" });
    await deleteMyAccount(actor, { confirm: "VERWIJDEREN" });
    expect((await publicRegister(await publicTenant(b.slug))).map((e) => e.organisation)).not.toContain("Bakkerij Bea");
    expect(await ownerDb().user.count({ where: { id: userId } })).toBe(0);
    // The gemeenten keep their records of the relation: stopped, not deleted (issue 13, finding 9).
    const kept = await ownerDb().vestiging.findMany({ where: { id: { in: [vA, vB] } }, select: { stoppedAt: true, stoppedReason: true } });
    expect(kept).toHaveLength(2);
    expect(kept.every((v) => v.stoppedAt !== null)).toBe(true);
  });
});
