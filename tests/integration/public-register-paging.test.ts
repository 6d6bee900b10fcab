/**
 * The public register in pages (issue 7): the same people in the same alphabetical order as the
 * whole list, cut into pages; bounds and bad page numbers; a name search; the optional paging of
 * GET /api/v1/gemeenten/{g}/register. Real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as register from "@/app/api/v1/gemeenten/[gemeente]/register/route";
import { publicTenant, type TenantContext } from "@/lib/auth/context";
import { publicRegister, publicRegisterPage } from "@/modules/engagement/server/public-register";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { call } from "./api-support";
import { codeOf, type Gem } from "./engagement-support";

let a: Gem;
let b: Gem;
let pubA: TenantContext;
let pubB: TenantContext;

const ACTIVE = ["zeeman", "Apotheek Noord", "Bakker Bas", "Café Oost", "bloemist Bea", "Één Winkel", "Zwembad Zuid", "'t Hoekje"];

async function partner(g: Gem, name: string, extra: Record<string, unknown> = {}) {
  const org = await ownerDb().organisation.create({ data: { name: `${name} BV` } });
  const v = await ownerDb().vestiging.create({
    data: {
      gemeenteId: g.id,
      organisationId: org.id,
      name,
      sector: "bakker",
      step: "VASTHOUDEN",
      acknowledgedAt: new Date("2026-01-05T00:00:00Z"),
      activeSince: new Date("2026-02-01T00:00:00Z"),
      ...extra,
    },
  });
  return v;
}

beforeAll(async () => {
  a = await createGemeente({ name: "Bladerstad" });
  b = await createGemeente({ name: "Anderbuurt" });
  for (const name of ACTIVE) await partner(a, name);
  // Not active: stopped, parked, an open twijfel, not acknowledged, an earlier step.
  await partner(a, "Gestopt Bedrijf", { stoppedAt: new Date() });
  await partner(a, "Gepauzeerd Bedrijf", { parkedAt: new Date() });
  const doubted = await partner(a, "Twijfel Bedrijf");
  await ownerDb().doubt.create({ data: { gemeenteId: a.id, vestigingId: doubted.id, reason: "Klopt dit?", status: "OPEN" } });
  // Active without an acknowledgement cannot even be stored (issue 13: a CHECK in PostgreSQL).
  await expect(partner(a, "Onbevestigd Bedrijf", { acknowledgedAt: null })).rejects.toThrow(/Vestiging_active_needs_acknowledgement/);
  await partner(a, "Verleiden Bedrijf", { step: "VERLEIDEN" });
  await partner(b, "Ander Dorp Bakker");
  pubA = await publicTenant(a.slug);
  pubB = await publicTenant(b.slug);
});
afterAll(closeOwnerDb);

describe("public register in pages", () => {
  it("cuts the whole alphabetical list into pages: same people, same order, nobody twice or missing", async () => {
    const whole = (await publicRegister(pubA)).map((e) => e.name);
    expect(whole).toHaveLength(ACTIVE.length);
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await publicRegisterPage(pubA, { page, pageSize: 3 }));
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 2]);
    expect(pages.flatMap((p) => p.items.map((e) => e.name))).toEqual(whole);
    expect(pages[0]).toMatchObject({ total: 8, matching: 8, page: 1, pageSize: 3, pages: 3, from: 1 });
    expect(pages[2]).toMatchObject({ page: 3, from: 7 });
    // Each entry has exactly the public fields of the whole list.
    expect(pages[1].items).toEqual((await publicRegister(pubA)).slice(3, 6));
  });

  it("never shows stopped, paused, doubted, unacknowledged or not-yet-active relations, nor another gemeente's", async () => {
    const all = await publicRegisterPage(pubA, { pageSize: 500 });
    const names = all.items.map((e) => e.name);
    for (const hidden of [
      "Gestopt Bedrijf",
      "Gepauzeerd Bedrijf",
      "Twijfel Bedrijf",
      "Onbevestigd Bedrijf",
      "Verleiden Bedrijf",
      "Ander Dorp Bakker",
    ]) {
      expect(names).not.toContain(hidden);
    }
    expect(all.total).toBe(ACTIVE.length);
    expect((await publicRegisterPage(pubB, {})).items.map((e) => e.name)).toEqual(["Ander Dorp Bakker"]);
  });

  it("a page past the end is empty with the true totals; the default is 100 per page", async () => {
    expect(await publicRegisterPage(pubA, { page: 4, pageSize: 3 })).toMatchObject({ items: [], total: 8, pages: 3, from: 0 });
    expect(await publicRegisterPage(pubA, {})).toMatchObject({ page: 1, pageSize: 100, pages: 1 });
  });

  it("refuses bad page numbers and sizes with a clear Dutch message, and any other order", async () => {
    for (const [input, field, message] of [
      [{ page: 0 }, "page", "Het paginanummer moet 1 of hoger zijn."],
      [{ page: "-2" }, "page", "Het paginanummer moet 1 of hoger zijn."],
      [{ page: "abc" }, "page", "Het paginanummer moet een heel getal zijn."],
      [{ page: 1.5 }, "page", "Het paginanummer moet een heel getal zijn."],
      [{ pageSize: 501 }, "pageSize", "Het aantal per pagina mag hoogstens 500 zijn."],
    ] as const) {
      const err = await publicRegisterPage(pubA, input).catch((e) => e);
      expect(err.code).toBe("VALIDATION");
      expect(err.fieldErrors[field]).toEqual([message]);
    }
    expect(await codeOf(publicRegisterPage(pubA, { sort: "contribution" }))).toBe("PRINCIPLE_EQUAL_TREATMENT");
    expect(await codeOf(publicRegisterPage(pubA, { featured: true }))).toBe("PRINCIPLE_EQUAL_TREATMENT");
  });

  it("searches on name or organisation name, without caring about case or accents; the order stays alphabetical", async () => {
    expect((await publicRegisterPage(pubA, { zoek: "cafe" })).items.map((e) => e.name)).toEqual(["Café Oost"]);
    expect((await publicRegisterPage(pubA, { zoek: "EEN winkel bv" })).items.map((e) => e.name)).toEqual(["Één Winkel"]);
    const z = await publicRegisterPage(pubA, { zoek: "z" });
    expect(z.items.map((e) => e.name)).toEqual(["zeeman", "Zwembad Zuid"]);
    expect(z).toMatchObject({ total: 8, matching: 2, zoek: "z" });
    expect(await publicRegisterPage(pubA, { zoek: "bestaat niet" })).toMatchObject({ items: [], matching: 0, pages: 1 });
    expect((await publicRegisterPage(pubA, { zoek: "x".repeat(101) }).catch((e) => e)).fieldErrors.zoek[0]).toMatch(/hoogstens 100 tekens/);
  });

  it("equal names are ordered by organisation name, as in the whole list, also across a page boundary", async () => {
    const c = await createGemeente({ name: "Gelijknamig" });
    // Ids in the reverse order of the organisation names, so an order by id would show.
    for (const [n, org] of [
      ["1", "Cees BV"],
      ["2", "Bert BV"],
      ["3", "Anna BV"],
    ] as const) {
      const o = await ownerDb().organisation.create({ data: { name: org } });
      await ownerDb().vestiging.create({
        data: {
          id: `00000000-0000-4000-8000-00000000000${n}`,
          gemeenteId: c.id,
          organisationId: o.id,
          name: "Zelfde Naam",
          sector: "bakker",
          step: "VERSTERKEN",
          acknowledgedAt: new Date("2026-01-05T00:00:00Z"),
        },
      });
    }
    await partner(c, "Aardige Zaak");
    const pubC = await publicTenant(c.slug);
    const whole = (await publicRegister(pubC)).map((e) => `${e.name}/${e.organisation}`);
    expect(whole).toEqual(["Aardige Zaak/Aardige Zaak BV", "Zelfde Naam/Anna BV", "Zelfde Naam/Bert BV", "Zelfde Naam/Cees BV"]);
    const p1 = await publicRegisterPage(pubC, { pageSize: 2 });
    const p2 = await publicRegisterPage(pubC, { pageSize: 2, page: 2 });
    expect([...p1.items, ...p2.items].map((e) => `${e.name}/${e.organisation}`)).toEqual(whole);
    expect((await publicRegisterPage(pubC, { zoek: "anna bv" })).items.map((e) => e.organisation)).toEqual(["Anna BV"]);
  });

  it("gives a letter index: every first letter once, with the page it starts on", async () => {
    const r = await publicRegisterPage(pubA, { pageSize: 3 });
    const whole = (await publicRegister(pubA)).map((e) => e.name);
    for (const { letter, page } of r.letters) {
      // The letter of the name's sort key: leading punctuation does not count ("'t Hoekje" is under T).
      const first = whole.findIndex((n) =>
        n
          .replace(/^[^\p{L}\p{N}]+/u, "")
          .normalize("NFD")
          .toUpperCase()
          .startsWith(letter),
      );
      expect({ letter, page }).toEqual({ letter, page: Math.floor(first / 3) + 1 });
    }
    expect(r.letters.map((l) => l.letter)).toEqual(["A", "B", "C", "E", "T", "Z"]);
  });
});

describe("GET /api/v1/gemeenten/{g}/register paging", () => {
  const get = (g: Gem, qs = "") => call(register.GET, { path: `/api/v1/gemeenten/${g.slug}/register${qs}`, params: { gemeente: g.slug } });

  it("without page or pageSize: the whole list, as before", async () => {
    const r = await get(a);
    expect(r.status).toBe(200);
    expect(Object.keys(r.json)).toEqual(["data"]);
    expect(r.json.data).toEqual(JSON.parse(JSON.stringify(await publicRegister(pubA))));
  });

  it("with page and pageSize: one page and its meta", async () => {
    const r = await get(a, "?page=2&pageSize=3");
    expect(r.status).toBe(200);
    expect(r.json.data).toEqual(JSON.parse(JSON.stringify((await publicRegister(pubA)).slice(3, 6))));
    expect(r.json.meta).toEqual({ page: 2, pageSize: 3, pages: 3, total: 8, matching: 8 });
    const first = await get(a, "?pageSize=2");
    expect(first.json.meta).toMatchObject({ page: 1, pageSize: 2, pages: 4 });
    expect((await get(a, "?page=1")).json.meta).toMatchObject({ pageSize: 100 });
  });

  it("bad paging answers 422 with a Dutch message; other orders stay refused", async () => {
    const bad = await get(a, "?page=abc");
    expect(bad.status).toBe(422);
    expect(bad.json.fieldErrors.page).toEqual(["Het paginanummer moet een heel getal zijn."]);
    const big = await get(a, "?page=1&pageSize=501");
    expect(big.status).toBe(422);
    expect(big.json.fieldErrors.pageSize).toEqual(["Het aantal per pagina mag hoogstens 500 zijn."]);
    expect((await get(a, "?page=1&order=contribution")).status).toBe(422);
  });
});
