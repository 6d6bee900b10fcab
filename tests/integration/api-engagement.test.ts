/**
 * The engagement API v1 (issue 3): route handlers called directly with real Requests, real API keys,
 * real PostgreSQL. Every principle is refused over HTTP with its code (422) and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/route";
import * as importRoute from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/import/route";
import * as item from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/route";
import * as stap from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/stap/route";
import * as parkeren from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/parkeren/route";
import * as terughalen from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/terughalen/route";
import * as bevestiging from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/bevestiging/route";
import * as stoppen from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/stoppen/route";
import * as bijdragen from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/bijdragen/route";
import * as twijfels from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/twijfels/route";
import * as besluit from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/twijfels/[twijfel]/besluit/route";
import * as contactmomenten from "@/app/api/v1/gemeenten/[gemeente]/ondernemers/[id]/contactmomenten/route";
import * as register from "@/app/api/v1/gemeenten/[gemeente]/register/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { PRINCIPLES } from "@/modules/engagement/principles";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor } from "./api-support";

type Gem = Awaited<ReturnType<typeof createGemeente>>;
type Handler = Parameters<typeof call>[0];
let A: Gem, B: Gem;
let keyA: string, keyB: string, keyLoket: string, keyPartnerRole: string;

const base = (g: Gem) => `/api/v1/gemeenten/${g.slug}/ondernemers`;
const get = (h: Handler, g: Gem, key: string | undefined, id?: string, qs = "", extra: Record<string, string> = {}) =>
  call(h, { path: `${base(g)}${id ? `/${id}` : ""}${qs}`, params: { gemeente: g.slug, ...(id ? { id } : {}), ...extra }, key });
const post = (h: Handler, g: Gem, key: string | undefined, id: string | undefined, body: unknown, extra: Record<string, string> = {}) =>
  call(h, {
    method: "POST",
    path: `${base(g)}${id ? `/${id}` : ""}/x`,
    params: { gemeente: g.slug, ...(id ? { id } : {}), ...extra },
    key,
    body,
  });

/** Snapshot of everything the engagement API can change for one gemeente. */
async function snapshot(g: Gem) {
  const q = async (sql: string) => (await ownerQuery(sql, [g.id])).rows;
  return JSON.stringify({
    v: await q(
      `SELECT id, name, step, "parkedAt", "stoppedAt", "acknowledgedAt", "activeSince", "publicDescription", wijk FROM "Vestiging" WHERE "gemeenteId" = $1 ORDER BY id`,
    ),
    c: await q(`SELECT id, type FROM "Contribution" WHERE "gemeenteId" = $1 ORDER BY id`),
    d: await q(`SELECT id, status FROM "Doubt" WHERE "gemeenteId" = $1 ORDER BY id`),
    m: await q(`SELECT id FROM "ContactMoment" WHERE "gemeenteId" = $1 ORDER BY id`),
  });
}

async function createVia(g: Gem, key: string, name: string, extra: Record<string, unknown> = {}) {
  const r = await post(collection.POST, g, key, undefined, {
    name,
    sector: "restaurant",
    wijk: "Centrum",
    publicDescription: `${name} schenkt koffie`,
    ...extra,
  });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return r.json.data.id as string;
}

/** Bring a vestiging to an active collaboration through the API only. */
async function makeActive(g: Gem, key: string, id: string) {
  expect((await post(stap.POST, g, key, id, { step: "VERBINDEN", reason: "Eerste gesprek" })).status).toBe(200);
  expect(
    (await post(bevestiging.POST, g, key, id, { date: new Date(Date.now() - 86_400_000).toISOString(), channel: "GESPREK" })).status,
  ).toBe(200);
  const moved = await post(stap.POST, g, key, id, { step: "VASTHOUDEN", reason: "Doet mee" });
  expect(moved.status, JSON.stringify(moved.json)).toBe(200);
}

const registerNames = async (g: Gem) => {
  const r = await call(register.GET, { path: `/api/v1/gemeenten/${g.slug}/register`, params: { gemeente: g.slug } });
  expect(r.status).toBe(200);
  return (r.json.data as { name: string }[]).map((e) => e.name);
};

