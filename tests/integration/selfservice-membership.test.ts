/**
 * Membership comes from the gemeente itself (issue 13, findings 8 and 9).
 *
 * - A person whose claim on a national chain was approved in gemeente A is never attached to
 *   gemeente B's existing relation with that chain by joining B's coalition: B decides (its own
 *   claim), and until then the person has no rights in B and B's relation is untouched.
 * - Only an entrepreneur account registers as ONDERNEMER (not the national adviser, not staff).
 * - Deleting an account removes the person, never a gemeente's records of the relation: the
 *   vestiging, its twijfels, step history and contact moments stay, the name becomes
 *   "verwijderd account", and another gemeente's data is never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant } from "@/lib/auth/context";
import { loadActor } from "@/lib/auth/session-user";
import { publicRegister } from "@/modules/engagement/server/public-register";
import { raiseDoubt } from "@/modules/engagement/server/doubts";
import { recordContactMoment } from "@/modules/engagement/server/contacts";
import { listStepHistory } from "@/modules/engagement/server/pipeline";
import { decideClaim, joinCoalition, listClaims, registerOrganisation } from "@/modules/selfservice/server/self-service";
import { deleteMyAccount, updateProfile } from "@/modules/selfservice/server/own-data";
import { actorWithRole, addMembership, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

type G = Awaited<ReturnType<typeof createGemeente>>;
let a: G;
let b: G;

const actorOf = async (userId: string) => (await loadActor({ userId, sessionVersion: 0 }))!;
const ack = { ackVoluntary: true, ackNoProcurement: true, ackNoMoney: true };

/** B's own, active relation with the chain: acknowledged in a talk, in vasthouden, in B's register. */
async function activeRelationInB(organisationId: string, name: string) {
  const v = await ownerDb().vestiging.create({
    data: {
      gemeenteId: b.id,
      organisationId,
      name,
      sector: "supermarkt",
      publicDescription: "Koffiehoek voor ouderen",
      acknowledgedAt: new Date("2026-01-10T10:00:00Z"),
      acknowledgementChannel: "GESPREK",
    },
  });
  await ownerQuery(`UPDATE "Vestiging" SET step = 'VASTHOUDEN', "activeSince" = now() WHERE id = $1`, [v.id]);
  return v;
}

/** A person of the chain, approved by gemeente A (A's own claim decision). */
async function approvedInA(organisationId: string, email: string) {
  await ownerDb().vestiging.create({ data: { gemeenteId: a.id, organisationId, name: "Super Keten Aadorp", sector: "supermarkt" } });
  const u = await createUser({ email });
  const r = await registerOrganisation(await actorOf(u.id), a.slug, { name: "Super Keten", sector: "supermarkt" });
  expect(r.status).toBe("CLAIM_PENDING");
  const staffA = await requireTenant(await actorWithRole(a, "AMBTENAAR"), { slug: a.slug }, "engagement:manage");
  await decideClaim(staffA, (r as { claimId: string }).claimId, { approve: true });
  return u;
}

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
});
afterAll(closeOwnerDb);

