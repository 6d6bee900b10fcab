import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/gemeenten/[gemeente]/partners/route";
import * as item from "@/app/api/v1/gemeenten/[gemeente]/partners/[id]/route";
import { requireTenant } from "@/lib/auth/context";
import { createPartner } from "@/modules/partners/server/create-partner";
import { listPartners } from "@/modules/partners/server/list-partners";
import { createPartnerAction, deletePartnerAction, updatePartnerAction } from "@/modules/partners/actions";
import { MAX_BODY_BYTES } from "@/server/api";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor } from "./api-support";

let g: Awaited<ReturnType<typeof createGemeente>>;
let key: string;
const path = () => `/api/v1/gemeenten/${g.slug}/partners`;
const post = (body: unknown, extra: Partial<Parameters<typeof call>[1]> = {}) =>
  call(collection.POST, { method: "POST", path: path(), params: { gemeente: g.slug }, key, body, ...extra });
const countRows = async () =>
  (await ownerQuery(`SELECT count(*)::int AS n FROM "CoalitionPartner" WHERE "gemeenteId" = $1`, [g.id])).rows[0].n;

beforeAll(async () => {
  g = await createGemeente({ name: "Samenstad" });
  key = (await keyFor(g, "REGISSEUR")).key;
});
afterAll(closeOwnerDb);

