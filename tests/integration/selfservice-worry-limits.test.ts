/**
 * Issue 21 item 4: an ondernemer the gemeente has not confirmed (signed up, created an organisation,
 * no staff step) gets the public worry form's limit at most — in createSignal, so every path gets it.
 * On 02e7b2c such an account passed on 20 of 20 worries in 0.7 s.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant } from "@/lib/auth/context";
import { loadActor } from "@/lib/auth/session-user";
import { decideClaim, registerOrganisation } from "@/modules/selfservice/server/self-service";
import { passOnWorry } from "@/modules/selfservice/server/pass-on-worry";
import { RATE_LIMIT } from "@/modules/signals/server/public-intake";
import { actorWithRole, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

type G = Awaited<ReturnType<typeof createGemeente>>;
let a: G;
const actorOf = async (userId: string) => (await loadActor({ userId, sessionVersion: 0 }))!;
const worry = (i: number) => ({ situation: `Mevrouw ${i} komt elke dag en lijkt erg alleen.`, wijk: "Centrum" });
const signalsOf = async (userId: string) =>
  (await ownerQuery(`SELECT count(*)::int AS n FROM "Signal" WHERE "reporterUserId" = $1`, [userId])).rows[0].n as number;

beforeAll(async () => {
  a = await createGemeente({ name: "Grensdorp" });
});
afterAll(closeOwnerDb);

describe("worries from an ondernemer the gemeente has not confirmed", () => {
  it("self-registered (new organisation, no staff step): 20 worries at once → only the public form's hourly limit is stored", async () => {
    const u = await createUser();
    expect((await registerOrganisation(await actorOf(u.id), a.slug, { name: `Zelf Gemaakt ${Date.now()}`, sector: "kapper" })).status).toBe(
      "CREATED",
    );
    const ctx = await requireTenant(await actorOf(u.id), { slug: a.slug }, "signals:create");
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => passOnWorry(ctx, worry(i))));
    expect(results.filter((r) => r.status === "fulfilled").length).toBe(RATE_LIMIT.max);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(refused.every((e) => e.code === "RATE_LIMITED" && /over een uur/.test(e.message))).toBe(true);
    expect(await signalsOf(u.id)).toBe(RATE_LIMIT.max);
  });

  it("confirmed by the gemeente (a claim a staff member approved): no such limit", async () => {
    const org = await ownerDb().organisation.create({
      data: { name: `Bestaande Zaak ${Date.now()}`, website: "https://bestaande.example" },
    });
    await ownerDb().vestiging.create({ data: { gemeenteId: a.id, organisationId: org.id, name: org.name, sector: "kapper" } });
    const u = await createUser();
    const r = await registerOrganisation(await actorOf(u.id), a.slug, { name: org.name, sector: "kapper" });
    expect(r.status).toBe("CLAIM_PENDING");
    const amb = await requireTenant(await actorWithRole(a, "AMBTENAAR"), { slug: a.slug }, "engagement:manage");
    await decideClaim(amb, (r as { claimId: string }).claimId, { approve: true });
    const ctx = await requireTenant(await actorOf(u.id), { slug: a.slug }, "signals:create");
    for (let i = 0; i < RATE_LIMIT.max + 2; i++) await passOnWorry(ctx, worry(i));
    expect(await signalsOf(u.id)).toBe(RATE_LIMIT.max + 2);
  });
});
