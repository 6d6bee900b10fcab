import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant } from "@/lib/auth/context";
import { loadActor } from "@/lib/auth/session-user";
import { registerOrganisation } from "@/modules/selfservice/server/self-service";
import { myWorries, passOnWorry } from "@/modules/selfservice/server/pass-on-worry";
import { closeOwnerDb, createGemeente, createUser } from "../support/factories";
import { ownerQuery } from "../support/owner";

type G = Awaited<ReturnType<typeof createGemeente>>;
let a: G;
let b: G;
const actorOf = async (userId: string) => (await loadActor({ userId, sessionVersion: 0 }))!;

async function entrepreneur(g: G, name: string) {
  const u = await createUser();
  await registerOrganisation(await actorOf(u.id), g.slug, { name, sector: "kapper" });
  return requireTenant(await actorOf(u.id), { slug: g.slug }, "signals:create");
}

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
});
afterAll(closeOwnerDb);

describe("zorgen doorgeven through the signal point", () => {
  it("stores a worry through createSignal and shows the entrepreneur only its status", async () => {
    const ctx = await entrepreneur(a, `Kapper ${Date.now()}`);
    const { id } = await passOnWorry(ctx, { situation: "Mevrouw komt elke dag en lijkt erg alleen.", wijk: "Centrum" });
    const row = await ownerQuery(`SELECT source, "organisationId", "gemeenteId" FROM "Signal" WHERE id = $1`, [id]);
    expect(row.rows[0]).toMatchObject({ source: "ONDERNEMER", organisationId: ctx.membership!.organisationId, gemeenteId: a.id });
    const mine = await myWorries(ctx);
    expect(mine).toHaveLength(1);
    expect(Object.keys(mine[0]).sort()).toEqual(["createdAt", "id", "status"]);
    expect(mine[0].status).toBe("ONTVANGEN");
    expect(JSON.stringify(mine)).not.toContain("Mevrouw");
  });

  it("bad input gets a Dutch message and stores nothing", async () => {
    const ctx = await entrepreneur(a, `Kapper kort ${Date.now()}`);
    const before = await ownerQuery(`SELECT count(*)::int AS n FROM "Signal"`);
    await expect(passOnWorry(ctx, { situation: "kort" })).rejects.toMatchObject({ code: "VALIDATION" });
    const after = await ownerQuery(`SELECT count(*)::int AS n FROM "Signal"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("never shows another organisation's worries, nor another gemeente's", async () => {
    const one = await entrepreneur(a, `Bakker ${Date.now()}`);
    const two = await entrepreneur(a, `Slager ${Date.now()}`);
    const inB = await entrepreneur(b, `Visboer ${Date.now()}`);
    await passOnWorry(one, { situation: "Meneer vergeet steeds zijn boodschappen.", wijk: "Noord" });
    await passOnWorry(inB, { situation: "Buurman is al weken niet gezien.", wijk: "Zuid" });
    expect(await myWorries(two)).toEqual([]);
    expect((await myWorries(one)).length).toBe(1);
    expect((await myWorries(inB)).length).toBe(1);
  });
});
