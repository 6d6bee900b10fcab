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
    expect(first.steps).toBeGreaterThanOrEqual(2);
    const top = await ownerDb().vestiging.findFirst({ where: { gemeenteId: gemeenten.samenstadId }, orderBy: { matrixScore: "desc" } });
    expect(top?.matrixScore).toBe(6);

    await seedDemo(ownerDb());
    expect(await counts()).toEqual(first);

    const register = await publicRegister(await publicTenant("samenstad"));
    expect(register.map((e) => e.name)).toEqual(["Apotheek De Gaper"]);
  });
});
