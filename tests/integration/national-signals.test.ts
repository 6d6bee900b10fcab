/** National view: signals per 10,000 inhabitants and median pick-up time, suppressed under five. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { nationalAggregates } from "@/modules/national/server/national-aggregates";
import { computeSignalFigures, resolvePeriod } from "@/modules/plan/server/signal-figures";
import { actorWithRole, closeOwnerDb, createGemeente, createUser, ownerDb } from "../support/factories";

const H = 3_600_000;
const DAY = 24 * H;
let meld: Awaited<ReturnType<typeof createGemeente>>;
let stil: Awaited<ReturnType<typeof createGemeente>>;
let half: Awaited<ReturnType<typeof createGemeente>>;

/** A signal received `daysAgo`, picked up (eerste intake) after `pickupHours`, or never (null). */
async function signal(gemeenteId: string, daysAgo: number, pickupHours: number | null) {
  const createdAt = new Date(Date.now() - daysAgo * DAY);
  const s = await ownerDb().signal.create({
    data: {
      gemeenteId,
      source: "LOKET_TELEFOON",
      status: pickupHours === null ? "BEOORDEELD" : "EERSTE_INTAKE",
      createdAt,
      wijk: "Centrum",
    },
  });
  await ownerDb().signalTransition.create({
    data: {
      gemeenteId,
      signalId: s.id,
      fromStatus: "ONTVANGEN",
      toStatus: "BEOORDEELD",
      createdAt: new Date(createdAt.getTime() + 0.5 * H),
    },
  });
  if (pickupHours !== null) {
    await ownerDb().signalTransition.create({
      data: {
        gemeenteId,
        signalId: s.id,
        fromStatus: "BEOORDEELD",
        toStatus: "EERSTE_INTAKE",
        createdAt: new Date(createdAt.getTime() + pickupHours * H),
      },
    });
  }
}

beforeAll(async () => {
  meld = await createGemeente({ name: "Meldstad", inhabitants: 20_000 });
  stil = await createGemeente({ name: "Stilstad", inhabitants: 10_000 });
  half = await createGemeente({ name: "Halfstad", inhabitants: 10_000 });
  // Meldstad: six signals this year, five picked up (2, 4, 6, 8, 10 h); three older ones do not count.
  for (const h of [2, 4, 6, 8, 10, null]) await signal(meld.id, 20, h);
  for (let i = 0; i < 3; i++) await signal(meld.id, 400, 100);
  // Stilstad: four signals, all picked up fast: too few for either figure.
  for (let i = 0; i < 4; i++) await signal(stil.id, 10, 1);
  // Halfstad: seven signals, four picked up: the rate shows, the median does not.
  for (const h of [1, 1, 1, 1, null, null, null]) await signal(half.id, 10, h);
});
afterAll(closeOwnerDb);

async function adviserRows() {
  const adviser = await createUser({ platformRole: "PROGRAMME_ADVISER" });
  return nationalAggregates({ kind: "user", userId: adviser.id, platformRole: "PROGRAMME_ADVISER", memberships: [] });
}

describe("national signal figures", () => {
  it("signals per 10,000 inhabitants and the median pick-up time over the last twelve months", async () => {
    const r = (await adviserRows()).find((x) => x.slug === meld.slug)!;
    expect(r.signalsPer10000).toBe(3);
    expect(r.medianPickupHours).toBe(6);
  });

  it("the median is the same as the gemeente's own dashboard figure (one definition of pick-up)", async () => {
    const reg = await requireTenant(await actorWithRole(meld, "REGISSEUR"), { slug: meld.slug }, "dashboard:read");
    const own = await computeSignalFigures(reg, resolvePeriod("12m"));
    expect(own).toMatchObject({ received: 6, pickedUp: 5, medianPickupHours: 6 });
  });

  it("fewer than five signals: no rate and no median; fewer than five picked up: no median", async () => {
    const rows = await adviserRows();
    expect(rows.find((x) => x.slug === stil.slug)).toMatchObject({ signalsPer10000: null, medianPickupHours: null });
    expect(rows.find((x) => x.slug === half.slug)).toMatchObject({ signalsPer10000: 7, medianPickupHours: null });
  });

  it("the raw function (as the app role) already suppresses: nothing derived from under five leaves the database", async () => {
    const rows = await platformDb().$queryRaw<
      { slug: string; signals_per_10000: number | null; median_pickup_hours: number | null }[]
    >`SELECT slug, signals_per_10000, median_pickup_hours FROM national_aggregates()`;
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    expect(bySlug.get(stil.slug)).toMatchObject({ signals_per_10000: null, median_pickup_hours: null });
    expect(bySlug.get(half.slug)).toMatchObject({ signals_per_10000: 7, median_pickup_hours: null });
    expect(bySlug.get(meld.slug)).toMatchObject({ signals_per_10000: 3, median_pickup_hours: 6 });
  });
});
