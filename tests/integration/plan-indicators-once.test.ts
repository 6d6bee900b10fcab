/**
 * The council report and the plan page need the indicators (section 2, the SMART goals' live
 * values): one request computes them once. Real database; computeIndicators is only wrapped in a
 * spy that counts calls and runs the real function.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import { computeIndicators } from "@/modules/plan/server/indicators";
import { createSmartGoal, listPlanItems, listSmartGoals } from "@/modules/plan/server/plan";
import { buildCouncilReport } from "@/modules/plan/server/council-report";
import { resolvePeriod } from "@/modules/plan/server/signal-figures";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";

vi.mock("@/modules/plan/server/indicators", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/modules/plan/server/indicators")>();
  return { ...real, computeIndicators: vi.fn(real.computeIndicators) };
});
const counted = vi.mocked(computeIndicators);

let reg: TenantContext;

beforeAll(async () => {
  const a = await createGemeente({ name: "Aadorp" });
  reg = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
  await createSmartGoal(reg, {
    title: "Twee medewerkers getraind",
    indicator: "peopleTrained",
    baseline: 0,
    target: 2,
    dueDate: "2027-12-31",
  });
});
beforeEach(() => {
  counted.mockClear();
});
afterAll(closeOwnerDb);

describe("indicators once per request", () => {
  it("the council report computes them once for its figures and the goals' live values", async () => {
    const doc = await buildCouncilReport(reg, resolvePeriod("12m"));
    expect(counted).toHaveBeenCalledTimes(1);
    const goals = doc.sections[0].rows.map((r) => r.join(" | "));
    expect(goals[0]).toContain("Twee medewerkers getraind");
    expect(doc.sections[1].rows).toContainEqual(["Mensen getraind in signaleren", "0"]);
  });

  it("the plan page's data (items and goals) computes them once", async () => {
    const [items, goals] = await Promise.all([listPlanItems(reg), listSmartGoals(reg)]);
    expect(items.length).toBeGreaterThan(0);
    expect(goals[0]).toMatchObject({ title: "Twee medewerkers getraind", current: 0, progress: 0 });
    expect(counted).toHaveBeenCalledTimes(1);
  });

  it("a caller's own computation is used, not a second one", async () => {
    const mine = computeIndicators(reg);
    await listSmartGoals(reg, mine);
    expect(counted).toHaveBeenCalledTimes(1);
  });
});
