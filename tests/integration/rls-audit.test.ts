/**
 * Row-level security audit against the PostgreSQL catalog: fails when a tenant table lacks enabled
 * and forced RLS or a policy, when a table with a gemeenteId column is missing from TENANT_MODELS,
 * or when the application role owns a table or can bypass RLS.
 */
import { describe, expect, it } from "vitest";
import { TENANT_MODELS } from "@/lib/db/tenant-models";
import { APP_DB_ROLE } from "@/lib/env";
import { ownerQuery } from "../support/owner";

describe("row-level security audit", () => {
  it("every tenant model has RLS enabled, forced and a policy", async () => {
    const { rows } = await ownerQuery<{ relname: string; enabled: boolean; forced: boolean; policies: number }>(
      `SELECT c.relname::text AS relname, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    const byName = new Map(rows.map((r) => [r.relname, r]));
    const problems: string[] = [];
    for (const model of TENANT_MODELS) {
      const t = byName.get(model);
      if (!t) problems.push(`${model}: table missing`);
      else {
        if (!t.enabled) problems.push(`${model}: RLS not enabled`);
        if (!t.forced) problems.push(`${model}: RLS not forced`);
        if (t.policies < 1) problems.push(`${model}: no policy`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every table with a gemeenteId column is a tenant model", async () => {
    const { rows } = await ownerQuery<{ table_name: string }>(
      `SELECT table_name::text AS table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'gemeenteId'`,
    );
    const missing = rows.map((r) => r.table_name).filter((t) => !(TENANT_MODELS as readonly string[]).includes(t));
    expect(missing).toEqual([]);
  });

  it("the application role owns no table and cannot bypass RLS", async () => {
    const role = await ownerQuery<{ rolsuper: boolean; rolbypassrls: boolean }>(
      "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1",
      [APP_DB_ROLE],
    );
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    const owned = await ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
      [APP_DB_ROLE],
    );
    expect(owned.rows[0].n).toBe(0);
  });

  it("the application role cannot change or remove audit events, nor read the migration history", async () => {
    const privs = await ownerQuery<{ upd: boolean; del: boolean; ins: boolean; mig: boolean }>(
      `SELECT has_table_privilege($1, '"AuditEvent"', 'UPDATE') AS upd,
              has_table_privilege($1, '"AuditEvent"', 'DELETE') AS del,
              has_table_privilege($1, '"AuditEvent"', 'INSERT') AS ins,
              has_table_privilege($1, '"_prisma_migrations"', 'SELECT') AS mig`,
      [APP_DB_ROLE],
    );
    expect(privs.rows[0]).toEqual({ upd: false, del: false, ins: true, mig: false });
  });
});
