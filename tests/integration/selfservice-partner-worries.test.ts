/**
 * Issue 17, item 7: a coalition partner passes on a worry through the same createSignal core as an
 * entrepreneur (source PARTNER, its own coalition partner), and sees only the status of the signals
 * it filed itself — per role: not another partner's, not an entrepreneur's, not another gemeente's.
 * Staff have signals:create too, but file through Signalen: this entrance refuses them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import { myWorries, passOnWorry } from "@/modules/selfservice/server/pass-on-worry";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { actorWithRole, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

type G = Awaited<ReturnType<typeof createGemeente>>;
let a: G;
let b: G;
const situation = "Mevrouw van nummer 12 komt al weken niet meer naar de inloop.";

async function member(g: G, role: "PARTNER" | "ONDERNEMER", partnerName = `Partner ${Math.random()}`): Promise<TenantContext> {
  const u = await createUser();
  const partner =
    role === "PARTNER" ? await ownerDb().coalitionPartner.create({ data: { gemeenteId: g.id, name: partnerName, kind: "WELZIJN" } }) : null;
  const org = role === "ONDERNEMER" ? await ownerDb().organisation.create({ data: { name: `Winkel ${Math.random()}` } }) : null;
  await ownerDb().membership.create({
    data: { userId: u.id, gemeenteId: g.id, role, coalitionPartnerId: partner?.id ?? null, organisationId: org?.id ?? null },
  });
  const actor = {
    kind: "user" as const,
    userId: u.id,
    platformRole: null,
    memberships: [
      {
        gemeenteId: g.id,
        gemeenteSlug: g.slug,
        gemeenteName: g.name,
        role,
        organisationId: org?.id ?? null,
        coalitionPartnerId: partner?.id ?? null,
      },
    ],
  };
  return requireTenant(actor, { slug: g.slug }, "signals:create");
}

beforeAll(async () => {
  a = await createGemeente({ name: "Partnerdorp" });
  b = await createGemeente({ name: "Anderstad" });
});
afterAll(closeOwnerDb);

describe("a coalition partner passes on a worry", () => {
  it("files through createSignal with source PARTNER and its own coalition partner", async () => {
    const p = await member(a, "PARTNER");
    const { id } = await passOnWorry(p, { situation, wijk: "Noord" });
    const row = (
      await ownerQuery(
        `SELECT source, "coalitionPartnerId", "organisationId", "reporterUserId", "gemeenteId" FROM "Signal" WHERE id = $1`,
        [id],
      )
    ).rows[0];
    expect(row).toMatchObject({
      source: "PARTNER",
      coalitionPartnerId: p.membership!.coalitionPartnerId,
      organisationId: null,
      reporterUserId: p.userId,
      gemeenteId: a.id,
    });
  });

  it("sees only the status of its own signals: never another partner's, an entrepreneur's or another gemeente's", async () => {
    const p1 = await member(a, "PARTNER");
    const p2 = await member(a, "PARTNER");
    const shop = await member(a, "ONDERNEMER");
    const pB = await member(b, "PARTNER");
    const { id } = await passOnWorry(p1, { situation, wijk: "Noord" });
    await passOnWorry(p2, { situation: "Meneer op de hoek lijkt erg alleen sinds de verhuizing.", wijk: "Zuid" });
    await passOnWorry(pB, { situation: "Buurvrouw zit elke dag alleen op het bankje.", wijk: "Oost" });

    const mine = await myWorries(p1);
    expect(mine.map((w) => w.id)).toEqual([id]);
    expect(Object.keys(mine[0]).sort()).toEqual(["createdAt", "id", "status"]);
    expect(JSON.stringify(mine)).not.toContain("nummer 12");
    expect((await myWorries(p2)).map((w) => w.id)).not.toContain(id);
    expect(await myWorries(shop)).toEqual([]);
    expect((await myWorries(pB)).map((w) => w.id)).not.toContain(id);
  });

  it("follows the status as the signal point works on it, without any case detail", async () => {
    const p = await member(a, "PARTNER");
    const { id } = await passOnWorry(p, { situation, wijk: "West" });
    const regisseur = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "signals:work");
    await transitionSignal(regisseur, id, { to: "BEOORDEELD", reason: "Gelezen." });
    expect((await myWorries(p))[0].status).toBe("ONTVANGEN"); // assessing is not yet picking up
    await transitionSignal(regisseur, id, { to: "EERSTE_INTAKE", reason: "Bellen voor een eerste gesprek." });
    const seen = await myWorries(p);
    expect(seen[0]).toEqual({ id, status: "OPGEPAKT", createdAt: expect.any(Date) });
    expect(JSON.stringify(seen)).not.toMatch(/EERSTE_INTAKE|eerste gesprek/);
  });

  it("refuses staff and volunteers at this entrance (they file through Signalen), and stores nothing", async () => {
    for (const role of ["LOKET", "REGISSEUR", "TEAM_WELZIJN"] as const) {
      const ctx = await requireTenant(await actorWithRole(a, role), { slug: a.slug }, "signals:create");
      const before = (await ownerQuery(`SELECT count(*)::int AS n FROM "Signal"`)).rows[0].n;
      await expect(passOnWorry(ctx, { situation, wijk: "Noord" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(myWorries(ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await ownerQuery(`SELECT count(*)::int AS n FROM "Signal"`)).rows[0].n).toBe(before);
    }
  });
});