function expectPrinciple(r: { status: number; json: { code: string; detail: string } }, code: keyof typeof PRINCIPLES) {
  expect(r.status, JSON.stringify(r.json)).toBe(422);
  expect(r.json.code).toBe(code);
  expect(r.json.detail).toBe(PRINCIPLES[code].message);
}

beforeAll(async () => {
  A = await createGemeente({ name: "Ondernemerstad" });
  B = await createGemeente({ name: "Anderdorp" });
  keyA = (await keyFor(A, "AMBTENAAR")).key;
  keyB = (await keyFor(B, "REGISSEUR")).key;
  keyLoket = (await keyFor(A, "LOKET")).key;
  keyPartnerRole = (await keyFor(A, "PARTNER")).key;
});
afterAll(closeOwnerDb);

describe("engagement over /api/v1", () => {
  it("creates, lists with q/sector/wijk/step/sort/page, gets and updates", async () => {
    const id = await createVia(A, keyA, "Bakkerij Zoet");
    await createVia(A, keyA, "Café De Hoek", { sector: "restaurant", wijk: "Noord" });
    const got = await get(item.GET, A, keyA, id);
    expect(got.status).toBe(200);
    expect(got.json.data).toMatchObject({ id, name: "Bakkerij Zoet", step: "VOORBEREIDEN" });

    const list = await get(collection.GET, A, keyA, undefined, "?q=zoet&wijk=centrum&step=VOORBEREIDEN&sort=name&page=1&pageSize=10");
    expect(list.status).toBe(200);
    expect(list.json.data.items.map((v: { name: string }) => v.name)).toEqual(["Bakkerij Zoet"]);
    expect(list.json.data).toMatchObject({ total: 1, page: 1, pageSize: 10 });
    const parked = await get(collection.GET, A, keyA, undefined, "?parked=true");
    expect(parked.json.data.total).toBe(0);
    const bad = await get(collection.GET, A, keyA, undefined, "?step=KLAAR");
    expect(bad.status).toBe(422);
    expect(bad.json.fieldErrors.step[0]).toMatch(/Kies een stap/);

    const patched = await call(item.PATCH, {
      method: "PATCH",
      path: `${base(A)}/${id}`,
      params: { gemeente: A.slug, id },
      key: keyA,
      body: { wijk: "Zuid" },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.data.wijk).toBe("Zuid");
  });

  it("imports a CSV longlist (text/csv), all or nothing", async () => {
    const csv = (rows: string) => `naam;sector;adres;wijk\n${rows}`;
    const send = (text: string, type = "text/csv") =>
      importRoute.POST(
        new Request(`http://localhost${base(A)}/import`, {
          method: "POST",
          headers: { authorization: `Bearer ${keyA}`, "content-type": type },
          body: text,
        }),
        { params: Promise.resolve({ gemeente: A.slug }) },
      );
    const before = await snapshot(A);
    const broken = await send(csv("Kapper Knip;Kapper;Dorpsstraat 1;Centrum\n;Horeca;Markt 2;Centrum\n"));
    expect(broken.status).toBe(422);
    const body = await broken.json();
    expect(body.code).toBe("IMPORT_INVALID");
    expect(Object.keys(body.fieldErrors)).toContain("regel 3");
    expect(await snapshot(A)).toBe(before);
    const json = await send("{}", "application/json");
    expect(json.status).toBe(415);
    const exclusive = await send("naam;sector;exclusief\nKapper Knip;Kapper;ja\n");
    expect((await exclusive.json()).code).toBe("PRINCIPLE_NOT_EXCLUSIVE");
    expect(await snapshot(A)).toBe(before);

    const ok = await send(csv("Kapper Knip;Kapper;Dorpsstraat 1;Centrum\nSlagerij Vlees;Detailhandel;Markt 2;Centrum\n"));
    expect(ok.status, await ok.clone().text()).toBe(201);
    const names = await get(collection.GET, A, keyA, undefined, "?q=Kapper Knip");
    expect(names.json.data.total).toBe(1);
    expect((await ok.json()).data).toMatchObject({ created: 2, encoding: "utf-8" });
    const noKey = await importRoute.POST(new Request(`http://localhost${base(A)}/import`, { method: "POST", body: "x" }), {
      params: Promise.resolve({ gemeente: A.slug }),
    });
    expect(noKey.status).toBe(401);
  });

  it("imports a CSV that Dutch Excel saved as Windows-1252: 'Café' stays 'Café' and the answer says how it was read", async () => {
    // "Café" in Windows-1252 is 43 61 66 E9 — not valid UTF-8 (a lone E9), so a UTF-8 reader would show "Caf\uFFFD".
    const text = "naam;sector;adres;wijk\r\nCafé Zoë;restaurant;Kerkstraat 9;Centrum\r\n";
    const bytes = Uint8Array.from([...text].map((c) => ({ é: 0xe9, ë: 0xeb })[c] ?? c.charCodeAt(0)));
    expect(Buffer.from(bytes).includes(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toBe(true);
    const res = await importRoute.POST(
      new Request(`http://localhost${base(A)}/import`, {
        method: "POST",
        headers: { authorization: `Bearer ${keyA}`, "content-type": "text/csv" },
        body: bytes,
      }),
      { params: Promise.resolve({ gemeente: A.slug }) },
    );
    expect(res.status, await res.clone().text()).toBe(201);
    expect(res.headers.get("api-version")).toBeTruthy();
    const data = (await res.json()).data;
    expect(data).toMatchObject({ created: 1, encoding: "windows-1252" });
    expect(data.encodingNotice).toMatch(/Windows-1252/);
    const stored = await ownerQuery<{ name: string }>(`SELECT name FROM "Vestiging" WHERE "gemeenteId" = $1 AND name LIKE 'Café Z%'`, [
      A.id,
    ]);
    expect(stored.rows.map((r) => r.name)).toEqual(["Café Zoë"]);
  });

  it("PRINCIPLE_VOLUNTARY: no active step without the acknowledgement; nothing changes", async () => {
    const id = await createVia(A, keyA, "Fietsenmaker Trap");
    await post(stap.POST, A, keyA, id, { step: "VERBINDEN", reason: "Kennismaking" });
    const before = await snapshot(A);
    expectPrinciple(await post(stap.POST, A, keyA, id, { step: "VASTHOUDEN", reason: "Wil graag" }), "PRINCIPLE_VOLUNTARY");
    expect(await snapshot(A)).toBe(before);
    const noReason = await post(stap.POST, A, keyA, id, { step: "VERLEIDEN" });
    expect(noReason.status).toBe(422);
    expect(noReason.json.fieldErrors.reason).toBeTruthy();
    expect(await snapshot(A)).toBe(before);
  });

  it("PRINCIPLE_NOT_EXCLUSIVE: exclusive:true in a body is refused", async () => {
    const id = await createVia(A, keyA, "Bloemist Roos");
    const before = await snapshot(A);
    expectPrinciple(
      await post(collection.POST, A, keyA, undefined, { name: "Apotheek", sector: "apotheek", exclusive: true }),
      "PRINCIPLE_NOT_EXCLUSIVE",
    );
    const patch = await call(item.PATCH, {
      method: "PATCH",
      path: `${base(A)}/${id}`,
      params: { gemeente: A.slug, id },
      key: keyA,
      body: { wijk: "Oost", exclusive: true },
    });
    expectPrinciple(patch, "PRINCIPLE_NOT_EXCLUSIVE");
    expectPrinciple(await post(bijdragen.POST, A, keyA, id, { type: "SIGNALEREN", exclusive: true }), "PRINCIPLE_NOT_EXCLUSIVE");
    expect(await snapshot(A)).toBe(before);
  });

  it("PRINCIPLE_EQUAL_TREATMENT: featured / order=contribution are refused (registry and public register)", async () => {
    expectPrinciple(await get(collection.GET, A, keyA, undefined, "?featured=true"), "PRINCIPLE_EQUAL_TREATMENT");
    expectPrinciple(await get(collection.GET, A, keyA, undefined, "?order=contribution"), "PRINCIPLE_EQUAL_TREATMENT");
    expectPrinciple(await get(collection.GET, A, keyA, undefined, "?sort=contribution"), "PRINCIPLE_EQUAL_TREATMENT");
    const pub = (qs: string) => call(register.GET, { path: `/api/v1/gemeenten/${A.slug}/register${qs}`, params: { gemeente: A.slug } });
    expectPrinciple(await pub("?order=contribution"), "PRINCIPLE_EQUAL_TREATMENT");
    expectPrinciple(await pub("?featured=1"), "PRINCIPLE_EQUAL_TREATMENT");
    expect((await pub("?order=alfabetisch")).status).toBe(200);
    const before = await snapshot(A);
    const id = await createVia(A, keyA, "Drukkerij Inkt");
    const featured = await call(item.PATCH, {
      method: "PATCH",
      path: `${base(A)}/${id}`,
      params: { gemeente: A.slug, id },
      key: keyA,
      body: { featured: true },
    });
    expectPrinciple(featured, "PRINCIPLE_EQUAL_TREATMENT");
    expect(JSON.parse(await snapshot(A)).v.length).toBe(JSON.parse(before).v.length + 1);
  });

  it("PRINCIPLE_NO_SPONSORSHIP: money is refused, help in kind is welcome", async () => {
    const id = await createVia(A, keyA, "Supermarkt Vers");
    const before = await snapshot(A);
    expectPrinciple(await post(bijdragen.POST, A, keyA, id, { type: "SPONSORING", description: "500 euro" }), "PRINCIPLE_NO_SPONSORSHIP");
    expectPrinciple(await post(bijdragen.POST, A, keyA, id, { type: "GELD" }), "PRINCIPLE_NO_SPONSORSHIP");
    expect(await snapshot(A)).toBe(before);
    const ok = await post(bijdragen.POST, A, keyA, id, { type: "RUIMTE_MATERIAAL_EXPERTISE", description: "Zaaltje op dinsdag" });
    expect(ok.status).toBe(201);
    const list = await get(bijdragen.GET, A, keyA, id);
    expect(list.json.data.map((c: { type: string }) => c.type)).toEqual(["RUIMTE_MATERIAAL_EXPERTISE"]);
  });

  it("PRINCIPLE_DOUBT: an open twijfel blocks a move forward; the besluit unblocks it", async () => {
    const id = await createVia(A, keyA, "Garage Motor");
    await post(stap.POST, A, keyA, id, { step: "VERBINDEN", reason: "Kennismaking" });
    const raised = await post(twijfels.POST, A, keyA, id, { reason: "Eigenaar wil reclame maken met ons logo" });
    expect(raised.status).toBe(201);
    const before = await snapshot(A);
    expectPrinciple(await post(stap.POST, A, keyA, id, { step: "VERLEIDEN", reason: "Verder" }), "PRINCIPLE_DOUBT");
    expect(await snapshot(A)).toBe(before);
    const list = await get(twijfels.GET, A, keyA, id);
    expect(list.json.data).toHaveLength(1);
    const closed = await post(
      besluit.POST,
      A,
      keyA,
      id,
      { decision: "CONTINUE", note: "Besproken, geen reclame" },
      { twijfel: raised.json.data.id },
    );
    expect(closed.status).toBe(200);
    expect(closed.json.data.status).toBe("CLOSED");
    const again = await post(besluit.POST, A, keyA, id, { decision: "CONTINUE", note: "Nog eens" }, { twijfel: raised.json.data.id });
    expect(again.status).toBe(409);
    expect((await post(stap.POST, A, keyA, id, { step: "VERLEIDEN", reason: "Verder" })).status).toBe(200);
  });

  it("PRINCIPLE_TRANSPARENCY: an active collaboration is in the public register; stopped, parked or doubted ones are not", async () => {
    const names = ["Zwembad Plons", "Apotheek Heel", "Kringloop Tweede Leven", "Boekhandel Blad"];
    const ids: string[] = [];
    for (const n of names) {
      const id = await createVia(A, keyA, n);
      await makeActive(A, keyA, id);
      ids.push(id);
    }
    expect(await registerNames(A)).toEqual(expect.arrayContaining(names));
    const reg = await call(register.GET, { path: `/api/v1/gemeenten/${A.slug}/register`, params: { gemeente: A.slug } });
    const entry = reg.json.data.find((e: { name: string }) => e.name === "Apotheek Heel");
    expect(Object.keys(entry).sort()).toEqual(["contributions", "name", "organisation", "sector", "since", "whatTheyDo"]);
    expect(entry.whatTheyDo).toBe("Apotheek Heel schenkt koffie");
    const all = await registerNames(A);
    expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b, "nl")));

    expect((await post(stoppen.POST, A, keyA, ids[1], { reason: "Wil niet meer" })).status).toBe(200);
    expect((await post(parkeren.POST, A, keyA, ids[2], { reason: "Even geen tijd" })).status).toBe(200);
    expect((await post(twijfels.POST, A, keyA, ids[3], { reason: "Twijfel over motief" })).status).toBe(201);
    const after = await registerNames(A);
    expect(after).toContain("Zwembad Plons");
    expect(after).not.toContain("Apotheek Heel");
    expect(after).not.toContain("Kringloop Tweede Leven");
    expect(after).not.toContain("Boekhandel Blad");
    // Not personal: no ids, addresses, account holders or contact people in the public answer.
    expect(JSON.stringify(reg.json)).not.toMatch(/accountHolder|address|email|"id"/);

    expect((await post(terughalen.POST, A, keyA, ids[2], { reason: "Weer tijd" })).status).toBe(200);
    expect(await registerNames(A)).toContain("Kringloop Tweede Leven");
    // Stopping takes effect at once: the stopped relation cannot move (PRINCIPLE_VOLUNTARY, own message).
    const stoppedMove = await post(stap.POST, A, keyA, ids[1], { step: "VERSTERKEN", reason: "x" });
    expect([stoppedMove.status, stoppedMove.json.code]).toEqual([422, "PRINCIPLE_VOLUNTARY"]);
    expect(stoppedMove.json.detail).toMatch(/gestopt/);
    // B's register does not show A's partners; an unknown gemeente is a 404.
    expect(await registerNames(B)).toEqual([]);
    const unknown = await call(register.GET, { path: "/api/v1/gemeenten/bestaat-niet/register", params: { gemeente: "bestaat-niet" } });
    expect(unknown.status).toBe(404);
  });

  it("records and lists contact moments", async () => {
    const id = await createVia(A, keyA, "Kapsalon Föhn");
    const r = await post(contactmomenten.POST, A, keyA, id, {
      kind: "BEZOEK",
      partContact: "Kennismaking",
      outcome: "Positief",
      nextAction: "Bellen",
      nextActionDate: "2030-01-01",
    });
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    const bad = await post(contactmomenten.POST, A, keyA, id, { kind: "DUIFPOST" });
    expect(bad.status).toBe(422);
    const list = await get(contactmomenten.GET, A, keyA, id);
    expect(list.json.data).toHaveLength(1);
    expect(list.json.data[0]).toMatchObject({ kind: "BEZOEK", outcome: "Positief" });
  });
});

