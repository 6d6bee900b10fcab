/**
 * THE tenant choke point (docs/decisions/0003-tenancy-rls.md).
 *
 * Wall 1 — this module: every query on a tenant model made through `withTenant` is forced to the
 * current gemeente (where-clauses and created rows get `gemeenteId`), and a tenant model touched
 * outside a tenant scope throws (fail closed).
 * Wall 2 — PostgreSQL: the same transaction sets `app.gemeente_id` with set_config(..., true), and
 * forced row-level security on every tenant table hides and refuses other gemeenten's rows.
 *
 * The gemeente comes from the server-side context (session + route), never from client input.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "@/generated/prisma/client";
import { unsafeRawPrisma } from "./client";
import { isTenantModel } from "./tenant-models";

type Scope = { gemeenteId?: string; userId?: string };
// Shared through globalThis like the client below: Next.js may load this module once per bundle
// (route handlers, server components); the cached client must read the same store every copy writes.
const globalForScope = globalThis as unknown as { __samenkrachtScopeStore?: AsyncLocalStorage<Scope> };
const scopeStore = (globalForScope.__samenkrachtScopeStore ??= new AsyncLocalStorage<Scope>());

export class TenantScopeError extends Error {
  constructor(model: string, operation: string) {
    super(`Tenant model ${model}.${operation} used outside a tenant scope`);
    this.name = "TenantScopeError";
  }
}

type AnyArgs = Record<string, unknown> & { where?: Record<string, unknown>; data?: unknown };

const READ_OR_WHERE_OPS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
]);

function forceData(data: unknown, gemeenteId: string): unknown {
  if (Array.isArray(data)) return data.map((d) => forceData(d, gemeenteId));
  if (data && typeof data === "object") {
    const copy = { ...(data as Record<string, unknown>) };
    delete copy.gemeente; // relation form would bypass the scalar
    copy.gemeenteId = gemeenteId;
    return copy;
  }
  return data;
}

function scopeArgs(model: string, operation: string, args: AnyArgs, scope: Scope | undefined): AnyArgs {
  if (!scope) throw new TenantScopeError(model, operation);
  const gemeenteId = scope.gemeenteId;
  if (!gemeenteId) {
    // A user scope without a gemeente may only read the user's own memberships.
    if (model === "Membership" && scope.userId && (operation.startsWith("find") || operation === "count")) {
      return { ...args, where: { ...(args.where ?? {}), userId: scope.userId } };
    }
    throw new TenantScopeError(model, operation);
  }
  const out: AnyArgs = { ...args };
  if (READ_OR_WHERE_OPS.has(operation)) {
    out.where = { ...(args.where ?? {}), gemeenteId };
  }
  if (operation === "create" || operation === "createMany" || operation === "createManyAndReturn") {
    out.data = forceData(args.data, gemeenteId);
  }
  if (operation === "update" || operation === "updateMany" || operation === "updateManyAndReturn") {
    const data = { ...((args.data as Record<string, unknown>) ?? {}) };
    delete data.gemeenteId; // a row never moves to another gemeente
    delete data.gemeente;
    out.data = data;
  }
  if (operation === "upsert") {
    out.where = { ...(args.where ?? {}), gemeenteId };
    out.create = forceData(args.create, gemeenteId);
    const update = { ...((args.update as Record<string, unknown>) ?? {}) };
    delete update.gemeenteId;
    delete update.gemeente;
    out.update = update;
  }
  return out;
}

function createScopedClient() {
  return unsafeRawPrisma().$extends({
    name: "tenant-scope",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!isTenantModel(model)) return query(args);
          return query(scopeArgs(model, operation, (args ?? {}) as AnyArgs, scopeStore.getStore()) as typeof args);
        },
      },
    },
  });
}

type ScopedClient = ReturnType<typeof createScopedClient>;
/** A database handle inside a tenant or user scope. Domain code takes this as its first argument. */
export type Db = Omit<ScopedClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForScoped = globalThis as unknown as { __samenkrachtScoped?: ScopedClient };
function scopedClient(): ScopedClient {
  if (!globalForScoped.__samenkrachtScoped) globalForScoped.__samenkrachtScoped = createScopedClient();
  return globalForScoped.__samenkrachtScoped;
}

const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

async function inScope<T>(
  scope: Scope,
  fn: (db: Db) => Promise<T>,
  opts?: { isolationLevel?: Prisma.TransactionIsolationLevel },
): Promise<T> {
  return scopeStore.run(scope, () =>
    scopedClient().$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.gemeente_id', ${scope.gemeenteId ?? ""}, true), set_config('app.user_id', ${scope.userId ?? ""}, true)`;
        return fn(tx as unknown as Db);
      },
      { ...TX_OPTIONS, ...opts },
    ),
  );
}

/** Run `fn` in one transaction scoped to one gemeente. All or nothing. */
export function withTenant<T>(
  scope: { gemeenteId: string; userId?: string },
  fn: (db: Db) => Promise<T>,
  opts?: { isolationLevel?: Prisma.TransactionIsolationLevel },
): Promise<T> {
  if (!scope.gemeenteId) throw new Error("withTenant needs a gemeenteId");
  return inScope(scope, fn, opts);
}

/** Run `fn` scoped to one user across gemeenten: only their own memberships are visible. */
export function withUser<T>(userId: string, fn: (db: Db) => Promise<T>): Promise<T> {
  if (!userId) throw new Error("withUser needs a userId");
  return inScope({ userId }, fn);
}

/**
 * Platform-level data (gemeenten, users, organisations, login attempts) outside any tenant.
 * Tenant models still throw here.
 */
export function platformDb(): Db {
  return scopedClient() as unknown as Db;
}