describe("chains across gemeenten: rights in B come only from B", () => {
  it("approved in A, joining B does not attach the person to B's existing relation; B decides", async () => {
    const chain = await ownerDb().organisation.create({
      data: { name: "Super Keten", nationalChain: true, website: "https://superketen.test" },
    });
    const vB = await activeRelationInB(chain.id, "Super Keten Beekstad");
    const u = await approvedInA(chain.id, "filiaal@gmail.test");
    expect((await actorOf(u.id)).memberships.map((m) => m.gemeenteId)).toEqual([a.id]);

    const r = await joinCoalition(await actorOf(u.id), b.slug, { ...ack, sector: "supermarkt" });
    expect(r).toMatchObject({ status: "CLAIM_PENDING", gemeente: b.slug });

    // No membership in B, so no way to rewrite or stop B's relation.
    const after = await actorOf(u.id);
    expect(after.memberships.map((m) => m.gemeenteId)).toEqual([a.id]);
    await expect(requireTenant(after, { slug: b.slug }, "organisation:self")).rejects.toMatchObject({ code: "NOT_FOUND" });
    // B's relation is exactly as B left it (its acknowledgement was not overwritten by the join).
    const row = await ownerDb().vestiging.findUniqueOrThrow({ where: { id: vB.id } });
    expect(row.acknowledgementChannel).toBe("GESPREK");
    expect(row.acknowledgedAt?.toISOString()).toBe("2026-01-10T10:00:00.000Z");
    expect(row.stoppedAt).toBeNull();
    expect((await publicRegister(await publicTenant(b.slug))).map((e) => e.name)).toContain("Super Keten Beekstad");

    // B sees the request and decides it; only then does the person act for the chain in B.
    const staffB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "engagement:manage");
    const claims = await listClaims(staffB);
    const claim = claims.find((c) => c.vestiging.name === "Super Keten Beekstad");
    expect(claim).toBeDefined();
    // Joining again while B has not decided: a clear Dutch answer, nothing new.
    await expect(joinCoalition(await actorOf(u.id), b.slug, ack)).rejects.toMatchObject({ code: "CLAIM_PENDING", status: 409 });
    await decideClaim(staffB, claim!.id, { approve: true });
    const approved = await actorOf(u.id);
    expect(approved.memberships.find((m) => m.gemeenteId === b.id)).toMatchObject({ role: "ONDERNEMER", organisationId: chain.id });
  });

  it("a new relation in B (the chain has none there yet) may still be started by joining", async () => {
    const chain = await ownerDb().organisation.create({ data: { name: "Pakket Punt", nationalChain: true } });
    await ownerDb().vestiging.create({
      data: { gemeenteId: a.id, organisationId: chain.id, name: "Pakket Punt Aadorp", sector: "overig" },
    });
    const u = await createUser();
    await ownerDb().membership.create({ data: { gemeenteId: a.id, userId: u.id, role: "ONDERNEMER", organisationId: chain.id } });
    const r = await joinCoalition(await actorOf(u.id), b.slug, { ...ack, sector: "overig" });
    expect(r).toMatchObject({ status: "JOINED", gemeente: b.slug });
    const v = await ownerDb().vestiging.findUniqueOrThrow({ where: { id: (r as { vestigingId: string }).vestigingId } });
    expect(v).toMatchObject({ gemeenteId: b.id, organisationId: chain.id, acknowledgementChannel: "ZELFSERVICE" });
  });

  it("only an entrepreneur account registers as ondernemer", async () => {
    const adviser = await createUser({ platformRole: "PROGRAMME_ADVISER" });
    const staffA = await actorWithRole(a, "LOKET");
    for (const actor of [await actorOf(adviser.id), staffA]) {
      await expect(
        registerOrganisation(actor, b.slug, { name: `Eigen Zaak ${actor.userId.slice(0, 4)}`, sector: "bakker" }),
      ).rejects.toMatchObject({
        code: "NOT_AN_ENTREPRENEUR",
        status: 403,
        message: expect.stringContaining("ondernemer"),
      });
      await expect(joinCoalition(actor, b.slug, { ...ack, sector: "bakker" })).rejects.toMatchObject({ code: "NOT_AN_ENTREPRENEUR" });
      expect(await ownerDb().membership.count({ where: { userId: actor.userId, gemeenteId: b.id } })).toBe(0);
    }
    expect(await ownerDb().organisation.count({ where: { name: { startsWith: "Eigen Zaak" } } })).toBe(0);
  });
});