describe("partners over /api/v1", () => {
  it("creates, reads, lists, updates and deletes a partner", async () => {
    const created = await post({ name: "  Bibliotheek Samenstad ", kind: "CULTUUR", circle: "KERNTEAM", ambassador: "Anna de Vries" });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({
      name: "Bibliotheek Samenstad",
      kind: "CULTUUR",
      circle: "KERNTEAM",
      ambassador: "Anna de Vries",
    });
    const id = created.json.data.id;

    const got = await call(item.GET, { path: `${path()}/${id}`, params: { gemeente: g.slug, id }, key });
    expect(got.status).toBe(200);
    expect(got.json.data.id).toBe(id);

    await post({ name: "Sportclub Samenstad", kind: "SPORT", circle: "LOKALE_COALITIE" });
    const kernteam = await call(collection.GET, { path: `${path()}?circle=KERNTEAM`, params: { gemeente: g.slug }, key });
    expect(kernteam.json.data.map((p: { name: string }) => p.name)).toEqual(["Bibliotheek Samenstad"]);
    const all = await call(collection.GET, { path: path(), params: { gemeente: g.slug }, key });
    expect(all.json.data.map((p: { name: string }) => p.name)).toEqual(["Bibliotheek Samenstad", "Sportclub Samenstad"]);

    const patched = await call(item.PATCH, {
      method: "PATCH",
      path: `${path()}/${id}`,
      params: { gemeente: g.slug, id },
      key,
      body: { circle: "WERKGROEP", ambassador: "" },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.data).toMatchObject({ name: "Bibliotheek Samenstad", circle: "WERKGROEP", ambassador: null });

    const deleted = await call(item.DELETE, { method: "DELETE", path: `${path()}/${id}`, params: { gemeente: g.slug, id }, key });
    expect(deleted.status).toBe(204);
    expect(deleted.json).toBeNull();
    const gone = await call(item.GET, { path: `${path()}/${id}`, params: { gemeente: g.slug, id }, key });
    expect(gone.status).toBe(404);

    const audit = await ownerQuery(`SELECT action, "actorId" FROM "AuditEvent" WHERE "entityId" = $1 ORDER BY "createdAt"`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(["partner.create", "partner.update", "partner.delete"]);
    expect(audit.rows[0].actorId).toMatch(/^apikey:/);
  });

  it("answers 422 with Dutch fieldErrors and stores nothing", async () => {
    const before = await countRows();
    const r = await post({ name: "x", kind: "BAKKER", circle: 3, ambassador: "a".repeat(121) });
    expect(r.status).toBe(422);
    expect(r.json.code).toBe("VALIDATION");
    expect(r.json.detail).toMatch(/Niet alle velden/);
    expect(r.json.fieldErrors).toEqual({
      name: ["De naam moet minstens 2 tekens hebben."],
      kind: ["Kies wat voor soort partner dit is."],
      circle: ["Kies in welke kring van de coalitie de partner zit."],
      ambassador: ["De naam van de ambassadeur mag hoogstens 120 tekens hebben."],
    });
    const missing = await post({});
    expect(missing.status).toBe(422);
    expect(missing.json.fieldErrors.name).toEqual(["Vul de naam van de partner in."]);
    const tooLong = await post({ name: "n".repeat(121), kind: "ZORG", circle: "KERNTEAM" });
    expect(tooLong.json.fieldErrors.name).toEqual(["De naam mag hoogstens 120 tekens hebben."]);
    expect(await countRows()).toBe(before);
  });

  it("an empty PATCH is a 422 and changes nothing", async () => {
    const created = await post({ name: "GGD Regio", kind: "GGD", circle: "WERKGROEP" });
    const id = created.json.data.id;
    const r = await call(item.PATCH, { method: "PATCH", path: `${path()}/${id}`, params: { gemeente: g.slug, id }, key, body: {} });
    expect(r.status).toBe(422);
    expect(r.json.fieldErrors._form).toEqual(["Geef minstens één veld om te wijzigen."]);
    const bad = await call(item.PATCH, {
      method: "PATCH",
      path: `${path()}/${id}`,
      params: { gemeente: g.slug, id },
      key,
      body: { name: "G", circle: "KERNTEAM" },
    });
    expect(bad.status).toBe(422);
    const row = await ownerQuery(`SELECT name, circle FROM "CoalitionPartner" WHERE id = $1`, [id]);
    expect(row.rows[0]).toEqual({ name: "GGD Regio", circle: "WERKGROEP" });
  });

  it("a duplicate name (any case) is a 409 CONFLICT with a Dutch message", async () => {
    await post({ name: "Woonstichting Thuis", kind: "WONEN", circle: "LOKALE_COALITIE" });
    const before = await countRows();
    const dup = await post({ name: "woonstichting thuis", kind: "WONEN", circle: "KERNTEAM", ambassador: "Wim" });
    expect(dup.status).toBe(409);
    expect(dup.json).toMatchObject({ status: 409, code: "CONFLICT", detail: "Er is in deze gemeente al een partner met deze naam." });
    expect(await countRows()).toBe(before);

    const other = await post({ name: "Kerk Centrum", kind: "KERK", circle: "LOKALE_COALITIE" });
    const rename = await call(item.PATCH, {
      method: "PATCH",
      path: `${path()}/${other.json.data.id}`,
      params: { gemeente: g.slug, id: other.json.data.id },
      key,
      body: { name: "Woonstichting Thuis" },
    });
    expect(rename.status).toBe(409);
  });

  it("refuses bodies over the limit (413), non-JSON (415) and broken JSON (400)", async () => {
    const before = await countRows();
    const big = JSON.stringify({ name: "Groot", kind: "ZORG", circle: "KERNTEAM", ambassador: "x".repeat(MAX_BODY_BYTES) });
    const r413 = await post(undefined, { rawBody: big, headers: { "content-type": "application/json" } });
    expect(r413.status).toBe(413);
    expect(r413.json.detail).toMatch(/te groot/);
    // Without a Content-Length header (streamed), the limit still holds.
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const req = new Request(`http://localhost:3203${path()}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(req.headers.get("content-length")).toBeNull();
    const streamed = await collection.POST(req, { params: Promise.resolve({ gemeente: g.slug }) });
    expect(streamed.status).toBe(413);

    const r415 = await post(undefined, { rawBody: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(r415.status).toBe(415);
    const r400 = await post(undefined, { rawBody: '{"name":', headers: { "content-type": "application/json" } });
    expect(r400.status).toBe(400);
    expect(r400.json.code).toBe("INVALID_JSON");
    expect(await countRows()).toBe(before);
  });

  it("a user with partners:manage uses the same domain functions; a partner role cannot", async () => {
    const ambtenaar = await actorWithRole(g, "AMBTENAAR");
    const ctx = await requireTenant(ambtenaar, { slug: g.slug }, "partners:manage");
    const p = await createPartner(ctx, { name: "Humanitas", kind: "VRIJWILLIGERS", circle: "KERNTEAM", ambassador: "Henk" });
    expect((await listPartners(ctx)).some((x) => x.id === p.id)).toBe(true);
    const partnerUser = await actorWithRole(g, "PARTNER");
    const readCtx = await requireTenant(partnerUser, { slug: g.slug }, "partners:read");
    await expect(createPartner(readCtx, { name: "Nee", kind: "ZORG", circle: "KERNTEAM" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("server actions refuse an anonymous session and change nothing", async () => {
    const before = await countRows();
    const form = new FormData();
    for (const [k, v] of Object.entries({ name: "Anoniem", kind: "ZORG", circle: "KERNTEAM" })) form.set(k, v);
    expect(await createPartnerAction(g.slug, null, form)).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    const some = (await ownerQuery(`SELECT id FROM "CoalitionPartner" WHERE "gemeenteId" = $1 LIMIT 1`, [g.id])).rows[0].id;
    expect(await updatePartnerAction(g.slug, some, { name: "Gekaapt" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await deletePartnerAction(g.slug, some)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await countRows()).toBe(before);
  });

  it("a refused form gets its posted text back (to refill a page answered without JavaScript), never a secret or a token", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ name: "Humanitas <b>", kind: "ZORG", token: "eenmalig", password: "geheim", clientSecret: "s" }))
      form.set(k, v);
    const r = await createPartnerAction(g.slug, null, form);
    expect(r).toMatchObject({ ok: false, values: { name: "Humanitas <b>", kind: "ZORG" } });
    expect(r && !r.ok ? Object.keys(r.values ?? {}).sort() : []).toEqual(["kind", "name"]);
    // Not a form: nothing to send back.
    expect(await createPartnerAction(g.slug, null, { name: "x" } as never)).not.toHaveProperty("values");
  });
});
