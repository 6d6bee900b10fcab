/** The engagement part of the demo seed: sample data, and idempotent. */
import { afterAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed";
import { publicTenant } from "@/lib/auth/context";
import { publicRegister } from "@/modules/engagement/server/public-register";
import { closeOwnerDb, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

afterAll(closeOwnerDb);

const counts = async () =>
  (
    await ownerQuery(`SELECT (SELECT count(*) FROM "StepChange")::int AS steps, (SELECT count(*) FROM "ContactMoment")::int AS moments,
      (SELECT count(*) FROM "MailTemplate")::int AS templates, (SELECT count(*) FROM "PropositionItem")::int AS props,
      (SELECT count(*) FROM "Contribution")::int AS contributions, (SELECT count(*) FROM "ContactPerson")::int AS persons`)
  ).rows[0];

describe("seedEngagement", () => {
  it("seeds sample relations, matrix crosses, a contact moment and two templates per gemeente; twice changes nothing", async () => {
    const { gemeenten } = await seedDemo(ownerDb());
    const first = await counts();
    expect(first.templates).toBe(4);
    expect(first.moments).toBeGreaterThanOrEqual(1);
    expect(first.steps).toBe(4);
    const top = await ownerDb().vestiging.findFirst({ where: { gemeenteId: gemeenten.samenstadId }, orderBy: { matrixScore: "desc" } });
    expect(top?.matrixScore).toBe(6);

    await seedDemo(ownerDb());
    expect(await counts()).toEqual(first);

    // Samenstad follows the handreiking's case: businesses are candidates, not partners yet.
    const samenstad = await ownerDb().vestiging.findMany({ where: { gemeenteId: gemeenten.samenstadId } });
    expect(samenstad.every((v) => v.step === "VOORBEREIDEN")).toBe(true);
    expect(await publicRegister(await publicTenant("samenstad"))).toEqual([]);
    // Oosterwaard shows an active partner on its public register.
    const register = await publicRegister(await publicTenant("oosterwaard"));
    expect(register.map((e) => e.name)).toEqual(["SuperSamen Oosterwaard"]);

    // Issue 16: the demo ambtenaar has a function and contact details, and open next actions (one overdue).
    const amb = await ownerDb().user.findUniqueOrThrow({ where: { email: "ambtenaar@samenstad.demo" } });
    expect(amb.jobTitle).toBeTruthy();
    expect(amb.workContact).toBeTruthy();
    const open = await ownerDb().contactMoment.findMany({
      where: {
        gemeenteId: gemeenten.samenstadId,
        nextAction: { not: null },
        nextActionDoneAt: null,
        vestiging: { accountHolderId: amb.id },
      },
      select: { nextActionDate: true },
    });
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.some((m) => m.nextActionDate && m.nextActionDate < new Date())).toBe(true);
  });
});
