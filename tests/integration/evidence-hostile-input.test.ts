/**
 * Evidence 4 — hostile input. fast-check property tests over
 *   (a) every zod schema exported from src/modules/<m>/schemas.ts (discovered), and
 *   (b) every mutating /api/v1 route handler (discovered), with a real REGISSEUR key,
 * with huge and odd Unicode strings, nulls, wrong types and extra keys incl. __proto__/constructor.
 * Properties: never a throw from parsing, never an HTTP 500, never a stack trace in a body, no
 * prototype pollution, protected fields (tenant, author ids) never accepted from input, and rows of
 * gemeente B and the tenant of every row of gemeente A unchanged. Figures → test-results/evidence.
 */
import fc from "fast-check";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TENANT_MODELS } from "@/lib/db/tenant-models";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { insertRow, quoteIdent, writeFigures } from "../support/evidence/catalog";
import { MUTATING, rel, routeHandlers, schemaModules } from "../support/evidence/discover";
import { call, keyFor } from "./api-support";

/** Fields a client must never set; a schema may only output them if it declares them. */
const PROTECTED = [
  "gemeenteId",
  "gemeente",
  "createdById",
  "byUserId",
  "raisedById",
  "recordedById",
  "updatedById",
  "closedById",
  "acknowledgedById",
  "authorId",
  "actorId",
  "keyHash",
];
const STACK = /\n\s+at\s|node_modules|\.tsx?:\d+:\d+|webpack-internal|PrismaClient|prisma\.\w+\.\w+\(/;

const hugeString = fc.constantFrom("a".repeat(200_000), "€".repeat(70_000), "\u0000".repeat(1000), "😀".repeat(50_000));
const oddString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    "\u202E\u0000\uFEFF",
    '\'; DROP TABLE "Vestiging"; --',
    "<script>alert(1)</script>",
    '=HYPERLINK("x")',
    "\uD800",
    "null",
    "undefined",
    "__proto__",
    " ",
    "ｇｅｍｅｅｎｔｅ",
  ),
);
const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  { gemeenteId: "00000000-0000-0000-0000-000000000000", role: "PLATFORM_ADMIN", status: "CLOSED", createdById: "x", byUserId: "x" },
);
const leaf = fc.oneof(
  oddString,
  hugeString,
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.bigInt().map(String),
  fc.date({ noInvalidDate: false }).map(String),
);

function hostileFor(keys: string[]) {
  const value = fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(oddString, leaf, { maxKeys: 3 }), pollution);
  const shaped = fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
  return fc.oneof(
    leaf,
    pollution,
    fc.array(leaf, { maxLength: 5 }),
    fc.tuple(shaped, pollution).map(([a, b]) => ({ ...a, ...b })),
    shaped.map((o) => Object.assign(JSON.parse('{"__proto__": {"polluted": "yes"}}'), o)),
    fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 }),
  );
}

const figures = {
  schemas: 0,
  schemaRuns: 0,
  schemaThrows: 0,
  routes: 0,
  requests: 0,
  http500: 0,
  stackTraces: 0,
  protectedChanged: 0,
  englishDefaultMessages: 0,
};

afterAll(async () => {
  writeFigures("hostile-input", figures);
  await closeOwnerDb();
});

function safeJson(v: unknown): string | undefined {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? String(x) : x));
  } catch {
    return undefined;
  }
}

function assertNoPollution() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
}

describe("zod input schemas (discovered)", () => {
  const files = schemaModules();
  it("discovers the schema modules", () => expect(files.length).toBeGreaterThanOrEqual(5));

  it.each(files.map((f) => [rel(f), f]))("%s: hostile input never throws and never smuggles protected fields", async (_rel, file) => {
    const mod = (await import(file)) as Record<string, unknown>;
    const schemas = Object.entries(mod).filter(([name, v]) => /^Z/.test(name) && v instanceof z.ZodType) as [string, z.ZodType][];
    expect(schemas.length).toBeGreaterThan(0);
    for (const [name, schema] of schemas) {
      figures.schemas++;
      const shape =
        (schema as unknown as { shape?: Record<string, unknown> }).shape ??
        (schema as unknown as { def?: { in?: { shape?: Record<string, unknown> } } }).def?.in?.shape;
      const keys = shape ? Object.keys(shape) : [];
      fc.assert(
        fc.property(hostileFor(keys), (input) => {
          figures.schemaRuns++;
          let result: ReturnType<z.ZodType["safeParse"]>;
          try {
            result = schema.safeParse(input);
          } catch (e) {
            figures.schemaThrows++;
            throw new Error(`${name}.safeParse threw: ${(e as Error).message}`);
          }
          assertNoPollution();
          if (result.success && result.data && typeof result.data === "object" && !Array.isArray(result.data)) {
            // Object schemas only (records such as mail merge values are free-form maps by design).
            if (shape)
              for (const k of PROTECTED)
                if (!keys.includes(k) && name !== "ZGemeenteSettings")
                  expect(Object.hasOwn(result.data as object, k), `${name} passes ${k} through`).toBe(false);
            expect(Object.getPrototypeOf(result.data) === Object.prototype || Object.getPrototypeOf(result.data) === null).toBe(true);
          }
          if (!result.success)
            for (const issue of result.error.issues)
              if (/^(Invalid input|Required|Expected|Unrecognized key)/.test(issue.message)) figures.englishDefaultMessages++;
        }),
        { numRuns: 60 },
      );
    }
  });
});

