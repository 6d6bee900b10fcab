import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiRoute, publicApiRoute } from "@/server/api";
import { AppError } from "@/lib/result";
import { API_VERSION } from "@/lib/http/problem";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { call, keyFor } from "./api-support";

let g: Awaited<ReturnType<typeof createGemeente>>;
let key: string;
beforeAll(async () => {
  g = await createGemeente();
  key = (await keyFor(g, "AMBTENAAR")).key;
});
afterAll(closeOwnerDb);

describe("apiRoute error mapping", () => {
  it("maps an unexpected error to a generic Dutch 500 without stack or message, and logs it", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = apiRoute("gemeente:read", async () => {
      throw new TypeError("geheim: jan@example.test at /src/secret.ts");
    });
    const r = await call(handler, { path: `/x/${g.slug}`, params: { gemeente: g.slug }, key });
    expect(r.status).toBe(500);
    expect(r.json).toEqual({
      type: "/api/v1/docs#fout-internal",
      title: "Fout aan onze kant",
      status: 500,
      code: "INTERNAL",
      detail: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
    });
    expect(r.res.headers.get("content-type")).toBe("application/problem+json");
    expect(r.res.headers.get("api-version")).toBe(API_VERSION);
    const text = JSON.stringify(r.json);
    expect(text).not.toMatch(/geheim|stack|TypeError|\.ts/);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0][0])).not.toContain("jan@example.test");
    expect(String(spy.mock.calls[0][0])).toContain("TypeError");
    spy.mockRestore();
  });

  it("maps an AppError with its own code, status and message", async () => {
    const handler = apiRoute("gemeente:read", async () => {
      throw new AppError("PRINCIPLE_NO_SPONSORSHIP", "Geen sponsorgeld.", { status: 422 });
    });
    const r = await call(handler, { path: `/x/${g.slug}`, params: { gemeente: g.slug }, key });
    expect(r.status).toBe(422);
    // RFC 9457 problem details, with our stable code beside them.
    expect(r.json).toEqual({
      type: "/api/v1/docs#fout-principle-no-sponsorship",
      title: "Niet verwerkt",
      status: 422,
      code: "PRINCIPLE_NO_SPONSORSHIP",
      detail: "Geen sponsorgeld.",
    });
    expect(r.res.headers.get("content-type")).toBe("application/problem+json");
  });

  it("checks the declared Content-Length before authenticating", async () => {
    const handler = apiRoute("gemeente:read", async () => "nooit");
    const req = new Request(`http://localhost:3203/x/${g.slug}`, { method: "POST", headers: { "content-length": "999999999" } });
    const res = await handler(req, { params: Promise.resolve({ gemeente: g.slug }) });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("api-version")).toBe(API_VERSION);
  });

  it("validates body and query with the given zod schemas", async () => {
    const handler = apiRoute("gemeente:read", async ({ input, query }) => ({ input, query }), {
      body: z.object({ n: z.number({ error: "Geef een getal." }) }),
      query: z.object({ q: z.string().optional() }),
    });
    const ok = await call(handler, { method: "POST", path: `/x/${g.slug}?q=zoek`, params: { gemeente: g.slug }, key, body: { n: 3 } });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ data: { input: { n: 3 }, query: { q: "zoek" } } });
    expect(ok.res.headers.get("api-version")).toBe(API_VERSION);
    const bad = await call(handler, { method: "POST", path: `/x/${g.slug}`, params: { gemeente: g.slug }, key, body: { n: "drie" } });
    expect(bad.status).toBe(422);
    expect(bad.json.fieldErrors).toEqual({ n: ["Geef een getal."] });
    expect(bad.json).toMatchObject({ status: 422, code: "VALIDATION", title: "Niet verwerkt" });
  });

  it("does not run the handler when authentication or permission fails", async () => {
    const fn = vi.fn(async () => "x");
    const handler = apiRoute("apikeys:manage", fn);
    expect((await call(handler, { path: "/x", params: { gemeente: g.slug }, key })).status).toBe(403);
    expect((await call(handler, { path: "/x", params: { gemeente: g.slug } })).status).toBe(401);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe("publicApiRoute", () => {
  it("resolves the public tenant without a key, and 404s an unknown gemeente", async () => {
    const handler = publicApiRoute(async ({ ctx }) => ({ name: ctx?.gemeente.name, role: ctx?.role }));
    const r = await call(handler, { path: "/x", params: { gemeente: g.slug } });
    expect(r.json).toEqual({ data: { name: g.name, role: "PUBLIC" } });
    const missing = await call(handler, { path: "/x", params: { gemeente: "bestaat-niet" } });
    expect(missing.status).toBe(404);
  });

  it("a raw (non-JSON) body: the declared type and size are checked, the bytes arrive as `raw`", async () => {
    const raw = { maxBytes: 10, tooLarge: "Te groot voor de test.", accept: /^text\/csv\b/, wrongType: "Alleen CSV." };
    const handler = apiRoute("gemeente:read", async ({ raw: bytes }) => ({ n: bytes?.byteLength }), { raw });
    const ok = await call(handler, {
      method: "POST",
      path: `/x/${g.slug}`,
      params: { gemeente: g.slug },
      key,
      rawBody: "a;b\n",
      headers: { "content-type": "text/csv" },
    });
    expect(ok.json).toEqual({ data: { n: 4 } });
    const big = await call(handler, {
      method: "POST",
      path: `/x/${g.slug}`,
      params: { gemeente: g.slug },
      key,
      rawBody: "a;b;c;d;e;f;g\n",
      headers: { "content-type": "text/csv" },
    });
    expect([big.status, big.json.code, big.json.detail]).toEqual([413, "PAYLOAD_TOO_LARGE", "Te groot voor de test."]);
    const json = await call(handler, { method: "POST", path: `/x/${g.slug}`, params: { gemeente: g.slug }, key, body: {} });
    expect([json.status, json.json.detail]).toEqual([415, "Alleen CSV."]);
  });
});
