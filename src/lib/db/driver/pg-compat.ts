/**
 * Work-arounds for @prisma/adapter-pg 6.19 (see docs/decisions/0001-prisma-6-js-engine.md).
 *
 * 1. The adapter cannot map PostgreSQL columns of type `name` (oid 19) and `"char"` (oid 18),
 *    which catalog queries return. We report them as `text` (oid 25) before the adapter sees the
 *    result; their text form is identical.
 * 2. The adapter's `executeScript` splits a script on every ";", which breaks PL/pgSQL bodies
 *    (`$$ ... ; ... $$`). We send the script as one simple-protocol query instead, which PostgreSQL
 *    runs as one implicit transaction.
 *
 * This module is framework-free and is loaded both by the Prisma CLI (prisma.config.ts) and by the
 * runtime client.
 */
import pg from "pg";

const TEXT_OID = 25;
const UNMAPPABLE_OIDS = new Set([18, 19]);

type PgResultLike = { fields?: Array<{ dataTypeID: number }> };

function remapFields<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as PgResultLike[]) {
    if (!r || !Array.isArray(r.fields)) continue;
    for (const field of r.fields) {
      if (UNMAPPABLE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/** A pg Client whose results never carry `name` or `"char"` column types. */
class CompatClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      // Callback form (used by pg.Pool#query).
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      args[args.length - 1] = (err: unknown, res: any) => last(err, err ? res : remapFields(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    if (out && typeof out.then === "function") return out.then(remapFields);
    return out;
  }
}

/** Pool settings (fields from src/lib/db/connection.ts) whose clients remap the unmappable column types. */
export function compatPoolConfig(fields: pg.ClientConfig, extra: pg.PoolConfig = {}): pg.PoolConfig {
  return { ...fields, ...extra, Client: CompatClient as unknown as typeof pg.Client };
}

/** Replace the adapter's statement-splitting executeScript with a single simple query. */
export function patchExecuteScript<T extends { executeScript: (s: string) => Promise<void> }>(adapter: T, pool: pg.Pool): T {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      // Let the adapter translate the error into a Prisma driver error.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (adapter as any).onError(error);
    }
  };
  return adapter;
}
