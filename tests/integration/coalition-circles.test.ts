/**
 * Coalition circles: partners and entrepreneurs in werkgroep / kernteam / lokale coalitie /
 * geïnformeerd. RULE_KERNTEAM_AMBASSADOR in the domain (partners and entrepreneurs alike), never
 * exclusive, stopped entrepreneurs not placed, role and tenant boundaries. Real PostgreSQL + RLS.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { createPartner } from "@/modules/partners/server/create-partner";
import { updatePartner } from "@/modules/partners/server/update-partner";
import { getCircles, movePartner, placeVestiging } from "@/modules/coalition/server/circles";
import { movePartnerAction, placeVestigingAction } from "@/modules/coalition/actions";
import { KERNTEAM_NEEDS_AMBASSADOR } from "@/modules/coalition/rules";
import * as partnersRoute from "@/app/api/v1/gemeenten/[gemeente]/partners/route";
import * as partnerRoute from "@/app/api/v1/gemeenten/[gemeente]/partners/[id]/route";
import { call, keyFor } from "./api-support";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { codeOf, contextFor, type Gem } from "./engagement-support";

let a: Gem;
let b: Gem;
let regA: TenantContext;
let orgId: string;

/** An active, acknowledged partner by default: only those may sit in a circle (exposure predicate, issue 13). */
async function vestiging(g: Gem, name: string, sector = "supermarkt", extra: { stoppedAt?: Date } = {}) {
  return ownerDb().vestiging.create({
    data: {
      gemeenteId: g.id,
      organisationId: orgId,
      name,
      sector,
      step: "VASTHOUDEN",
      acknowledgedAt: new Date("2026-01-05"),
      acknowledgementChannel: "GESPREK",
      ...extra,
    },
  });
}
const placementOf = async (id: string) =>
  (await ownerQuery(`SELECT "coalitionCircle" AS circle, "coalitionAmbassador" AS ambassador FROM "Vestiging" WHERE id = $1`, [id]))
    .rows[0];

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp-kringen" });
  b = await createGemeente({ name: "Beekstad-kringen" });
  regA = await contextFor(a, "REGISSEUR", "partners:manage");
  orgId = (await ownerDb().organisation.create({ data: { name: `Kringen bv ${Date.now()}` } })).id;
});
afterAll(closeOwnerDb);

describe("RULE_KERNTEAM_AMBASSADOR for partners", () => {
  it("creating a kernteam partner without an ambassadeur is refused with a Dutch field error; nothing is stored", async () => {
    const err = await createPartner(regA, { name: "Bibliotheek Aadorp", kind: "CULTUUR", circle: "KERNTEAM", ambassador: "  " }).catch(
      (e) => e,
    );
    expect(err.code).toBe(KERNTEAM_NEEDS_AMBASSADOR);
    expect(err.fieldErrors.ambassador[0]).toBe("In het kernteam heeft elke partner een ambassadeur. Vul de naam van de ambassadeur in.");
    expect(
      (await ownerQuery(`SELECT 1 FROM "CoalitionPartner" WHERE "gemeenteId" = $1 AND name = 'Bibliotheek Aadorp'`, [a.id])).rowCount,
    ).toBe(0);
    const ok = await createPartner(regA, { name: "Bibliotheek Aadorp", kind: "CULTUUR", circle: "KERNTEAM", ambassador: "Anna de Vries" });
    expect(ok).toMatchObject({ circle: "KERNTEAM", ambassador: "Anna de Vries" });
  });

  it("moving into the kernteam needs an ambassadeur; clearing a kernteam ambassadeur is refused", async () => {
    const p = await createPartner(regA, { name: "Sportclub Aadorp", kind: "SPORT", circle: "LOKALE_COALITIE" });
    expect(await codeOf(updatePartner(regA, p.id, { circle: "KERNTEAM" }))).toBe(KERNTEAM_NEEDS_AMBASSADOR);
    expect(await codeOf(movePartner(regA, p.id, { circle: "KERNTEAM", ambassador: "" }))).toBe(KERNTEAM_NEEDS_AMBASSADOR);
    expect((await ownerQuery(`SELECT circle FROM "CoalitionPartner" WHERE id = $1`, [p.id])).rows[0].circle).toBe("LOKALE_COALITIE");

    const moved = await movePartner(regA, p.id, { circle: "KERNTEAM", ambassador: "Piet Jansen" });
    expect(moved).toMatchObject({ circle: "KERNTEAM", ambassador: "Piet Jansen" });
    expect(await codeOf(updatePartner(regA, p.id, { ambassador: "" }))).toBe(KERNTEAM_NEEDS_AMBASSADOR);
    expect((await ownerQuery(`SELECT ambassador FROM "CoalitionPartner" WHERE id = $1`, [p.id])).rows[0].ambassador).toBe("Piet Jansen");

    // Out of the kernteam, the ambassadeur may go.
    expect(await movePartner(regA, p.id, { circle: "GEINFORMEERD", ambassador: "" })).toMatchObject({
      circle: "GEINFORMEERD",
      ambassador: null,
    });
  });

  it("a partner always sits in a circle: an empty circle is a validation error", async () => {
    const p = await createPartner(regA, { name: "Kerk Aadorp", kind: "KERK", circle: "WERKGROEP" });
    const err = await movePartner(regA, p.id, { circle: "", ambassador: "" }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.circle[0]).toBe("Kies een kring uit de lijst.");
  });
});

