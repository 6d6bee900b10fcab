/**
 * Issue 17, item 8: the gemeente's logo is an upload checked by its content, stored in PostgreSQL and
 * served from our own origin (docs/decisions/0018). Real PostgreSQL, the real route handler.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import { withTenant } from "@/lib/db/tenant";
import { AppError } from "@/lib/result";
import { logoInfoBySlug, removeLogo, setLogo } from "@/modules/gemeenten/server/logo";
import { GET } from "@/app/thema/[gemeente]/logo/route";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { pngOf as pngBuffer } from "../support/png";

const pngOf = (w: number, h: number) => new Uint8Array(pngBuffer(w, h));

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext, regB: TenantContext;
let png: Uint8Array;

const fetchLogo = (slug: string, init: RequestInit = {}, query = "") =>
  GET(new Request(`http://localhost/thema/${slug}/logo${query}`, init), { params: Promise.resolve({ gemeente: slug }) });
const stored = async (gemeenteId: string) =>
  (
    await ownerQuery(`SELECT "contentType", width, height, octet_length(bytes) AS size FROM "GemeenteLogo" WHERE "gemeenteId" = $1`, [
      gemeenteId,
    ])
  ).rows;

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

beforeAll(async () => {
  a = await createGemeente({ name: "Logodorp" });
  b = await createGemeente({ name: "Anderdorp" });
  regA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "theme:manage");
  regB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "theme:manage");
  png = pngOf(120, 40);
});
afterAll(closeOwnerDb);

describe("the gemeente's logo", () => {
  it("a new, changed or removed logo raises the gemeente's public version (the public page cache sees it)", async () => {
    const version = async () =>
      Number((await ownerQuery(`SELECT "publicVersion" FROM "Gemeente" WHERE id = $1`, [b.id])).rows[0].publicVersion);
    const v0 = await version();
    await setLogo(regB, pngOf(64, 64));
    const v1 = await version();
    expect(v1).toBeGreaterThan(v0);
    await setLogo(regB, pngOf(80, 64));
    const v2 = await version();
    expect(v2).toBeGreaterThan(v1);
    await removeLogo(regB);
    expect(await version()).toBeGreaterThan(v2);
  });

  it("the regisseur uploads a PNG; it is served from our own origin with its own type, nosniff and a cache key", async () => {
    const info = await setLogo(regA, png);
    expect([info.width, info.height]).toEqual([120, 40]);
    expect(await logoInfoBySlug(a.slug)).toEqual(info);
    const res = await fetchLogo(a.slug, {}, `?v=${info.sha256}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png);
    const again = await fetchLogo(a.slug, { headers: { "if-none-match": `"${info.sha256}"` } });
    expect(again.status).toBe(304);
    const audit = await ownerQuery(`SELECT action FROM "AuditEvent" WHERE "gemeenteId" = $1 AND action = 'gemeente.logo'`, [a.id]);
    expect(audit.rowCount).toBe(1);
  });

  it("refuses by content, not by name: an SVG, HTML, a too large or too small image get a Dutch error and nothing changes", async () => {
    const before = await stored(a.id);
    const svg = new TextEncoder().encode(
      `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script></svg>`,
    );
    const html = new TextEncoder().encode("<!doctype html><html><body><script>alert(1)</script></body></html>");
    const big = new Uint8Array(201 * 1024);
    big.set(png);
    for (const [bytes, message] of [
      [svg, /SVG/],
      [html, /geen PNG, JPG of WebP/],
      [big, /te groot/],
      [new Uint8Array(0), /Kies een bestand/],
      [pngOf(8, 8), /tussen 16 en 2000 pixels/],
      [pngOf(2400, 20), /tussen 16 en 2000 pixels/],
    ] as const) {
      const e = await refusal(setLogo(regA, bytes));
      expect(e.code).toBe("VALIDATION");
      expect(e.fieldErrors?.logo?.[0]).toMatch(message);
    }
    expect(await stored(a.id)).toEqual(before);
  });

  it("only theme:manage changes it: an ambtenaar is refused", async () => {
    const amb = await requireTenant(await actorWithRole(a, "AMBTENAAR"), { slug: a.slug }, "engagement:read");
    expect((await refusal(setLogo(amb, png))).code).toBe("FORBIDDEN");
    expect((await refusal(removeLogo(amb))).code).toBe("FORBIDDEN");
  });

  it("the database refuses what the module would: an SVG type or an oversized row from any other path", async () => {
    await expect(ownerQuery(`UPDATE "GemeenteLogo" SET "contentType" = 'image/svg+xml' WHERE "gemeenteId" = $1`, [a.id])).rejects.toThrow(
      /GemeenteLogo_type_check/,
    );
    await expect(
      ownerQuery(`UPDATE "GemeenteLogo" SET bytes = decode(repeat('00', 204801), 'hex') WHERE "gemeenteId" = $1`, [a.id]),
    ).rejects.toThrow(/GemeenteLogo_size_check/);
  });

  it("inside another gemeente's scope the logo is invisible and cannot be written", async () => {
    const seen = await withTenant({ gemeenteId: b.id }, (db) => db.gemeenteLogo.findMany({ where: { gemeenteId: a.id } }));
    expect(seen).toEqual([]);
    // The tenant choke point stamps the scope's gemeente on a write, whatever id is passed ...
    const written = await withTenant({ gemeenteId: b.id }, (db) =>
      db.gemeenteLogo.upsert({
        where: { gemeenteId: a.id },
        create: { gemeenteId: a.id, contentType: "image/png", width: 20, height: 20, bytes: Buffer.from(png), sha256: "0".repeat(64) },
        update: { sha256: "0".repeat(64) },
      }),
    );
    expect(written.gemeenteId).toBe(b.id);
    // ... and PostgreSQL refuses A's row from B's scope on any other path (WITH CHECK).
    await expect(
      withTenant({ gemeenteId: b.id }, (db) =>
        db.$executeRawUnsafe(
          `INSERT INTO "GemeenteLogo" (id, "gemeenteId", "contentType", width, height, bytes, sha256, "updatedAt") VALUES (gen_random_uuid()::text, $1, 'image/png', 20, 20, '\\x00', $2, now())`,
          a.id,
          "1".repeat(64),
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await setLogo(regB, png);
    expect((await stored(a.id)).length).toBe(1);
    expect((await stored(b.id)).length).toBe(1);
  });

  it("removing it: the pages show none, the address answers 404, the removal is audited", async () => {
    await removeLogo(regA);
    expect(await logoInfoBySlug(a.slug)).toBeNull();
    expect((await fetchLogo(a.slug)).status).toBe(404);
    expect(await logoInfoBySlug(b.slug)).not.toBeNull();
    const audit = await ownerQuery(`SELECT action FROM "AuditEvent" WHERE "gemeenteId" = $1 AND action = 'gemeente.logo-removed'`, [a.id]);
    expect(audit.rowCount).toBe(1);
  });
});
