/**
 * Evidence 1 — tenant isolation matrix. For EVERY model in TENANT_MODELS (discovered, not listed
 * here) × create/read/update/delete, an actor scoped to gemeente A uses gemeente B's ids:
 *   - through the tenant choke point (withTenant + Prisma delegates), and
 *   - through raw SQL inside the same transaction (PostgreSQL RLS is the only wall there),
 * and for every /api/v1/gemeenten/[gemeente]/** route on disk, with A's API keys (every role) on
 * B's slug and on A's slug with B's ids. Every attempt must get nothing / not-found and B's rows
 * must be byte-identical afterwards. Figures go to test-results/evidence/tenant-matrix.json.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { TENANT_MODELS } from "@/lib/db/tenant-models";
import { TENANT_ROLES } from "@/lib/auth/permissions";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { countWhere, hostileValue, insertRow, mutableColumn, quoteIdent, snapshot, writeFigures } from "../support/evidence/catalog";
import { call, keyFor } from "./api-support";

type G = Awaited<ReturnType<typeof createGemeente>>;
let a: G;
let b: G;
const rowsB = new Map<string, Record<string, unknown>>();
const rowsA = new Map<string, Record<string, unknown>>();
const tally = {
  attempts: 0,
  succeeded: 0,
  byLayer: {} as Record<string, { attempts: number; succeeded: number }>,
  failures: [] as string[],
};

function record(layer: string, what: string, succeeded: boolean) {
  tally.attempts++;
  const l = (tally.byLayer[layer] ??= { attempts: 0, succeeded: 0 });
  l.attempts++;
  if (succeeded) {
    tally.succeeded++;
    l.succeeded++;
    tally.failures.push(`${layer}: ${what}`);
  }
}

const delegateName = (model: string) => model[0].toLowerCase() + model.slice(1);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const delegate = (db: unknown, model: string): any => (db as Record<string, unknown>)[delegateName(model)];

/** PostgreSQL refusals: RLS WITH CHECK, or a revoked privilege (append-only tables). */
const REFUSED = /row-level security|permission denied/i;
function refusedByPrivilege(e: Error): { count: number } {
  if (REFUSED.test(String(e.message))) return { count: 0 };
  throw e;
}
function zeroIfPrivilege(e: Error): number {
  return refusedByPrivilege(e).count;
}

async function snapshotAllB(): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const [model, row] of rowsB) out[model] = await snapshot(model, row.id);
  return out;
}

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp-matrix" });
  b = await createGemeente({ name: "Beekstad-matrix" });
  for (const model of TENANT_MODELS) {
    rowsB.set(model, await insertRow(model, b.id));
    rowsA.set(model, await insertRow(model, a.id));
  }
});

afterAll(async () => {
  writeFigures("tenant-matrix", { models: TENANT_MODELS.length, ...tally });
  await closeOwnerDb();
});