describe("RULE_KERNTEAM_AMBASSADOR over /api/v1 (the same domain rule)", () => {
  it("POST and PATCH into the kernteam without an ambassadeur are 422 with the rule's code; nothing changes", async () => {
    const { key } = await keyFor(a, "REGISSEUR");
    const path = `/api/v1/gemeenten/${a.slug}/partners`;
    const post = await call(partnersRoute.POST, {
      method: "POST",
      path,
      params: { gemeente: a.slug },
      key,
      body: { name: "Buurthuis API", kind: "WELZIJN", circle: "KERNTEAM" },
    });
    expect(post.status).toBe(422);
    expect(post.json.code).toBe(KERNTEAM_NEEDS_AMBASSADOR);
    expect((await ownerQuery(`SELECT 1 FROM "CoalitionPartner" WHERE name = 'Buurthuis API'`)).rowCount).toBe(0);

    const created = await call(partnersRoute.POST, {
      method: "POST",
      path,
      params: { gemeente: a.slug },
      key,
      body: { name: "Buurthuis API", kind: "WELZIJN", circle: "LOKALE_COALITIE" },
    });
    const id = created.json.data.id;
    const patch = await call(partnerRoute.PATCH, {
      method: "PATCH",
      path: `${path}/${id}`,
      params: { gemeente: a.slug, id },
      key,
      body: { circle: "KERNTEAM" },
    });
    expect(patch.status).toBe(422);
    expect(patch.json.code).toBe(KERNTEAM_NEEDS_AMBASSADOR);
    expect((await ownerQuery(`SELECT circle FROM "CoalitionPartner" WHERE id = $1`, [id])).rows[0].circle).toBe("LOKALE_COALITIE");
  });
});

describe("entrepreneurs in the circles", () => {
  it("places, moves and removes a vestiging; the kernteam needs an ambassadeur here too", async () => {
    const v = await vestiging(a, "Supermarkt Centrum");
    expect(await codeOf(placeVestiging(regA, v.id, { circle: "KERNTEAM" }))).toBe(KERNTEAM_NEEDS_AMBASSADOR);
    expect(await placementOf(v.id)).toEqual({ circle: null, ambassador: null });

    await placeVestiging(regA, v.id, { circle: "KERNTEAM", ambassador: "Sanne (bedrijfsleider)" });
    expect(await placementOf(v.id)).toEqual({ circle: "KERNTEAM", ambassador: "Sanne (bedrijfsleider)" });
    await placeVestiging(regA, v.id, { circle: "LOKALE_COALITIE", ambassador: "Sanne (bedrijfsleider)" });
    expect((await placementOf(v.id)).circle).toBe("LOKALE_COALITIE");
    await placeVestiging(regA, v.id, { circle: "" });
    expect(await placementOf(v.id)).toEqual({ circle: null, ambassador: null });
  });

  it("never exclusive: two entrepreneurs of the same sector share the kernteam", async () => {
    const one = await vestiging(a, "Supermarkt Noord", "supermarkt");
    const two = await vestiging(a, "Supermarkt Zuid", "supermarkt");
    await placeVestiging(regA, one.id, { circle: "KERNTEAM", ambassador: "Ahmed" });
    await placeVestiging(regA, two.id, { circle: "KERNTEAM", ambassador: "Bettie" });
    const circles = await getCircles(regA);
    const kern = circles.vestigingen!.filter((x) => x.circle === "KERNTEAM").map((x) => x.name);
    expect(kern).toEqual(expect.arrayContaining(["Supermarkt Noord", "Supermarkt Zuid"]));
    expect(circles.candidates.map((c) => c.id)).not.toContain(one.id);
  });

  it("candidates to place: not in a circle and not stopped; only for partners:manage", async () => {
    const free = await vestiging(a, "Fietsenmaker Vrij", "fietsen");
    const stopped = await vestiging(a, "Drogist Gestopt", "drogist", { stoppedAt: new Date() });
    const ids = (await getCircles(regA)).candidates.map((c) => c.id);
    expect(ids).toContain(free.id);
    expect(ids).not.toContain(stopped.id);
    const readOnly = await contextFor(a, "LOKET", "partners:read");
    expect((await getCircles(readOnly)).candidates).toEqual([]);
  });

  it("a stopped entrepreneur is not placed (may still be taken out)", async () => {
    const v = await vestiging(a, "Sportschool Gestopt", "sport", { stoppedAt: new Date() });
    const err = await placeVestiging(regA, v.id, { circle: "LOKALE_COALITIE" }).catch((e) => e);
    expect(err.code).toBe("VESTIGING_STOPPED");
    expect(err.message).toMatch(/gestopt/);
    expect((await placementOf(v.id)).circle).toBeNull();
    expect(await placeVestiging(regA, v.id, { circle: null })).toMatchObject({ circle: null });
  });

  it("bad input is a Dutch validation error and changes nothing", async () => {
    const v = await vestiging(a, "Visrestaurant");
    const err = await placeVestiging(regA, v.id, { circle: "BESTUUR", ambassador: 5 }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.circle[0]).toBe("Kies een kring uit de lijst.");
    expect(await placementOf(v.id)).toEqual({ circle: null, ambassador: null });
  });
});

