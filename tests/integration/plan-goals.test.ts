/** Plan of approach: theme statuses and SMART goals (live and manual). Real PostgreSQL + RLS. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import { createSmartGoal, listPlanItems, listSmartGoals, setPlanItemStatus } from "@/modules/plan/server/plan";
import { cancelEvent, createEvent } from "@/modules/events/server/events";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let regB: TenantContext;

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  regA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
  regB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "coalition:manage");
});
afterAll(closeOwnerDb);

describe("plan of approach", () => {
  it("lists nine themes and four building blocks; statuses can be set", async () => {
    const items = await listPlanItems(regA);
    expect(items).toHaveLength(13);
    expect(items.filter((i) => i.key.startsWith("thema:"))).toHaveLength(9);
    await setPlanItemStatus(regA, { key: "thema:sterk-netwerk", status: "BEZIG", note: "Kernteam gevormd" });
    expect((await listPlanItems(regA)).find((i) => i.key === "thema:sterk-netwerk")).toMatchObject({
      status: "BEZIG",
      note: "Kernteam gevormd",
    });
  });

  it("a SMART goal on a live indicator moves when the data changes", async () => {
    await createSmartGoal(regA, {
      title: "Vier netwerkbijeenkomsten gepland in 2027",
      indicator: "meetingsPlanned",
      baseline: 0,
      target: 4,
      dueDate: "2027-12-31",
    });
    const before = (await listSmartGoals(regA))[0];
    expect(before).toMatchObject({ current: 0, progress: 0 });
    const at = new Date(Date.now() + 7 * 86_400_000);
    await createEvent(regA, {
      kind: "NETWERKBIJEENKOMST",
      title: "Bijeenkomst",
      location: "Zaal",
      startsAt: at.toISOString(),
      endsAt: new Date(at.getTime() + 3_600_000).toISOString(),
    });
    expect((await listSmartGoals(regA))[0]).toMatchObject({ current: 1, progress: 0.25 });
  });

  it("a cancelled meeting no longer counts as planned or held", async () => {
    const goal = async () => (await listSmartGoals(regA)).find((g) => g.title === "Vier netwerkbijeenkomsten gepland in 2027")!;
    const before = (await goal()).current;
    const at = new Date(Date.now() + 14 * 86_400_000);
    const e = await createEvent(regA, {
      kind: "NETWERKBIJEENKOMST",
      title: "Gaat niet door",
      location: "Zaal",
      startsAt: at.toISOString(),
      endsAt: new Date(at.getTime() + 3_600_000).toISOString(),
    });
    expect((await goal()).current).toBe((before ?? 0) + 1);
    await cancelEvent(regA, e.id);
    expect((await goal()).current).toBe(before);
  });

  it("a manual goal needs a source; bad input changes nothing", async () => {
    const n = (await ownerQuery(`SELECT count(*)::int AS n FROM "SmartGoal"`)).rows[0].n;
    const err = await createSmartGoal(regA, { title: "Minder eenzaamheid", baseline: "veel", target: 30, dueDate: "2028-01-01" }).catch(
      (e) => e,
    );
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.baseline[0]).toBe("Vul de beginmeting in als getal.");
    const err2 = await createSmartGoal(regA, { title: "Minder eenzaamheid", baseline: 40, target: 35, dueDate: "2028-01-01" }).catch(
      (e) => e,
    );
    expect(err2.fieldErrors.source[0]).toMatch(/bron/);
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "SmartGoal"`)).rows[0].n).toBe(n);
    await createSmartGoal(regA, {
      title: "Minder volwassenen (erg) eenzaam",
      baseline: 40,
      target: 35,
      manualValue: 38,
      source: "GGD Gezondheidsmonitor 2026",
      dueDate: "2028-01-01",
    });
    const g = (await listSmartGoals(regA)).find((x) => x.source === "GGD Gezondheidsmonitor 2026")!;
    expect(g.progress).toBeCloseTo(0.4);
  });

  it("an ambtenaar reads but cannot change the plan", async () => {
    const amb = await requireTenant(await actorWithRole(a, "AMBTENAAR"), { slug: a.slug }, "dashboard:read");
    expect(await listPlanItems(amb)).toHaveLength(13);
    await expect(setPlanItemStatus(amb, { key: "thema:preventie", status: "KLAAR" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("plan across gemeenten", () => {
  it("A never sees or changes B's statuses and goals", async () => {
    await setPlanItemStatus(regB, { key: "thema:preventie", status: "KLAAR" });
    await createSmartGoal(regB, { title: "Doel van Beekstad", baseline: 1, target: 2, source: "Eigen telling", dueDate: "2027-01-01" });
    expect((await listPlanItems(regA)).find((i) => i.key === "thema:preventie")?.status).toBe("NIET_GESTART");
    expect((await listSmartGoals(regA)).map((g) => g.title)).not.toContain("Doel van Beekstad");
    await setPlanItemStatus(regA, { key: "thema:preventie", status: "BEZIG" });
    const rows = await ownerQuery(`SELECT "gemeenteId", status FROM "PlanItemStatus" WHERE key = 'thema:preventie' ORDER BY status`);
    expect(rows.rows).toEqual([
      { gemeenteId: a.id, status: "BEZIG" },
      { gemeenteId: b.id, status: "KLAAR" },
    ]);
  });
});
