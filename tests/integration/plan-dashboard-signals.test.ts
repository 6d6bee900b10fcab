/** Signal figures on the dashboard and as SMART-goal indicators: real rows, real PostgreSQL + RLS. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import {
  computeSignalFigures,
  computeSignalTotals,
  resolvePeriod,
  wijkRowsFor,
  wijkRowsForPublication,
} from "@/modules/plan/server/signal-figures";
import { ACTIVITY_INDICATOR_KEYS, computeActivityIndicators, computeIndicators } from "@/modules/plan/server/indicators";
import { createSmartGoal, listSmartGoals } from "@/modules/plan/server/plan";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";

type Status =
  "ONTVANGEN" | "BEOORDEELD" | "EERSTE_INTAKE" | "TEAM_WELZIJN" | "TEAM_EENZAAMHEID" | "DOORVERWEZEN" | "AFGESLOTEN" | "GEANNULEERD";
const H = 3_600_000;
const now = new Date();
const base = new Date(now.getTime() - 30 * 24 * H);

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let regB: TenantContext;

/** A signal with its transitions at the given hours after receipt. The *Enc fields hold non-ciphertext:
 * any attempt to decrypt them would throw, so the figures prove they never read personal fields. */
async function signal(
  gemeenteId: string,
  createdAt: Date,
  status: Status,
  steps: [Status, number][],
  extra: { wijk?: string | null; outcome?: "DEELGENOMEN" | "AFGEWEZEN" } = {},
) {
  const s = await ownerDb().signal.create({
    data: {
      gemeenteId,
      source: "PUBLIEK_FORMULIER",
      status,
      createdAt,
      wijk: extra.wijk ?? null,
      outcome: extra.outcome ?? null,
      residentNameEnc: "geen-geldige-versleuteling",
      situationEnc: "geen-geldige-versleuteling",
    },
  });
  let from: Status = "ONTVANGEN";
  for (const [to, hours] of steps) {
    await ownerDb().signalTransition.create({
      data: { gemeenteId, signalId: s.id, fromStatus: from, toStatus: to, createdAt: new Date(createdAt.getTime() + hours * H) },
    });
    from = to;
  }
  return s;
}

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  regA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "dashboard:read");
  regB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "dashboard:read");
  // Picked up after 10 h; later back to intake (the first pick-up counts).
  await signal(
    a.id,
    base,
    "TEAM_WELZIJN",
    [
      ["BEOORDEELD", 1],
      ["EERSTE_INTAKE", 10],
      ["TEAM_WELZIJN", 12],
      ["EERSTE_INTAKE", 200],
      ["TEAM_WELZIJN", 201],
    ],
    { wijk: "Centrum" },
  );
  // Picked up after 20 h, closed: took part.
  await signal(
    a.id,
    base,
    "AFGESLOTEN",
    [
      ["BEOORDEELD", 2],
      ["EERSTE_INTAKE", 20],
      ["TEAM_EENZAAMHEID", 30],
      ["AFGESLOTEN", 100],
    ],
    { wijk: "Centrum", outcome: "DEELGENOMEN" },
  );
  // Picked up after 30 h, closed: declined.
  await signal(
    a.id,
    base,
    "AFGESLOTEN",
    [
      ["BEOORDEELD", 3],
      ["EERSTE_INTAKE", 30],
      ["AFGESLOTEN", 40],
    ],
    { wijk: "Noord", outcome: "AFGEWEZEN" },
  );
  // Not picked up: still received, and assessed only.
  await signal(a.id, base, "ONTVANGEN", []);
  await signal(a.id, base, "BEOORDEELD", [["BEOORDEELD", 2]], { wijk: "  Centrum " });
  await signal(a.id, base, "GEANNULEERD", [["GEANNULEERD", 1]]);
  // Two years ago: outside the last twelve months, picked up after 1 h.
  await signal(
    a.id,
    new Date(now.getTime() - 730 * 24 * H),
    "TEAM_WELZIJN",
    [
      ["BEOORDEELD", 0.5],
      ["EERSTE_INTAKE", 1],
      ["TEAM_WELZIJN", 2],
    ],
    { wijk: "Noord" },
  );
  // Another gemeente: fast pick-ups and many signals that must not count for Aadorp.
  for (let i = 0; i < 4; i++)
    await signal(
      b.id,
      base,
      "AFGESLOTEN",
      [
        ["BEOORDEELD", 0.1],
        ["EERSTE_INTAKE", 0.2],
        ["AFGESLOTEN", 0.3],
      ],
      { wijk: "Centrum", outcome: "DEELGENOMEN" },
    );
});
afterAll(closeOwnerDb);

