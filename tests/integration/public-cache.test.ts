/**
 * The public page cache (issue 20, docs/decisions/0020): two "replicas" — two HTTP servers, each with
 * its own cache and its own connection pool, as two server processes behind a load balancer — serve
 * the public register and aanbod rendered from the real domain functions on real PostgreSQL. After a
 * stop, a twijfel or a publish through the domain functions, the next request on EITHER replica shows
 * the change, though both had the old page cached; a signed-in request is never answered from (or
 * stored in) the cache. Each test warms both caches first and checks a hit, so it fails without the
 * version bump in PostgreSQL.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, type TenantContext } from "@/lib/auth/context";
import { appDatabaseUrl } from "@/lib/env";
import { connectionConfig } from "@/lib/db/connection";
import { coalescedVersionReader, pgVersionQuery, PUBLIC_CACHE_HEADER, PublicPageCache } from "@/lib/http/public-cache";
import { closeDoubt, raiseDoubt } from "@/modules/engagement/server/doubts";
import { stopRelation } from "@/modules/engagement/server/pipeline";
import { publicRegisterPage } from "@/modules/engagement/server/public-register";
import { createOffer, listPublicOffers, unpublishOffer } from "@/modules/offer/server/offers";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { contextFor, entrepreneurContext, type Gem } from "./engagement-support";

type Replica = { url: string; cache: PublicPageCache; renders: number; close: () => Promise<void> };

let g: Gem;
let other: Gem;
let amb: TenantContext;
let reg: TenantContext;
const replicas: Replica[] = [];

/** A page renderer like Next.js's for these pages: reads the domain functions, sets a CSP nonce. */
async function renderPage(url: URL, req: http.IncomingMessage): Promise<string> {
  const [, , slug, page] = url.pathname.split("/");
  const pub = await publicTenant(slug);
  const who = /session-token=([a-z]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "niemand";
  if (page === "partners")
    return `<p>Ingelogd: ${who}</p><ul>${(await publicRegisterPage(pub)).items.map((e) => `<li>${e.name}</li>`).join("")}</ul>`;
  if (page === "aanbod") return `<ul>${(await listPublicOffers(pub)).map((o) => `<li>${o.title}</li>`).join("")}</ul>`;
  return "<p>Welkom</p>";
}

async function startReplica(): Promise<Replica> {
  const pool = new pg.Pool({ ...connectionConfig(appDatabaseUrl()), max: 2 });
  const cache = new PublicPageCache({ version: coalescedVersionReader(pgVersionQuery(pool)), ttlMs: 60_000 });
  const replica = { url: "", cache, renders: 0, close: async () => {} };
  const render = (req: http.IncomingMessage, res: http.ServerResponse) => {
    replica.renders++;
    const nonce = Buffer.from(String(Math.random())).toString("base64");
    void renderPage(new URL(req.url!, "http://x"), req).then(
      (body) => {
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}'`);
        res.setHeader("link", `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
        res.end(`<html><script nonce="${nonce}"></script>${body}</html>`);
      },
      () => {
        res.statusCode = 404;
        res.end("niet gevonden");
      },
    );
  };
  const server = http.createServer((req, res) => void cache.handle(req, res, render));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  replica.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  replica.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await pool.end();
  };
  return replica;
}

async function get(r: Replica, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(r.url + path, { headers });
  return {
    status: res.status,
    state: res.headers.get(PUBLIC_CACHE_HEADER),
    csp: res.headers.get("content-security-policy") ?? "",
    link: res.headers.get("link") ?? "",
    body: await res.text(),
  };
}

/** Both replicas have the page cached (the second request on each is a hit). */
async function warm(path: string) {
  for (const r of replicas) {
    await get(r, path);
    expect((await get(r, path)).state).toBe("hit");
  }
}

async function active(name: string, gem: Gem = g) {
  const org = await ownerDb().organisation.create({ data: { name: `${name} BV` } });
  return ownerDb().vestiging.create({
    data: {
      gemeenteId: gem.id,
      organisationId: org.id,
      name,
      sector: "bakker",
      step: "VASTHOUDEN",
      acknowledgedAt: new Date("2026-01-05"),
      activeSince: new Date("2026-02-01"),
    },
  });
}

const version = async (gem: Gem) =>
  (await ownerQuery<{ v: string }>(`SELECT "publicVersion"::text AS v FROM "Gemeente" WHERE id = $1`, [gem.id])).rows[0].v;

beforeAll(async () => {
  g = await createGemeente({ name: "Cachedorp" });
  other = await createGemeente({ name: "Buurdorp" });
  amb = await contextFor(g, "AMBTENAAR");
  reg = await contextFor(g, "REGISSEUR");
  replicas.push(await startReplica(), await startReplica());
});
afterAll(async () => {
  for (const r of replicas) await r.close();
  await closeOwnerDb();
});

describe("public page cache across processes", () => {
  it("serves the second anonymous request from the cache, with a fresh nonce in header and body", async () => {
    await active("Bakkerij Eerst");
    const [a] = replicas;
    const first = await get(a, `/g/${g.slug}/partners`);
    expect(first.state).toBe("miss");
    const renders = a.renders;
    const second = await get(a, `/g/${g.slug}/partners`);
    expect(second.state).toBe("hit");
    expect(a.renders).toBe(renders);
    expect(second.body.replace(/nonce="[^"]+"/, "")).toBe(first.body.replace(/nonce="[^"]+"/, ""));
    const nonce = /'nonce-([^']+)'/.exec(second.csp)![1];
    expect(nonce).not.toBe(/'nonce-([^']+)'/.exec(first.csp)![1]);
    expect(second.body).toContain(`nonce="${nonce}"`);
    expect(second.link).toBe(`</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
  });

  it("a stop by the entrepreneur takes them off the register on every replica at once", async () => {
    const v = await active("Slagerij Stopt");
    await warm(`/g/${g.slug}/partners`);
    for (const r of replicas) expect((await get(r, `/g/${g.slug}/partners`)).body).toContain("Slagerij Stopt");
    await stopRelation(await entrepreneurContext(g, v.organisationId), v.id, { reason: "Geen tijd" });
    for (const r of replicas) {
      const page = await get(r, `/g/${g.slug}/partners`);
      expect(page.state).toBe("miss");
      expect(page.body).not.toContain("Slagerij Stopt");
    }
  });

  it("a twijfel takes an entrepreneur off at once, and deciding to continue brings them back", async () => {
    const v = await active("Kapper Twijfel");
    await warm(`/g/${g.slug}/partners`);
    const d = await raiseDoubt(amb, v.id, { reason: "Klopt dit wel?" });
    for (const r of replicas) expect((await get(r, `/g/${g.slug}/partners`)).body).not.toContain("Kapper Twijfel");
    await warm(`/g/${g.slug}/partners`);
    await closeDoubt(reg, d.id, { decision: "CONTINUE", note: "Navraag gedaan, het klopt" });
    for (const r of replicas) expect((await get(r, `/g/${g.slug}/partners`)).body).toContain("Kapper Twijfel");
  });

  it("publishing an activity shows it in the aanbod on every replica, taking it off hides it", async () => {
    await warm(`/g/${g.slug}/aanbod`);
    const base = {
      provider: "Humanitas",
      providerEmail: "",
      targetGroups: ["IEDEREEN"],
      degrees: ["LICHT"],
      wijk: "",
      howToJoin: "Bel ons.",
      cost: "",
      description: "",
    };
    const offer = await createOffer(reg, { ...base, title: "Samen koken" });
    for (const r of replicas) expect((await get(r, `/g/${g.slug}/aanbod`)).body).toContain("Samen koken");
    await warm(`/g/${g.slug}/aanbod`);
    await unpublishOffer(reg, offer.id);
    for (const r of replicas) expect((await get(r, `/g/${g.slug}/aanbod`)).body).not.toContain("Samen koken");
  });

  it("a change in one gemeente leaves another gemeente's cached pages alone", async () => {
    await active("Bakker Buur", other);
    await warm(`/g/${other.slug}/partners`);
    const v = await active("Visboer Hier");
    await stopRelation(amb, v.id, {});
    for (const r of replicas) expect((await get(r, `/g/${other.slug}/partners`)).state).toBe("hit");
  });

  it("a signed-in request is never answered from the cache, nor stored in it", async () => {
    await warm(`/g/${g.slug}/partners`);
    const [a, b] = replicas;
    const renders = a.renders;
    const anna = await get(a, `/g/${g.slug}/partners`, { cookie: "next-auth.session-token=anna" });
    expect(anna.state).not.toBe("hit");
    expect(anna.body).toContain("Ingelogd: anna");
    const bert = await get(a, `/g/${g.slug}/partners`, { cookie: "lang=nl; next-auth.session-token=bert" });
    expect(bert.state).not.toBe("hit");
    expect(bert.body).toContain("Ingelogd: bert");
    expect(a.renders).toBe(renders + 2);
    for (const r of [a, b]) {
      const anonymous = await get(r, `/g/${g.slug}/partners`);
      expect(anonymous.state).toBe("hit");
      expect(anonymous.body).toContain("Ingelogd: niemand");
    }
    // An Authorization header (an API key) passes too.
    expect((await get(a, `/g/${g.slug}/partners`, { authorization: "Bearer x" })).state).not.toBe("hit");
  });

  it("an unknown gemeente is never cached", async () => {
    const [a] = replicas;
    expect((await get(a, "/g/bestaat-niet/partners")).status).toBe(404);
    expect((await get(a, "/g/bestaat-niet/partners")).state).toBeNull();
  });
});

describe("the public version is raised by PostgreSQL, whatever path changes the data", () => {
  const bumps = async (change: () => Promise<unknown>) => {
    const before = BigInt(await version(g));
    await change();
    return BigInt(await version(g)) > before;
  };

  it("changes in plain SQL to every table the public pages read raise it (CSV import, jobs, scripts)", async () => {
    const v = await active("Drukkerij Sql");
    const q =
      (sql: string, params: unknown[] = []) =>
      () =>
        ownerQuery(sql, params);
    expect(await bumps(q(`UPDATE "Vestiging" SET "publicDescription" = 'Wij drukken' WHERE id = $1`, [v.id]))).toBe(true);
    expect(
      await bumps(
        q(`INSERT INTO "Contribution" (id, "gemeenteId", "vestigingId", type) VALUES (gen_random_uuid(), $1, $2, 'COMMUNITY')`, [
          g.id,
          v.id,
        ]),
      ),
    ).toBe(true);
    expect(
      await bumps(
        q(`INSERT INTO "Doubt" (id, "gemeenteId", "vestigingId", reason, status) VALUES (gen_random_uuid(), $1, $2, 'Waarom?', 'OPEN')`, [
          g.id,
          v.id,
        ]),
      ),
    ).toBe(true);
    expect(await bumps(q(`DELETE FROM "Doubt" WHERE "vestigingId" = $1`, [v.id]))).toBe(true);
    expect(await bumps(q(`UPDATE "Organisation" SET name = 'Drukkerij Sql Nieuw' WHERE id = $1`, [v.organisationId]))).toBe(true);
    expect(await bumps(q(`UPDATE "Gemeente" SET settings = '{"publicContactEmail":"a@b.nl"}' WHERE id = $1`, [g.id]))).toBe(true);
    const base = {
      provider: "Buurthuis",
      providerEmail: "",
      targetGroups: ["IEDEREEN"],
      degrees: ["LICHT"],
      wijk: "",
      howToJoin: "Kom langs.",
      cost: "",
      description: "",
    };
    const offer = await createOffer(reg, { ...base, title: "Koffieochtend" });
    expect(await bumps(q(`UPDATE "SupportOffer" SET title = 'Koffiemiddag' WHERE id = $1`, [offer.id]))).toBe(true);
    expect(
      await bumps(
        q(
          `INSERT INTO "CoalitionPartner" (id, "gemeenteId", name, kind, "updatedAt") VALUES (gen_random_uuid(), $1, 'Bibliotheek', 'WELZIJN', now())`,
          [g.id],
        ),
      ),
    ).toBe(true);
  });

  it("the last contact date alone changes no public page, so it does not raise it", async () => {
    const v = await active("Bloemist Contact");
    expect(await bumps(() => ownerQuery(`UPDATE "Vestiging" SET "lastContactAt" = now() WHERE id = $1`, [v.id]))).toBe(false);
  });

  it("a change in another gemeente does not raise this gemeente's version", async () => {
    const v = await active("Ander Bedrijf", other);
    expect(await bumps(() => ownerQuery(`UPDATE "Vestiging" SET "stoppedAt" = now() WHERE id = $1`, [v.id]))).toBe(false);
  });

  it("a rolled-back change leaves the version as it was", async () => {
    const v = await active("Terug Gedraaid");
    const before = await version(g);
    await expect(
      ownerQuery(`DO $$ BEGIN UPDATE "Vestiging" SET "stoppedAt" = now() WHERE id = '${v.id}'; RAISE EXCEPTION 'terug'; END $$`),
    ).rejects.toThrow(/terug/);
    expect(await version(g)).toBe(before);
  });
});
