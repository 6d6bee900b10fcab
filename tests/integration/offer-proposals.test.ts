/**
 * Issue 4 item 6: an entrepreneur proposes an activity they host; it is not public until a
 * regisseur publishes it; then it is in the public support offer. Role and tenant boundaries hold.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type Actor } from "@/lib/auth/context";
import { listOwnProposals, proposeActivity, publishOffer } from "@/modules/offer/server/proposals";
import { listPublicOffers } from "@/modules/offer/server/offers";
import { actorWithRole, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let ondernemer: Actor;

const proposal = {
  title: "Koffie-ochtend bij de bakker",
  description: "Elke dinsdag koffie en een praatje.",
  targetGroups: ["IEDEREEN", "OUDEREN_75"],
  degrees: ["LICHT"],
  howToJoin: "Loop binnen, dinsdag 10 uur.",
  cost: "Gratis",
};

beforeAll(async () => {
  a = await createGemeente({ name: "Aabeek" });
  b = await createGemeente({ name: "Bebeek" });
  const org = await ownerDb().organisation.create({ data: { name: "Bakkerij De Korenaar" } });
  // The bakery is an active, acknowledged partner in Aabeek: its proposals link to this vestiging (issue 13).
  await ownerDb().vestiging.create({
    data: {
      gemeenteId: a.id,
      organisationId: org.id,
      name: "Bakkerij De Korenaar",
      sector: "bakker",
      step: "VASTHOUDEN",
      acknowledgedAt: new Date("2026-01-05"),
      acknowledgementChannel: "GESPREK",
    },
  });
  const user = await createUser({ email: `bakker-${Date.now()}@korenaar.test` });
  await ownerDb().membership.create({ data: { userId: user.id, gemeenteId: a.id, role: "ONDERNEMER", organisationId: org.id } });
  ondernemer = {
    kind: "user",
    userId: user.id,
    platformRole: null,
    memberships: [
      {
        gemeenteId: a.id,
        gemeenteSlug: a.slug,
        gemeenteName: a.name,
        role: "ONDERNEMER",
        organisationId: org.id,
        coalitionPartnerId: null,
      },
    ],
  };
});
afterAll(closeOwnerDb);

describe("activity proposals", () => {
  it("a proposal is stored unpublished, with the organisation as provider, and is not public", async () => {
    const ctx = await requireTenant(ondernemer, { slug: a.slug }, "organisation:self");
    const row = await proposeActivity(ctx, proposal);
    const stored = await ownerQuery(`SELECT provider, published FROM "SupportOffer" WHERE id = $1`, [row.id]);
    expect(stored.rows[0]).toEqual({ provider: "Bakkerij De Korenaar", published: false });
    expect((await listPublicOffers(await publicTenant(a.slug))).map((o) => o.id)).not.toContain(row.id);
    expect(await listOwnProposals(ctx)).toEqual([{ id: row.id, title: proposal.title, published: false }]);
  });

  it("refuses a proposal that tries to publish itself or set the provider", async () => {
    const ctx = await requireTenant(ondernemer, { slug: a.slug }, "organisation:self");
    await expect(proposeActivity(ctx, { ...proposal, published: true })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(proposeActivity(ctx, { ...proposal, provider: "Iemand anders" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("the ondernemer cannot publish; the regisseur can, and then it is public", async () => {
    const ctx = await requireTenant(ondernemer, { slug: a.slug }, "organisation:self");
    const row = await proposeActivity(ctx, { ...proposal, title: "Klets-kassa" });
    await expect(publishOffer(ctx, row.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const regisseur = await actorWithRole(a, "REGISSEUR");
    const staff = await requireTenant(regisseur, { slug: a.slug }, "coalition:manage");
    await publishOffer(staff, row.id);
    expect((await listPublicOffers(await publicTenant(a.slug))).map((o) => o.title)).toContain("Klets-kassa");
  });

  it("a regisseur of another gemeente cannot publish it (NOT_FOUND, unchanged)", async () => {
    const ctx = await requireTenant(ondernemer, { slug: a.slug }, "organisation:self");
    const row = await proposeActivity(ctx, { ...proposal, title: "Samen eten" });
    const regisseurB = await actorWithRole(b, "REGISSEUR");
    const staffB = await requireTenant(regisseurB, { slug: b.slug }, "coalition:manage");
    await expect(publishOffer(staffB, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stored = await ownerQuery(`SELECT published FROM "SupportOffer" WHERE id = $1`, [row.id]);
    expect(stored.rows[0].published).toBe(false);
  });

  it("staff without an organisation cannot propose as an entrepreneur", async () => {
    const loket = await actorWithRole(a, "LOKET");
    const ctx = await requireTenant(loket, { slug: a.slug }, "gemeente:read");
    await expect(proposeActivity(ctx, proposal)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