describe("mutating /api/v1 routes (discovered): hostile bodies with a real key", () => {
  let a: Awaited<ReturnType<typeof createGemeente>>;
  let b: Awaited<ReturnType<typeof createGemeente>>;
  let key: string;
  const idsA: string[] = [];
  beforeAll(async () => {
    a = await createGemeente({ name: "Fuzzdorp" });
    b = await createGemeente({ name: "Buurstad" });
    for (const m of TENANT_MODELS) {
      idsA.push(String((await insertRow(m, a.id)).id));
      await insertRow(m, b.id);
    }
    key = (await keyFor(a, "REGISSEUR", "Fuzz")).key;
  });

  async function tenantState() {
    const parts: string[] = [];
    for (const m of TENANT_MODELS) {
      const bRows = await ownerQuery<{ d: string | null }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS d FROM ${quoteIdent(m)} t WHERE "gemeenteId" = $1`,
        [b.id],
      );
      const aTenants = await ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${quoteIdent(m)} WHERE id = ANY($1::text[]) AND "gemeenteId" IS DISTINCT FROM $2`,
        [idsA, a.id],
      );
      parts.push(`${m}:B=${bRows.rows[0].d}:A-moved=${aTenants.rows[0].n}`);
    }
    return parts.join(",");
  }

  const routes = routeHandlers().filter(
    (r) => r.route.startsWith("/api/v1/") && r.methods.some((m) => (MUTATING as readonly string[]).includes(m)),
  );
  it("discovers mutating API routes", () => expect(routes.length).toBeGreaterThan(0));

  it.each(routes.map((r) => [r.route, r] as const))("%s: 0 × 500, 0 stack traces, tenant and B unchanged", async (_route, r) => {
    figures.routes++;
    const mod = (await import(r.file)) as Record<string, Parameters<typeof call>[0]>;
    const before = await tenantState();
    const dynamic = [...r.route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]).filter((d) => d !== "gemeente");
    for (const method of r.methods.filter((m) => (MUTATING as readonly string[]).includes(m))) {
      await fc.assert(
        fc.asyncProperty(
          hostileFor(["name", "reason", "step", "title", "kind", "description", "status"]),
          fc.constantFrom(...idsA),
          fc.boolean(),
          async (body, id, raw) => {
            const params: Record<string, string> = { gemeente: a.slug };
            for (const d of dynamic) params[d] = id;
            const path = r.route.replace(/\[([^\]]+)\]/g, (_, d) => params[d]);
            // Raw mode: a string body as is, anything else as truncated (malformed) JSON.
            const rawBody = raw ? (typeof body === "string" ? body : "{" + (safeJson(body) ?? "").slice(1, -1)) : undefined;
            const res = await call(mod[method], {
              method,
              path,
              params,
              key,
              ...(raw ? { rawBody, headers: { "content-type": "application/json" } } : { body: body === undefined ? null : body }),
            }).catch((e: Error) => ({ status: -1, json: { thrown: e.message } }));
            figures.requests++;
            const text = JSON.stringify(res.json ?? "");
            if (res.status >= 500 || res.status === -1) figures.http500++;
            if (STACK.test(text)) figures.stackTraces++;
            expect(res.status, `${method} ${path} → ${text.slice(0, 200)}`).toBeGreaterThan(0);
            expect(res.status, `${method} ${path} → ${text.slice(0, 200)}`).toBeLessThan(500);
            expect(STACK.test(text), text.slice(0, 300)).toBe(false);
            assertNoPollution();
          },
        ),
        { numRuns: 25 },
      );
    }
    expect(await tenantState()).toBe(before);
  });

  it("oversized and malformed bodies are refused cleanly", async () => {
    const r = routes[0];
    const mod = (await import(r.file)) as Record<string, Parameters<typeof call>[0]>;
    const method = r.methods.find((m) => (MUTATING as readonly string[]).includes(m))!;
    const params: Record<string, string> = { gemeente: a.slug };
    for (const d of [...r.route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]).filter((d) => d !== "gemeente")) params[d] = idsA[0];
    const path = r.route.replace(/\[([^\]]+)\]/g, (_, d) => params[d]);
    for (const rawBody of ["x".repeat(300_000), '{"a":', "[]", "null", "\u0000"]) {
      const res = await call(mod[method], { method, path, params, key, rawBody, headers: { "content-type": "application/json" } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(STACK.test(JSON.stringify(res.json))).toBe(false);
    }
  });
});
