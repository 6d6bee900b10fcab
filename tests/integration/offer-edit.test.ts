/** Support offer edit screen rules: edit with the same schema, unpublish/publish again, role and tenant boundaries. Real PostgreSQL + RLS. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { createOffer, listOffers, listPublicOffers, unpublishOffer, updateOffer } from "@/modules/offer/server/offers";
import { publishOffer } from "@/modules/offer/server/proposals";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let regB: TenantContext;
const valid = (over: Record<string, unknown> = {}) => ({
  title: "Rouwgroep",
  provider: "Humanitas Aadorp",
  providerEmail: "",
  targetGroups: ["ROUW_VERLIES"],
  degrees: ["MATIG"],
  wijk: "",
  howToJoin: "Bel de coördinator.",
  cost: "",
  description: "",
  ...over,
});
const titles = async () => (await listPublicOffers(await publicTenant(a.slug))).map((o) => o.title);

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  regA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
  regB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "coalition:manage");
});
afterAll(closeOwnerDb);

describe("editing the support offer", () => {
  it("edits every field with the same schema; bad input changes nothing", async () => {
    const o = await createOffer(regA, valid());
    const u = await updateOffer(
      regA,
      o.id,
      valid({ title: "Rouwgroep Noord", wijk: "Noord", targetGroups: ["ROUW_VERLIES", "OUDEREN_75"], published: true }),
    );
    expect(u).toMatchObject({ title: "Rouwgroep Noord", wijk: "Noord", targetGroups: ["ROUW_VERLIES", "OUDEREN_75"] });
    const err = await updateOffer(regA, o.id, valid({ title: "", degrees: [], providerEmail: "geen-mail" })).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(Object.keys(err.fieldErrors)).toEqual(expect.arrayContaining(["title", "degrees", "providerEmail"]));
    expect((await listOffers(regA)).find((x) => x.id === o.id)).toMatchObject({ title: "Rouwgroep Noord" });
  });

  it("unpublish takes an entry off the public page; publishing brings it back; editing keeps it off when sent unpublished", async () => {
    const o = await createOffer(regA, valid({ title: "Wandelgroep" }));
    expect(await titles()).toContain("Wandelgroep");
    expect(await unpublishOffer(regA, o.id)).toEqual({ id: o.id, title: "Wandelgroep" });
    expect(await titles()).not.toContain("Wandelgroep");
    expect((await listOffers(regA)).find((x) => x.id === o.id)).toMatchObject({ published: false });
    await updateOffer(regA, o.id, valid({ title: "Wandelgroep", published: false }));
    expect(await titles()).not.toContain("Wandelgroep");
    await publishOffer(regA, o.id);
    expect(await titles()).toContain("Wandelgroep");
  });

  it("only the regisseur edits or unpublishes; another gemeente gets NOT_FOUND and A stays unchanged", async () => {
    const o = await createOffer(regA, valid({ title: "Taalcafé" }));
    const amb = await requireTenant(await actorWithRole(a, "AMBTENAAR"), { slug: a.slug }, "dashboard:read");
    await expect(unpublishOffer(amb, o.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateOffer(amb, o.id, valid())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(unpublishOffer(regB, o.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateOffer(regB, o.id, valid({ title: "Gekaapt" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = (await ownerQuery(`SELECT title, published FROM "SupportOffer" WHERE id = $1`, [o.id])).rows[0];
    expect(row).toEqual({ title: "Taalcafé", published: true });
  });
});