describe.each([...TENANT_MODELS])("%s: gemeente A cannot reach gemeente B's row", (model) => {
  const scopeA = () => ({ gemeenteId: a.id });

  it("choke point: read by id finds nothing", async () => {
    const id = rowsB.get(model)!.id;
    const found = await withTenant(scopeA(), async (db) => ({
      unique: await delegate(db, model).findUnique({ where: { id } }),
      first: await delegate(db, model).findFirst({ where: { id } }),
      many: await delegate(db, model).findMany({ where: { id } }),
      count: await delegate(db, model).count({ where: { id } }),
    }));
    record("choke-point", `${model}.findUnique`, found.unique !== null);
    record("choke-point", `${model}.findFirst`, found.first !== null);
    record("choke-point", `${model}.findMany`, found.many.length > 0);
    record("choke-point", `${model}.count`, found.count > 0);
    expect(found).toEqual({ unique: null, first: null, many: [], count: 0 });
  });

  it("choke point: update and delete by id change nothing", async () => {
    const id = rowsB.get(model)!.id;
    const before = await snapshot(model, id);
    const col = await mutableColumn(model);
    const data = col ? { [col.name]: hostileValue(col) } : {};
    const upd = await withTenant(scopeA(), (db) => delegate(db, model).update({ where: { id }, data })).then(
      () => "ok",
      () => "refused",
    );
    record("choke-point", `${model}.update`, upd === "ok");
    // Append-only tables (AuditEvent) refuse UPDATE/DELETE by privilege: a refusal counts as 0 rows.
    const updMany = await withTenant(
      scopeA(),
      (db) => delegate(db, model).updateMany({ where: { id }, data }) as Promise<{ count: number }>,
    ).catch(refusedByPrivilege);
    record("choke-point", `${model}.updateMany`, updMany.count > 0);
    const del = await withTenant(scopeA(), (db) => delegate(db, model).delete({ where: { id } })).then(
      () => "ok",
      () => "refused",
    );
    record("choke-point", `${model}.delete`, del === "ok");
    const delMany = await withTenant(
      scopeA(),
      (db) => delegate(db, model).deleteMany({ where: { id } }) as Promise<{ count: number }>,
    ).catch(refusedByPrivilege);
    record("choke-point", `${model}.deleteMany`, delMany.count > 0);
    expect({ upd, updMany: updMany.count, del, delMany: delMany.count }).toEqual({
      upd: "refused",
      updMany: 0,
      del: "refused",
      delMany: 0,
    });
    expect(await snapshot(model, id)).toBe(before);
  });

  it("choke point: a create naming gemeente B never lands in B", async () => {
    const countB = await countWhere(model, b.id);
    const template: Record<string, unknown> = { ...rowsB.get(model)!, id: randomUUID() };
    for (const [k, v] of Object.entries(template)) if (typeof v === "string" && v.startsWith("ev-")) template[k] = `ev-${randomUUID()}`;
    const created = await withTenant(
      scopeA(),
      (db) => delegate(db, model).create({ data: { ...template, gemeenteId: b.id } }) as Promise<{ id: string; gemeenteId: string }>,
    ).catch(() => null);
    record("choke-point", `${model}.create`, created !== null && created.gemeenteId === b.id);
    if (created) expect(created.gemeenteId).toBe(a.id);
    expect(await countWhere(model, b.id)).toBe(countB);
    if (created) await ownerQuery(`DELETE FROM ${quoteIdent(model)} WHERE id = $1`, [created.id]);
  });

  it("raw SQL under RLS: select, update and delete of B's row see 0 rows", async () => {
    const id = rowsB.get(model)!.id;
    const before = await snapshot(model, id);
    const t = quoteIdent(model);
    const sel = await withTenant(scopeA(), (db) =>
      db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${t} WHERE id = $1`, id),
    );
    record("rls-raw-sql", `${model} SELECT`, sel[0].n > 0);
    const all = await withTenant(scopeA(), (db) =>
      db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${t} WHERE "gemeenteId" = $1`, b.id),
    );
    record("rls-raw-sql", `${model} SELECT all of B`, all[0].n > 0);
    const col = await mutableColumn(model);
    const upd = col
      ? await withTenant(scopeA(), (db) =>
          db.$executeRawUnsafe(`UPDATE ${t} SET ${quoteIdent(col.name)} = $1 WHERE id = $2`, hostileValue(col), id),
        ).catch(zeroIfPrivilege)
      : await withTenant(scopeA(), (db) => db.$executeRawUnsafe(`UPDATE ${t} SET id = id WHERE id = $1`, id)).catch(zeroIfPrivilege);
    record("rls-raw-sql", `${model} UPDATE`, upd > 0);
    const del = await withTenant(scopeA(), (db) => db.$executeRawUnsafe(`DELETE FROM ${t} WHERE id = $1`, id)).catch(zeroIfPrivilege);
    record("rls-raw-sql", `${model} DELETE`, del > 0);
    expect({ sel: sel[0].n, all: all[0].n, upd, del }).toEqual({ sel: 0, all: 0, upd: 0, del: 0 });
    expect(await snapshot(model, id)).toBe(before);
  });

  it("raw SQL under RLS: inserting into B or moving A's row to B is refused", async () => {
    const t = quoteIdent(model);
    const countB = await countWhere(model, b.id);
    const ins = await withTenant(scopeA(), (db) =>
      db.$executeRawUnsafe(
        `INSERT INTO ${t} SELECT * FROM json_populate_record(NULL::${t}, $1::json)`,
        JSON.stringify({ ...rowsA.get(model)!, id: randomUUID(), gemeenteId: b.id }),
      ),
    ).then(
      () => "ok",
      (e: Error) => (REFUSED.test(String(e.message)) ? "rls" : `other: ${e.message}`),
    );
    record("rls-raw-sql", `${model} INSERT into B`, ins === "ok");
    const move = await withTenant(scopeA(), (db) =>
      db.$executeRawUnsafe(`UPDATE ${t} SET "gemeenteId" = $1 WHERE id = $2`, b.id, rowsA.get(model)!.id),
    ).then(
      () => "ok",
      (e: Error) => (REFUSED.test(String(e.message)) ? "rls" : `other: ${e.message}`),
    );
    record("rls-raw-sql", `${model} UPDATE A→B`, move === "ok");
    expect({ ins, move }).toEqual({ ins: "rls", move: "rls" });
    expect(await countWhere(model, b.id)).toBe(countB);
  });
});

