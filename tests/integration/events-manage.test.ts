/** Agenda, registration (capacity), attendance, public feed and the live indicators. Real PostgreSQL + RLS. */
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { publicTenant, type TenantContext } from "@/lib/auth/context";
import {
  createEvent,
  listEvents,
  listPublicEvents,
  listRegistrants,
  recordAttendance,
  registerForEvent,
} from "@/modules/events/server/events";
import { computeIndicators } from "@/modules/plan/server/indicators";
import { closeOwnerDb, createGemeente, ctxFor } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let regB: TenantContext;
const inDays = (d: number, h = 0) => new Date(Date.now() + d * 86_400_000 + h * 3_600_000).toISOString();
const meeting = (over: Record<string, unknown> = {}) => ({
  kind: "NETWERKBIJEENKOMST",
  title: "Netwerkbijeenkomst najaar",
  location: "Bibliotheek",
  startsAt: inDays(7),
  endsAt: inDays(7, 2),
  capacity: 2,
  public: true,
  ...over,
});

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  regA = await ctxFor(a, "REGISSEUR", "coalition:manage");
  regB = await ctxFor(b, "REGISSEUR", "coalition:manage");
});
afterAll(closeOwnerDb);

describe("agenda", () => {
  it("the regisseur plans; an ondernemer and a partner register; the indicator moves; capacity holds", async () => {
    const before = await computeIndicators(regA);
    const e = await createEvent(regA, meeting());
    const ond = await ctxFor(a, "ONDERNEMER");
    const partner = await ctxFor(a, "PARTNER");
    expect(await registerForEvent(ond, e.id)).toEqual({ registrations: 1 });
    expect(await registerForEvent(ond, e.id)).toEqual({ registrations: 1 }); // idempotent
    expect(await registerForEvent(partner, e.id)).toEqual({ registrations: 2 });
    const third = await ctxFor(a, "AMBTENAAR");
    await expect(registerForEvent(third, e.id)).rejects.toMatchObject({ code: "EVENT_FULL" });
    const after = await computeIndicators(regA);
    expect(after.registrations - before.registrations).toBe(2);
    expect(after.meetingsPlanned - before.meetingsPlanned).toBe(1);
    expect((await listEvents(ond)).find((x) => x.id === e.id)).toMatchObject({ registrations: 2, registeredByMe: true });
  });

  it("many people registering at once never overbook", async () => {
    const e = await createEvent(regA, meeting({ title: "Collega-oefening", kind: "COLLEGA_OEFENING", capacity: 3 }));
    const people = await Promise.all(Array.from({ length: 8 }, () => ctxFor(a, "AMBTENAAR")));
    const results = await Promise.allSettled(people.map((p) => registerForEvent(p, e.id)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "EventRegistration" WHERE "eventId" = $1`, [e.id])).rows[0].n).toBe(3);
  });

  it("attendance at a training counts people trained", async () => {
    const t = await createEvent(regA, meeting({ kind: "TRAINING_SIGNALEREN", title: "Training signaleren", capacity: null }));
    const x = await ctxFor(a, "ONDERNEMER");
    const y = await ctxFor(a, "ONDERNEMER");
    await registerForEvent(x, t.id);
    await registerForEvent(y, t.id);
    const regs = await listRegistrants(regA, t.id);
    expect(regs).toHaveLength(2);
    const before = (await computeIndicators(regA)).peopleTrained;
    await recordAttendance(regA, t.id, [regs[0].registrationId]);
    expect((await computeIndicators(regA)).peopleTrained).toBe(before + 1);
  });

  it("bad input gets Dutch field errors and creates nothing", async () => {
    const n = (await ownerQuery(`SELECT count(*)::int AS n FROM "Event"`)).rows[0].n;
    const err = await createEvent(
      regA,
      meeting({ title: "", startsAt: inDays(3, 2), endsAt: inDays(3), capacity: 0, kind: "FEEST" }),
    ).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(Object.keys(err.fieldErrors)).toEqual(expect.arrayContaining(["title", "capacity", "kind"]));
    const err2 = await createEvent(regA, meeting({ startsAt: inDays(3, 2), endsAt: inDays(3) })).catch((e) => e);
    expect(err2.fieldErrors.endsAt[0]).toBe("De eindtijd moet na de begintijd liggen.");
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "Event"`)).rows[0].n).toBe(n);
  });

  it("only the regisseur plans; ondernemers cannot see who registered", async () => {
    const ond = await ctxFor(a, "ONDERNEMER");
    await expect(createEvent(ond, meeting())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const e = (await listEvents(ond))[0];
    await expect(listRegistrants(ond, e.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the public list only has public events", async () => {
    await createEvent(regA, meeting({ title: "Intern overleg kernteam", public: false }));
    const pub = await listPublicEvents(await publicTenant(a.slug));
    expect(pub.map((e) => e.title)).toContain("Netwerkbijeenkomst najaar");
    expect(pub.map((e) => e.title)).not.toContain("Intern overleg kernteam");
  });
});

describe("agenda across gemeenten", () => {
  it("A's members cannot register for, see, or mark B's events (NOT_FOUND, B unchanged)", async () => {
    const eB = await createEvent(regB, meeting({ title: "Beekstad bijeenkomst", capacity: null }));
    const ondA = await ctxFor(a, "ONDERNEMER");
    await expect(registerForEvent(ondA, eB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listRegistrants(regA, eB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordAttendance(regA, eB.id, [])).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listEvents(regA)).map((e) => e.id)).not.toContain(eB.id);
    expect((await listPublicEvents(await publicTenant(a.slug))).map((e) => e.title)).not.toContain("Beekstad bijeenkomst");
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "EventRegistration" WHERE "eventId" = $1`, [eB.id])).rows[0].n).toBe(0);
  });
});
