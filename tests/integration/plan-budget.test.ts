import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { listBudgetActuals, setBudgetActual } from "@/modules/plan/server/budget-actuals";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;

beforeAll(async () => {
  a = await createGemeente({ name: "Terneuzen-test", inhabitants: 55_000 });
  b = await createGemeente({ name: "Beekstad" });
});
afterAll(closeOwnerDb);

describe("budget actuals", () => {
  it("the regisseur enters an actual; entering again corrects it", async () => {
    const ctx = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
    await setBudgetActual(ctx, { year: 2025, line: "networkMeetings", amount: "6.250,50" });
    await setBudgetActual(ctx, { year: 2025, line: "networkMeetings", amount: "6250" });
    const list = await listBudgetActuals(ctx);
    expect(list).toEqual([{ year: 2025, line: "networkMeetings", amountCents: 6_250_00, note: null }]);
  });

  it("bad input gets a Dutch field error and changes nothing", async () => {
    const ctx = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
    const before = await ownerQuery(`SELECT count(*)::int AS n FROM "BudgetActual"`);
    for (const bad of [
      { year: 2025, line: "networkMeetings", amount: "-5" },
      { year: 2025, line: "bribes", amount: "5" },
      { year: 1800, line: "campaign", amount: "5" },
      { year: 2025, line: "campaign", amount: "999.999.999.999" },
    ]) {
      const err = await setBudgetActual(ctx, bad).catch((e) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err.code).toBe("VALIDATION");
      expect(
        Object.values(err.fieldErrors ?? {})
          .flat()
          .join(" "),
      ).toMatch(/[a-z]/);
    }
    const after = await ownerQuery(`SELECT count(*)::int AS n FROM "BudgetActual"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("an ambtenaar may read but not enter", async () => {
    const ctx = await requireTenant(await actorWithRole(a, "AMBTENAAR"), { slug: a.slug }, "dashboard:read");
    await expect(listBudgetActuals(ctx)).resolves.toBeInstanceOf(Array);
    await expect(setBudgetActual(ctx, { year: 2025, line: "campaign", amount: "5" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an ondernemer may not see the budget", async () => {
    await expect(requireTenant(await actorWithRole(a, "ONDERNEMER"), { slug: a.slug }, "dashboard:read")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("budget actuals across gemeenten", () => {
  it("B's actuals are invisible to A and A's writes never touch B", async () => {
    const ctxB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "coalition:manage");
    await setBudgetActual(ctxB, { year: 2025, line: "campaign", amount: "1000" });
    const ctxA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
    expect((await listBudgetActuals(ctxA)).some((r) => r.line === "campaign")).toBe(false);
    await setBudgetActual(ctxA, { year: 2025, line: "campaign", amount: "2000" });
    const rows = await ownerQuery(`SELECT "gemeenteId", "amountCents" FROM "BudgetActual" WHERE line = 'campaign' ORDER BY "amountCents"`);
    expect(rows.rows).toEqual([
      { gemeenteId: b.id, amountCents: 1_000_00 },
      { gemeenteId: a.id, amountCents: 2_000_00 },
    ]);
    // A regisseur of A cannot act in B at all.
    await expect(requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: b.slug }, "coalition:manage")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