describe("roles and tenants", () => {
  it("a partner reads the partner circles but not the entrepreneurs, and cannot move anything", async () => {
    const partner = await contextFor(a, "PARTNER", "partners:read");
    const circles = await getCircles(partner);
    expect(circles.partners.length).toBeGreaterThan(0);
    expect(circles.vestigingen).toBeNull();
    const v = await vestiging(a, "Apotheek");
    expect(await codeOf(placeVestiging(partner, v.id, { circle: "LOKALE_COALITIE" }))).toBe("FORBIDDEN");
    const p = (await ownerQuery(`SELECT id FROM "CoalitionPartner" WHERE "gemeenteId" = $1 LIMIT 1`, [a.id])).rows[0].id;
    expect(await codeOf(movePartner(partner, p, { circle: "WERKGROEP" }))).toBe("FORBIDDEN");
  });

  it("an ondernemer and a loket cannot read the circles' entrepreneurs nor place them", async () => {
    const ondernemer = await contextFor(a, "ONDERNEMER");
    expect(await codeOf(getCircles(ondernemer))).toBe("FORBIDDEN");
    const loket = await contextFor(a, "LOKET", "partners:read");
    expect((await getCircles(loket)).vestigingen).toBeNull();
    const v = await vestiging(a, "Kapper");
    expect(await codeOf(placeVestiging(loket, v.id, { circle: "LOKALE_COALITIE" }))).toBe("FORBIDDEN");
  });

  it("gemeente B's vestiging and partner are NOT_FOUND for A and stay unchanged", async () => {
    const vB = await vestiging(b, "Bakker Beekstad");
    const pB = await ownerDb().coalitionPartner.create({
      data: { gemeenteId: b.id, name: "Welzijn Beekstad", kind: "WELZIJN", circle: "LOKALE_COALITIE" },
    });
    expect(await codeOf(placeVestiging(regA, vB.id, { circle: "WERKGROEP" }))).toBe("NOT_FOUND");
    expect(await codeOf(movePartner(regA, pB.id, { circle: "WERKGROEP" }))).toBe("NOT_FOUND");
    expect(await placementOf(vB.id)).toEqual({ circle: null, ambassador: null });
    expect((await ownerQuery(`SELECT circle FROM "CoalitionPartner" WHERE id = $1`, [pB.id])).rows[0].circle).toBe("LOKALE_COALITIE");
    const circles = await getCircles(regA);
    expect(circles.vestigingen!.map((x) => x.id)).not.toContain(vB.id);
    expect(circles.partners.map((x) => x.id)).not.toContain(pB.id);
  });

  it("server actions refuse an anonymous session and change nothing", async () => {
    const v = await vestiging(a, "Bloemist");
    const form = new FormData();
    form.set("circle", "WERKGROEP");
    expect(await placeVestigingAction(a.slug, v.id, null, form)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const p = (await ownerQuery(`SELECT id, circle FROM "CoalitionPartner" WHERE "gemeenteId" = $1 LIMIT 1`, [a.id])).rows[0];
    expect(await movePartnerAction(a.slug, p.id, null, form)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await placementOf(v.id)).toEqual({ circle: null, ambassador: null });
    expect((await ownerQuery(`SELECT circle FROM "CoalitionPartner" WHERE id = $1`, [p.id])).rows[0].circle).toBe(p.circle);
  });
});
