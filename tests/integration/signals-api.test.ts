/** Signals over /api/v1: partner-system intake, reporter status, same rules as the domain. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/gemeenten/[gemeente]/signalen/route";
import * as status from "@/app/api/v1/gemeenten/[gemeente]/signalen/status/route";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call, keyFor } from "./api-support";

let g: Awaited<ReturnType<typeof createGemeente>>;
let other: Awaited<ReturnType<typeof createGemeente>>;
let partnerKey: string;
let regKey: string;
const path = () => `/api/v1/gemeenten/${g.slug}/signalen`;

beforeAll(async () => {
  g = await createGemeente();
  other = await createGemeente();
  partnerKey = (await keyFor(g, "PARTNER")).key;
  regKey = (await keyFor(g, "REGISSEUR")).key;
});
afterAll(closeOwnerDb);

describe("signals over /api/v1", () => {
  it("a partner system files a signal, then follows it with the code only", async () => {
    const res = await call(collection.POST, {
      method: "POST",
      path: path(),
      params: { gemeente: g.slug },
      key: partnerKey,
      body: { residentName: "Api Persoon", situation: "Via ons systeem: mevrouw eet niet meer mee." },
    });
    expect(res.status).toBe(201);
    expect(res.json.data).toMatchObject({ status: "ONTVANGEN" });
    const row = (await ownerQuery(`SELECT source, "residentNameEnc" FROM "Signal" WHERE id = $1`, [res.json.data.id])).rows[0];
    expect(row.source).toBe("PARTNER");
    expect(row.residentNameEnc).not.toContain("Api Persoon");
    const st = await call(status.GET, { path: `${path()}/status?code=${res.json.data.statusCode}`, params: { gemeente: g.slug } });
    expect(st.status).toBe(200);
    expect(st.json.data).toEqual({ status: "ONTVANGEN" });
    const wrongTenant = await call(status.GET, {
      path: `/api/v1/gemeenten/${other.slug}/signalen/status?code=${res.json.data.statusCode}`,
      params: { gemeente: other.slug },
    });
    expect(wrongTenant.status).toBe(404);
  });

  it("bad input → 422 in Dutch, nothing stored; a partner may not read the work queue; the queue has no personal data", async () => {
    const before = (await ownerQuery(`SELECT count(*)::int AS n FROM "Signal"`)).rows[0].n;
    const bad = await call(collection.POST, {
      method: "POST",
      path: path(),
      params: { gemeente: g.slug },
      key: partnerKey,
      body: { situation: "kort" },
    });
    expect(bad.status).toBe(422);
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "Signal"`)).rows[0].n).toBe(before);
    expect((await call(collection.GET, { path: path(), params: { gemeente: g.slug }, key: partnerKey })).status).toBe(403);
    const q = await call(collection.GET, { path: path(), params: { gemeente: g.slug }, key: regKey });
    expect(q.status).toBe(200);
    expect(JSON.stringify(q.json)).not.toContain("Api Persoon");
  });
});
