/** Campaign year plan: fixed moments (idempotent), dates, role boundary, across gemeenten. Real PostgreSQL + RLS. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { createCampaign, deleteCampaign, fillYear, listCampaigns, updateCampaign } from "@/modules/campaigns/server/campaigns";
import { byMonth } from "@/modules/campaigns/schemas";
import { closeOwnerDb, createGemeente, ctxFor } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let regB: TenantContext;
const count = async (g: typeof a) =>
  (await ownerQuery(`SELECT count(*)::int AS n FROM "Campaign" WHERE "gemeenteId" = $1`, [g.id])).rows[0].n as number;
const action = (over: Record<string, unknown> = {}) => ({
  title: "Mantelzorgers in het zonnetje",
  kind: "KLEINE_ACTIE",
  targetGroups: ["MANTELZORGERS"],
  startDate: "2026-11-10",
  endDate: "2026-11-10",
  status: "GEPLAND",
  owner: "Welzijn Aadorp",
  description: "",
  ...over,
});

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  regA = await ctxFor(a, "REGISSEUR", "coalition:manage");
  regB = await ctxFor(b, "REGISSEUR", "coalition:manage");
});
afterAll(closeOwnerDb);

describe("filling the year with fixed moments", () => {
  it("adds Week tegen Eenzaamheid (1-8 October), summer and the holidays, and nothing the second time", async () => {
    expect(await fillYear(regA, 2026)).toEqual({ year: 2026, added: 3 });
    expect(await fillYear(regA, 2026)).toEqual({ year: 2026, added: 0 });
    await Promise.all([fillYear(regA, 2026), fillYear(regA, 2026)]); // two presses at once
    expect(await count(a)).toBe(3);
    const list = await listCampaigns(regA, 2026);
    const week = list.find((c) => c.fixedKey === "WEEK_TEGEN_EENZAAMHEID");
    expect(week).toMatchObject({
      title: "Week tegen Eenzaamheid",
      kind: "CAMPAGNE",
      startDate: "2026-10-01",
      endDate: "2026-10-08",
      status: "GEPLAND",
    });
    expect(list.find((c) => c.fixedKey === "ZOMER")).toMatchObject({ startDate: "2026-07-01", endDate: "2026-08-31" });
    expect(list.find((c) => c.fixedKey === "FEESTDAGEN")).toMatchObject({ startDate: "2026-12-01", endDate: "2026-12-31" });
    const months = byMonth(list, 2026);
    expect(months[9].items.map((c) => c.title)).toEqual(["Week tegen Eenzaamheid"]);
    expect(months[6].items.map((c) => c.fixedKey)).toEqual(["ZOMER"]);
    expect(months[7].items.map((c) => c.fixedKey)).toEqual(["ZOMER"]);
    expect(months[0].items).toEqual([]);
  });

  it("each year is filled on its own; a removed moment comes back when the year is filled again", async () => {
    expect(await fillYear(regA, 2027)).toEqual({ year: 2027, added: 3 });
    expect((await listCampaigns(regA, 2027)).every((c) => c.year === 2027)).toBe(true);
    const week = (await listCampaigns(regA, 2027)).find((c) => c.fixedKey === "WEEK_TEGEN_EENZAAMHEID")!;
    await deleteCampaign(regA, week.id);
    expect(await fillYear(regA, 2027)).toEqual({ year: 2027, added: 1 });
    expect((await listCampaigns(regA, 2027)).filter((c) => c.fixedKey === "WEEK_TEGEN_EENZAAMHEID")).toHaveLength(1);
  });

  it("refuses a year outside 2000-2100 in Dutch", async () => {
    await expect(fillYear(regA, 1999)).rejects.toMatchObject({ code: "VALIDATION", message: "Kies een jaar tussen 2000 en 2100." });
    await expect(fillYear(regA, "2026")).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("campaigns and small actions", () => {
  it("create, edit (status, dates) and delete", async () => {
    const c = await createCampaign(regA, action());
    expect(c).toMatchObject({ year: 2026, kind: "KLEINE_ACTIE", targetGroups: ["MANTELZORGERS"], owner: "Welzijn Aadorp" });
    const u = await updateCampaign(regA, c.id, action({ status: "BEZIG", startDate: "2026-11-09", endDate: "2026-11-15" }));
    expect(u).toMatchObject({ status: "BEZIG", startDate: "2026-11-09", endDate: "2026-11-15" });
    expect(byMonth(await listCampaigns(regA, 2026), 2026)[10].items.map((x) => x.id)).toContain(c.id);
    await deleteCampaign(regA, c.id);
    expect((await listCampaigns(regA, 2026)).map((x) => x.id)).not.toContain(c.id);
  });

  it("an end date before the start date, a bad date or a missing group gets a Dutch field error and changes nothing", async () => {
    const n = await count(a);
    const e1 = await createCampaign(regA, action({ startDate: "2026-11-10", endDate: "2026-11-01" })).catch((e) => e);
    expect(e1.code).toBe("VALIDATION");
    expect(e1.fieldErrors.endDate).toEqual(["De einddatum mag niet voor de begindatum liggen."]);
    const e2 = await createCampaign(regA, action({ startDate: "2026-02-30", targetGroups: [], kind: "FEEST", title: "" })).catch((e) => e);
    expect(e2.fieldErrors.startDate).toEqual(["Vul de begindatum in als dag, maand en jaar."]);
    expect(Object.keys(e2.fieldErrors)).toEqual(expect.arrayContaining(["targetGroups", "kind", "title"]));
    const e3 = await createCampaign(regA, action({ gemeenteId: b.id })).catch((e) => e);
    expect(e3.code).toBe("VALIDATION"); // unknown keys are refused
    const c = await createCampaign(regA, action());
    const e4 = await updateCampaign(regA, c.id, action({ endDate: "2026-10-01" })).catch((e) => e);
    expect(e4.fieldErrors.endDate).toEqual(["De einddatum mag niet voor de begindatum liggen."]);
    expect((await listCampaigns(regA, 2026)).find((x) => x.id === c.id)).toMatchObject({ endDate: "2026-11-10" });
    expect(await count(a)).toBe(n + 1);
  });

  it("staff can read the plan; only the regisseur changes it; ondernemers cannot read it", async () => {
    const amb = await ctxFor(a, "AMBTENAAR", "dashboard:read");
    expect((await listCampaigns(amb, 2026)).length).toBeGreaterThan(0);
    const n = await count(a);
    await expect(createCampaign(amb, action())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(fillYear(amb, 2030)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const some = (await listCampaigns(amb, 2026))[0];
    await expect(updateCampaign(amb, some.id, action())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteCampaign(amb, some.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const ond = await ctxFor(a, "ONDERNEMER", "gemeente:read");
    await expect(listCampaigns(ond, 2026)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await count(a)).toBe(n);
  });
});

describe("campaigns across gemeenten", () => {
  it("B's regisseur cannot see, change or delete A's items; filling B does not touch A", async () => {
    const c = await createCampaign(regA, action({ title: "Alleen Aadorp" }));
    expect((await listCampaigns(regB, 2026)).map((x) => x.id)).not.toContain(c.id);
    await expect(updateCampaign(regB, c.id, action({ title: "Gekaapt" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteCampaign(regB, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = await count(a);
    expect(await fillYear(regB, 2026)).toEqual({ year: 2026, added: 3 });
    expect(await count(a)).toBe(before);
    expect((await ownerQuery(`SELECT title FROM "Campaign" WHERE id = $1`, [c.id])).rows[0].title).toBe("Alleen Aadorp");
  });
});