describe("access", () => {
  it("cross-tenant: gemeente A's key with B's ids → 404 on every route; B unchanged", async () => {
    const bId = await createVia(B, keyB, "Bakker van B");
    const doubt = await post(twijfels.POST, B, keyB, bId, { reason: "Twijfel in B" });
    expect(doubt.status).toBe(201);
    const before = await snapshot(B);
    const viaA = (g: Gem) => g; // A's slug in the URL, B's ids in the path
    const routes: Array<[string, Promise<{ status: number }>]> = [
      ["get", get(item.GET, viaA(A), keyA, bId)],
      [
        "patch",
        call(item.PATCH, {
          method: "PATCH",
          path: `${base(A)}/${bId}`,
          params: { gemeente: A.slug, id: bId },
          key: keyA,
          body: { wijk: "Hack" },
        }),
      ],
      ["stap", post(stap.POST, A, keyA, bId, { step: "VERBINDEN", reason: "x" })],
      ["parkeren", post(parkeren.POST, A, keyA, bId, { reason: "x" })],
      ["terughalen", post(terughalen.POST, A, keyA, bId, { reason: "x" })],
      ["bevestiging", post(bevestiging.POST, A, keyA, bId, { date: "2024-01-01", channel: "GESPREK" })],
      ["stoppen", post(stoppen.POST, A, keyA, bId, { reason: "x" })],
      ["bijdragen GET", get(bijdragen.GET, A, keyA, bId)],
      ["bijdragen POST", post(bijdragen.POST, A, keyA, bId, { type: "SIGNALEREN" })],
      ["twijfels GET", get(twijfels.GET, A, keyA, bId)],
      ["twijfels POST", post(twijfels.POST, A, keyA, bId, { reason: "x" })],
      ["besluit", post(besluit.POST, A, keyA, bId, { decision: "STOP", note: "x" }, { twijfel: doubt.json.data.id })],
      ["contactmomenten GET", get(contactmomenten.GET, A, keyA, bId)],
      ["contactmomenten POST", post(contactmomenten.POST, A, keyA, bId, { kind: "BEZOEK" })],
      // A's key on B's slug: the key belongs to A, so B does not exist for it.
      ["B slug list", get(collection.GET, B, keyA)],
      ["B slug get", get(item.GET, B, keyA, bId)],
      ["B slug create", post(collection.POST, B, keyA, undefined, { name: "Indringer", sector: "restaurant" })],
    ];
    for (const [name, p] of routes) expect([name, (await p).status]).toEqual([name, 404]);
    // A's own vestiging with B's twijfel id: also 404.
    const aId = await createVia(A, keyA, "Eigen van A");
    expect((await post(besluit.POST, A, keyA, aId, { decision: "STOP", note: "x" }, { twijfel: doubt.json.data.id })).status).toBe(404);
    const imp = await importRoute.POST(
      new Request(`http://localhost${base(B)}/import`, {
        method: "POST",
        headers: { authorization: `Bearer ${keyA}`, "content-type": "text/csv" },
        body: "naam;sector\nX;Horeca\n",
      }),
      { params: Promise.resolve({ gemeente: B.slug }) },
    );
    expect(imp.status).toBe(404);
    expect(await snapshot(B)).toBe(before);
  });

  it("a role without engagement:manage gets 403 on mutations and changes nothing; no key is 401", async () => {
    const id = await createVia(A, keyA, "Schoenmaker Zool");
    const before = await snapshot(A);
    for (const key of [keyLoket, keyPartnerRole]) {
      expect((await post(collection.POST, A, key, undefined, { name: "Nieuw", sector: "restaurant" })).status).toBe(403);
      expect((await post(stap.POST, A, key, id, { step: "VERBINDEN", reason: "x" })).status).toBe(403);
      expect((await post(bijdragen.POST, A, key, id, { type: "SIGNALEREN" })).status).toBe(403);
      expect((await post(twijfels.POST, A, key, id, { reason: "x" })).status).toBe(403);
      expect((await post(stoppen.POST, A, key, id, {})).status).toBe(403);
      expect((await get(collection.GET, A, key)).status).toBe(403);
    }
    const imp = await importRoute.POST(
      new Request(`http://localhost${base(A)}/import`, {
        method: "POST",
        headers: { authorization: `Bearer ${keyLoket}`, "content-type": "text/csv" },
        body: "naam;sector\nX;Horeca\n",
      }),
      { params: Promise.resolve({ gemeente: A.slug }) },
    );
    expect(imp.status).toBe(403);
    expect((await get(collection.GET, A, undefined)).status).toBe(401);
    expect(await snapshot(A)).toBe(before);
  });

  it("the OpenAPI document lists the engagement paths", async () => {
    const doc = JSON.parse(await (await openapi()).text()) as {
      paths: Record<string, Record<string, { security: unknown[]; responses: Record<string, unknown> }>>;
    };
    const p = "/api/v1/gemeenten/{gemeente}";
    for (const [path, methods] of Object.entries({
      "/ondernemers": ["get", "post"],
      "/ondernemers/import": ["post"],
      "/ondernemers/{id}": ["get", "patch"],
      "/ondernemers/{id}/stap": ["post"],
      "/ondernemers/{id}/parkeren": ["post"],
      "/ondernemers/{id}/terughalen": ["post"],
      "/ondernemers/{id}/bevestiging": ["post"],
      "/ondernemers/{id}/stoppen": ["post"],
      "/ondernemers/{id}/bijdragen": ["get", "post"],
      "/ondernemers/{id}/twijfels": ["get", "post"],
      "/ondernemers/{id}/twijfels/{twijfel}/besluit": ["post"],
      "/ondernemers/{id}/contactmomenten": ["get", "post"],
      "/register": ["get"],
    })) {
      expect(Object.keys(doc.paths[`${p}${path}`] ?? {}).sort(), path).toEqual(methods);
    }
    expect(doc.paths[`${p}/register`].get.security).toEqual([]);
    expect(Object.keys(doc.paths[`${p}/ondernemers/{id}/stap`].post.responses)).toEqual(
      expect.arrayContaining(["200", "403", "404", "409", "422"]),
    );
  });
});
