import bcrypt from "bcryptjs";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "../../prisma/seed/index";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccount } from "../../prisma/seed/demo-accounts";
import { withTenant } from "@/lib/db/tenant";
import { closeOwnerDb, ownerDb } from "../support/factories";

afterAll(closeOwnerDb);

async function counts() {
  const db = ownerDb();
  return {
    gemeenten: await db.gemeente.count(),
    partners: await db.coalitionPartner.count(),
    organisations: await db.organisation.count(),
    vestigingen: await db.vestiging.count(),
    users: await db.user.count(),
    memberships: await db.membership.count(),
  };
}

describe("demo seed", () => {
  let first: SeedResult;

  it("creates both gemeenten with the expected rows, without passwords unless asked", async () => {
    first = await seedDemo(ownerDb(), { demoPasswords: false });
    expect(first.created).toEqual({ gemeenten: 2, partners: 30, organisations: 4, vestigingen: 5, users: 12, memberships: 11 });
    expect(await counts()).toEqual({ gemeenten: 2, partners: 30, organisations: 4, vestigingen: 5, users: 12, memberships: 11 });
    const withPassword = await ownerDb().user.count({ where: { passwordHash: { not: null } } });
    expect(withPassword).toBe(0);
  });

  it("is idempotent: a second run creates nothing and only adds the missing demo passwords", async () => {
    const second = await seedDemo(ownerDb(), { demoPasswords: true });
    expect(second.gemeenten).toEqual(first.gemeenten);
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(await counts()).toEqual({ gemeenten: 2, partners: 30, organisations: 4, vestigingen: 5, users: 12, memberships: 11 });

    const regisseur = await ownerDb().user.findUniqueOrThrow({ where: { email: demoAccount("regisseur").email } });
    expect(await bcrypt.compare(DEMO_PASSWORD, regisseur.passwordHash!)).toBe(true);
    const ondernemer = await ownerDb().user.findUniqueOrThrow({ where: { email: demoAccount("ondernemer").email } });
    expect(ondernemer.passwordHash).toBeNull(); // e-mail link only

    // A third run does not touch an existing password.
    await seedDemo(ownerDb(), { demoPasswords: true });
    const again = await ownerDb().user.findUniqueOrThrow({ where: { id: regisseur.id } });
    expect(again.passwordHash).toBe(regisseur.passwordHash);
  });

  it("models the Samenstad case: 25 partners, four candidate businesses in VOORBEREIDEN, one national chain", async () => {
    const samenstad = await ownerDb().gemeente.findUniqueOrThrow({ where: { slug: "samenstad" } });
    const partners = await ownerDb().coalitionPartner.findMany({ where: { gemeenteId: samenstad.id } });
    expect(partners).toHaveLength(25);
    const kinds = new Set(partners.map((p) => p.kind));
    for (const kind of ["ZORG", "CULTUUR", "WELZIJN", "OUDEREN"] as const) expect(kinds.has(kind)).toBe(true);
    expect(partners.filter((p) => p.circle === "KERNTEAM").every((p) => !!p.ambassador)).toBe(true);

    const vestigingen = await ownerDb().vestiging.findMany({ where: { gemeenteId: samenstad.id }, include: { organisation: true } });
    expect(vestigingen.map((v) => v.sector).sort()).toEqual(["apotheek", "restaurant", "sportschool", "supermarkt"]);
    expect(vestigingen.every((v) => v.step === "VOORBEREIDEN")).toBe(true);

    const chain = vestigingen.find((v) => v.sector === "supermarkt")!.organisation;
    expect(chain.nationalChain).toBe(true);
    const chainGemeenten = await ownerDb().vestiging.findMany({
      where: { organisationId: chain.id },
      select: { gemeente: { select: { slug: true } } },
    });
    expect(chainGemeenten.map((v) => v.gemeente.slug).sort()).toEqual(["oosterwaard", "samenstad"]);
  });

  it("gives every demo account the memberships listed in demo-accounts.ts", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await ownerDb().user.findUniqueOrThrow({
        where: { email: account.email },
        include: { memberships: { include: { gemeente: true, organisation: true, coalitionPartner: true } } },
      });
      expect(user.platformRole).toBe(account.platformRole ?? null);
      const got = user.memberships
        .map((m) => ({
          gemeente: m.gemeente.slug,
          role: m.role,
          organisation: m.organisation?.name,
          coalitionPartner: m.coalitionPartner?.name,
        }))
        .sort((x, y) => x.gemeente.localeCompare(y.gemeente));
      const want = account.memberships
        .map((m) => ({ gemeente: m.gemeente, role: m.role, organisation: m.organisation, coalitionPartner: m.coalitionPartner }))
        .sort((x, y) => x.gemeente.localeCompare(y.gemeente));
      expect(got, account.email).toEqual(want);
    }
    // One Samenstad account per tenant role.
    const samenstadRoles = new Set(
      DEMO_ACCOUNTS.filter((a) => a.memberships.length === 1 && a.memberships[0].gemeente === "samenstad").map(
        (a) => a.memberships[0].role,
      ),
    );
    expect(samenstadRoles.size).toBe(8);
  });

  it("is visible to the app client per gemeente only (RLS)", async () => {
    const n = (gemeenteId: string) =>
      withTenant({ gemeenteId }, (db) => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "CoalitionPartner"`);
    expect((await n(first.gemeenten.samenstadId))[0].n).toBe(25);
    expect((await n(first.gemeenten.secondId))[0].n).toBe(5);
  });

  it("shows a newcomer a training closed with attendance without accounts, and a public event open for registration", async () => {
    const { publicTenant, requireTenant } = await import("@/lib/auth/context");
    const { listPublicEvents } = await import("@/modules/events/server/events");
    const { computeIndicators } = await import("@/modules/plan/server/indicators");
    const { DEMO_PUBLIC_EVENT } = await import("../../prisma/seed/events");
    const open = (await listPublicEvents(await publicTenant("samenstad"), new Date())).find((e) => e.title === DEMO_PUBLIC_EVENT);
    expect(open?.placesLeft).toBeGreaterThan(0);
    const regisseur = await ownerDb().user.findUniqueOrThrow({ where: { email: "regisseur@samenstad.demo" } });
    const ctx = await requireTenant(
      {
        kind: "user",
        userId: regisseur.id,
        platformRole: null,
        memberships: [
          {
            gemeenteId: first.gemeenten.samenstadId,
            gemeenteSlug: "samenstad",
            gemeenteName: "Samenstad",
            role: "REGISSEUR",
            organisationId: null,
            coalitionPartnerId: null,
          },
        ],
      },
      { slug: "samenstad" },
      "dashboard:read",
    );
    const ind = await computeIndicators(ctx);
    expect(ind.peopleTrainedWithoutAccount).toBe(8); // two guests and six walk-ins
    expect(ind.peopleTrained).toBeGreaterThanOrEqual(8);
  });
});