describe("deleting an account removes the person, never a gemeente's records", () => {
  it("keeps the vestiging, twijfels, history and contact moments, names the person 'verwijderd account', and leaves B alone", async () => {
    const org = await ownerDb().organisation.create({ data: { name: "Fietsenmaker Wiel", nationalChain: true } });
    // Gemeente B has its own relation with this organisation, run by B's staff.
    const vB = await activeRelationInB(org.id, "Fietsenmaker Wiel Beekstad");
    // The person creates the organisation's profile in A and works with A.
    const u = await createUser({ email: "wiel@wiel.test", name: "Willem Wiel" });
    const reg = await registerOrganisation(await actorOf(u.id), a.slug, { name: "Fietsenmaker Wiel", sector: "detailhandel" });
    expect(reg.status).toBe("CLAIM_PENDING");
    const staffA = await actorWithRole(a, "AMBTENAAR");
    const ctxStaffA = await requireTenant(staffA, { slug: a.slug }, "engagement:manage");
    await decideClaim(ctxStaffA, (reg as { claimId: string }).claimId, { approve: true });
    const vA = (await ownerDb().vestiging.findFirstOrThrow({ where: { gemeenteId: a.id, organisationId: org.id } })).id;
    await joinCoalition(await actorOf(u.id), a.slug, ack);
    const ctxA = await requireTenant(await actorOf(u.id), { slug: a.slug }, "organisation:self");
    await updateProfile(ctxA, {
      sector: "detailhandel",
      contributions: ["SIGNALEREN"],
      contactName: "Willem Wiel",
      contactEmail: "wiel@wiel.test",
      contactPhone: "0612345678",
    });
    // The gemeente's own records about the relation, some written by the person.
    await raiseDoubt(ctxStaffA, vA, { reason: "Vraagt naar voorrang bij inkoop" });
    await recordContactMoment(ctxStaffA, vA, { kind: "BEZOEK", outcome: "Goed gesprek" });
    await ownerDb().contactMoment.create({
      data: { gemeenteId: a.id, vestigingId: vA, kind: "MAIL", byUserId: u.id, outcome: "Mail van de ondernemer" },
    });
    const bBefore = await ownerQuery(`SELECT * FROM "Vestiging" WHERE id = $1`, [vB.id]);

    await deleteMyAccount(await actorOf(u.id), { confirm: "VERWIJDEREN" });

    // The person is gone: user, memberships, claims, personal contact fields.
    expect(await ownerDb().user.count({ where: { id: u.id } })).toBe(0);
    expect(await ownerDb().membership.count({ where: { userId: u.id } })).toBe(0);
    expect(await ownerDb().contactPerson.count({ where: { email: "wiel@wiel.test" } })).toBe(0);
    expect(JSON.stringify(await ownerQuery(`SELECT * FROM "ContactPerson" WHERE "vestigingId" = $1`, [vA]))).not.toContain("0612345678");
    // A's records stay, with the person's name replaced.
    expect(await ownerDb().vestiging.count({ where: { id: vA } })).toBe(1);
    expect(await ownerDb().doubt.count({ where: { vestigingId: vA } })).toBe(1);
    expect(await ownerDb().contactMoment.count({ where: { vestigingId: vA } })).toBe(2);
    const history = await listStepHistory(ctxStaffA, vA);
    expect(history.some((h) => h.kind === "ACKNOWLEDGE")).toBe(true);
    const byPerson = history.filter((h) => h.kind === "ACKNOWLEDGE");
    expect(byPerson.every((h) => h.byUserId === null && h.byName === "verwijderd account")).toBe(true);
    const mail = await ownerQuery(`SELECT "byUserId", "byName" FROM "ContactMoment" WHERE "vestigingId" = $1 AND kind = 'MAIL'`, [vA]);
    expect(mail.rows[0]).toEqual({ byUserId: null, byName: "verwijderd account" });
    const ackRow = await ownerQuery(`SELECT "acknowledgedById", "acknowledgedAt" FROM "Vestiging" WHERE id = $1`, [vA]);
    expect(ackRow.rows[0].acknowledgedById).toBeNull();
    expect(ackRow.rows[0].acknowledgedAt).not.toBeNull();
    // Gemeente B's relation with the same organisation is untouched.
    const bAfter = await ownerQuery(`SELECT * FROM "Vestiging" WHERE id = $1`, [vB.id]);
    expect(bAfter.rows[0]).toEqual(bBefore.rows[0]);
    expect((await publicRegister(await publicTenant(b.slug))).map((e) => e.name)).toContain("Fietsenmaker Wiel Beekstad");
  });

  it("staff of another gemeente who deletes their account leaves every gemeente's records in place", async () => {
    const org = await ownerDb().organisation.create({ data: { name: "Kapper Knip" } });
    const v = await ownerDb().vestiging.create({
      data: { gemeenteId: b.id, organisationId: org.id, name: "Kapper Knip", sector: "kapper" },
    });
    const staff = await createUser({ name: "Sanne Staf" });
    await addMembership(staff.id, b.id, "AMBTENAAR");
    const ctx = await requireTenant(await actorOf(staff.id), { slug: b.slug }, "engagement:manage");
    await raiseDoubt(ctx, v.id, { reason: "Imago onduidelijk" });
    await deleteMyAccount(await actorOf(staff.id), { confirm: "VERWIJDEREN" });
    const doubt = await ownerQuery(`SELECT "raisedById", "raisedByName", reason FROM "Doubt" WHERE "vestigingId" = $1`, [v.id]);
    expect(doubt.rows).toEqual([{ raisedById: null, raisedByName: "verwijderd account", reason: "Imago onduidelijk" }]);
  });
});