describe("signal figures", () => {
  it("counts received, picked up, closed, participation and the median pick-up time in the period", async () => {
    const f = await computeSignalFigures(regA, resolvePeriod("12m", now));
    expect(f).toMatchObject({ received: 6, pickedUp: 3, closed: 2, participated: 1, medianPickupHours: 20 });
    expect(f.byStatus).toMatchObject({ ONTVANGEN: 1, BEOORDEELD: 1, TEAM_WELZIJN: 1, AFGESLOTEN: 2, GEANNULEERD: 1, EERSTE_INTAKE: 0 });
    expect(f.byWijk).toEqual([
      { wijk: "Centrum", count: 3 },
      { wijk: "Wijk onbekend", count: 2 },
      { wijk: "Noord", count: 1 },
    ]);
  });

  it("the period decides which signals count", async () => {
    const all = await computeSignalFigures(regA, resolvePeriod("alles", now));
    expect(all).toMatchObject({ received: 7, pickedUp: 4, medianPickupHours: 15 });
    const lastYear = await computeSignalFigures(regA, {
      from: new Date(now.getTime() - 800 * 24 * H),
      to: new Date(now.getTime() - 700 * 24 * H),
    });
    expect(lastYear).toMatchObject({ received: 1, pickedUp: 1, closed: 0, medianPickupHours: 1 });
  });

  it("an empty period has zeros and no median", async () => {
    const f = await computeSignalFigures(regA, {
      from: new Date(now.getTime() - 2000 * 24 * H),
      to: new Date(now.getTime() - 1900 * 24 * H),
    });
    expect(f).toMatchObject({ received: 0, pickedUp: 0, closed: 0, participated: 0, medianPickupHours: null, byWijk: [] });
  });

  it("each gemeente sees only its own signals", async () => {
    const f = await computeSignalFigures(regB, resolvePeriod("12m", now));
    expect(f).toMatchObject({ received: 4, pickedUp: 4, closed: 4, participated: 4, medianPickupHours: 0.2 });
  });

  it("the regisseur sees every wijk; an ambtenaar sees small wijken merged", async () => {
    const amb = await requireTenant(await actorWithRole(a, "AMBTENAAR"), { slug: a.slug }, "dashboard:read");
    const f = await computeSignalFigures(amb, resolvePeriod("12m", now));
    expect(f.received).toBe(6);
    expect(wijkRowsFor(amb.role, f.byWijk)).toEqual([{ wijk: "Andere wijken samen (elk minder dan 5, of onbekend)", count: 6 }]);
    expect(wijkRowsFor(regA.role, f.byWijk)).toEqual(f.byWijk);
  });

  it("a role without dashboard access is refused", async () => {
    const loket = await requireTenant(await actorWithRole(a, "LOKET"), { slug: a.slug }, "signals:work");
    await expect(computeSignalFigures(loket, resolvePeriod("12m", now))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the signal totals of the indicators are the same as the full figures for the same period", async () => {
    const period = resolvePeriod("alles", now);
    const totalsOf = (f: Awaited<ReturnType<typeof computeSignalFigures>>) => ({
      received: f.received,
      pickedUp: f.pickedUp,
      closed: f.closed,
      participated: f.participated,
      medianPickupHours: f.medianPickupHours,
    });
    const full = await computeSignalFigures(regA, period);
    expect(full.received).toBeGreaterThan(0);
    expect(await computeSignalTotals(regA, period)).toEqual(totalsOf(full));
    expect(await computeSignalTotals(regB, period)).toEqual(totalsOf(await computeSignalFigures(regB, period)));
  });

  it("the activity indicators (the dashboard's key figures) hold no signal figure and match the full indicators", async () => {
    const [activity, all] = await Promise.all([computeActivityIndicators(regA), computeIndicators(regA)]);
    expect(Object.keys(activity).filter((k) => k.toLowerCase().includes("signal") || k === "medianPickupHours")).toEqual([]);
    for (const k of ACTIVITY_INDICATOR_KEYS) expect(activity[k]).toBe(all[k]);
    expect(activity.pipeline).toEqual(all.pipeline);
    const loket = await requireTenant(await actorWithRole(a, "LOKET"), { slug: a.slug }, "signals:work");
    await expect(computeActivityIndicators(loket)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("signal figures are live indicators a SMART goal can follow", async () => {
    const ind = await computeIndicators(regA);
    expect(ind).toMatchObject({ signalsReceived: 7, signalsPickedUp: 4, signalsClosed: 2, signalsParticipated: 1, medianPickupHours: 15 });
    await createSmartGoal(regA, {
      title: "Signalen binnen 12 uur opgepakt",
      indicator: "medianPickupHours",
      baseline: 48,
      target: 12,
      dueDate: "2027-12-31",
    });
    await createSmartGoal(regA, {
      title: "Tien doorverwijzingen waarbij iemand meedoet",
      indicator: "signalsParticipated",
      baseline: 0,
      target: 10,
      dueDate: "2027-12-31",
    });
    const goals = await listSmartGoals(regA);
    expect(goals.find((g) => g.indicator === "medianPickupHours")).toMatchObject({ current: 15, source: "Samenkracht (telt zelf)" });
    expect(goals.find((g) => g.indicator === "medianPickupHours")!.progress).toBeCloseTo(33 / 36);
    expect(goals.find((g) => g.indicator === "signalsParticipated")).toMatchObject({ current: 1, progress: 0.1 });
    await signal(
      a.id,
      new Date(),
      "AFGESLOTEN",
      [
        ["EERSTE_INTAKE", 0],
        ["AFGESLOTEN", 0],
      ],
      { outcome: "DEELGENOMEN" },
    );
    expect((await listSmartGoals(regA)).find((g) => g.indicator === "signalsParticipated")).toMatchObject({ current: 2, progress: 0.2 });
  });
});

describe("wijk rows for a public report", () => {
  it("merges wijken under five and the unknown wijk into one row", () => {
    expect(
      wijkRowsForPublication([
        { wijk: "Centrum", count: 7 },
        { wijk: "Wijk onbekend", count: 5 },
        { wijk: "Noord", count: 4 },
        { wijk: "Zuid", count: 1 },
      ]),
    ).toEqual([
      { wijk: "Centrum", count: 7 },
      { wijk: "Andere wijken samen (elk minder dan 5, of onbekend)", count: 10 },
    ]);
    expect(wijkRowsForPublication([{ wijk: "Centrum", count: 5 }])).toEqual([{ wijk: "Centrum", count: 5 }]);
  });
});
