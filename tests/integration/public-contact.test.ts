/** The coalition's public contact and partner organisations on the public pages (real PostgreSQL). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { getPublicContact, setPublicContact } from "@/modules/gemeenten/server/public-contact";
import { listPublicPartners } from "@/modules/partners/server/list-partners";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  regA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
  await ownerDb().coalitionPartner.createMany({
    data: [
      { gemeenteId: a.id, name: "Welzijn Aadorp", kind: "WELZIJN", ambassador: "Piet Ambassadeur" },
      { gemeenteId: a.id, name: "Bibliotheek Aadorp", kind: "CULTUUR" },
      { gemeenteId: b.id, name: "Welzijn Beekstad", kind: "WELZIJN" },
    ],
  });
});
afterAll(closeOwnerDb);

describe("public contact", () => {
  it("is empty until the regisseur sets it; then the public sees it, other settings stay", async () => {
    const pub = await publicTenant(a.slug);
    expect(await getPublicContact(pub)).toEqual({ email: null, phone: null });
    expect(await setPublicContact(regA, { email: " Coalitie@Aadorp.NL ", phone: "0115 123 456" })).toEqual({
      email: "coalitie@aadorp.nl",
      phone: "0115 123 456",
    });
    expect(await getPublicContact(pub)).toEqual({ email: "coalitie@aadorp.nl", phone: "0115 123 456" });
    const settings = (await ownerDb().gemeente.findUniqueOrThrow({ where: { id: a.id } })).settings as Record<string, unknown>;
    expect(settings.wijken).toBeDefined();
    expect(await getPublicContact(await publicTenant(b.slug))).toEqual({ email: null, phone: null });
    // An empty field removes it.
    expect(await setPublicContact(regA, { email: "", phone: "0115 123 456" })).toEqual({ email: null, phone: "0115 123 456" });
    expect(await getPublicContact(pub)).toEqual({ email: null, phone: "0115 123 456" });
  });

  it("bad input gets Dutch field errors and changes nothing; only coalition:manage may set it", async () => {
    const err = await setPublicContact(regA, { email: "geen-mail", phone: "bel me" }).catch((e) => e);
    expect(err).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: [expect.stringContaining("e-mailadres")], phone: [expect.stringContaining("telefoonnummer")] },
    });
    expect(await getPublicContact(regA)).toEqual({ email: null, phone: "0115 123 456" });
    const loket = await requireTenant(await actorWithRole(a, "LOKET"), { slug: a.slug }, "gemeente:read");
    await expect(setPublicContact(loket, { email: "x@y.nl", phone: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setPublicContact(await publicTenant(a.slug), { email: "x@y.nl", phone: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("public partner organisations", () => {
  it("lists the gemeente's own organisations by name with their kind, never the ambassador", async () => {
    const list = await listPublicPartners(await publicTenant(a.slug));
    expect(list).toEqual([
      { name: "Bibliotheek Aadorp", kind: "Cultuur" },
      { name: "Welzijn Aadorp", kind: "Welzijn" },
    ]);
    expect(JSON.stringify(list)).not.toContain("Piet");
  });
});