// ---------- API: every /api/v1/gemeenten/[gemeente]/** route on disk ----------

const API_ROOT = path.resolve(import.meta.dirname, "../../src/app/api/v1/gemeenten/[gemeente]");
function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}
const API_ROUTES = routeFiles(API_ROOT).map((file) => ({ file, rel: path.relative(API_ROOT, path.dirname(file)) }));
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

describe("API /api/v1/gemeenten/[gemeente]/**: gemeente A's keys on gemeente B", () => {
  it("finds the routes on disk", () => {
    expect(API_ROUTES.length).toBeGreaterThan(0);
  });

  it.each(API_ROUTES.map((r) => [r.rel || ".", r] as const))(
    "%s: every method and every role → 404, B unchanged",
    { timeout: 180_000 },
    async (_rel, route) => {
      const mod = (await import(route.file)) as Record<string, unknown>;
      const segments = route.rel ? route.rel.split(path.sep) : [];
      const dynamic = segments.filter((s) => /^\[.+\]$/.test(s)).map((s) => s.slice(1, -1));
      const beforeB = await snapshotAllB();
      const countsB = Object.fromEntries(await Promise.all(TENANT_MODELS.map(async (m) => [m, await countWhere(m, b.id)] as const)));
      const statuses: string[] = [];
      for (const role of TENANT_ROLES) {
        const { key } = await keyFor(a, role, `Matrix ${role}`);
        for (const method of METHODS) {
          const handler = mod[method] as Parameters<typeof call>[0] | undefined;
          if (!handler) continue;
          // Public on purpose (publicApiRoute: no key, public data such as the register): not a tenant read.
          if (new RegExp(`export const ${method} = publicApiRoute`).test(readFileSync(route.file, "utf8"))) continue;
          // 1) A's key on B's slug (ids of B rows); 2) A's key on A's slug with B's ids.
          const idSets = dynamic.length === 0 ? [undefined] : [...rowsB.values()].map((r) => String(r.id));
          for (const slug of [b.slug, a.slug]) {
            if (slug === a.slug && dynamic.length === 0) continue; // own collection: not a cross-tenant attempt
            for (const id of idSets) {
              const params: Record<string, string> = { gemeente: slug };
              for (const d of dynamic) params[d] = id!;
              const urlPath = `/api/v1/gemeenten/${slug}/${segments.map((s) => (s.startsWith("[") ? params[s.slice(1, -1)] : s)).join("/")}`;
              const body = method === "GET" || method === "DELETE" ? undefined : { name: "Gekaapt", gemeenteId: b.id };
              const res = await call(handler, { method, path: urlPath, params, key, body });
              // B's slug: 404 always (nothing leaks). A's own slug with B's ids: 404, or 403 when the
              // role lacks the permission in its own gemeente (checked before any lookup, so no leak).
              // 400/422 on A's own slug: the body is refused before any lookup, the same for every id.
              const refused = res.status === 404 || (slug === a.slug && [400, 403, 422].includes(res.status));
              record("api", `${role} ${method} ${urlPath} → ${res.status}`, !refused && res.status < 400);
              if (!refused) statuses.push(`${role} ${method} ${urlPath} → ${res.status}`);
            }
          }
        }
      }
      expect(statuses).toEqual([]);
      expect(await snapshotAllB()).toEqual(beforeB);
      for (const m of TENANT_MODELS) if (m !== "ApiKey" && m !== "AuditEvent") expect(await countWhere(m, b.id), m).toBe(countsB[m]);
    },
  );
});

describe("summary", () => {
  it("N attempts, 0 succeeded", () => {
    expect(tally.attempts).toBeGreaterThan(TENANT_MODELS.length * 10);
    expect(tally.failures).toEqual([]);
    expect(tally.succeeded).toBe(0);
  });
});
