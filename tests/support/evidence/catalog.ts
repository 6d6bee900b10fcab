/**
 * Generic row building from the PostgreSQL catalog, so the evidence tests cover every tenant table
 * (including ones other engineers add later) without hand-written fixtures. Runs as the owner.
 */
import { randomUUID } from "node:crypto";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { ownerQuery } from "../owner";

export type Column = { name: string; dataType: string; udt: string; nullable: boolean; hasDefault: boolean };
type ForeignKey = { column: string; refTable: string; refColumn: string };

async function columnsOf(table: string): Promise<Column[]> {
  const { rows } = await ownerQuery<{
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
    column_default: string | null;
  }>(
    `SELECT column_name, data_type, udt_name, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => ({
    name: r.column_name,
    dataType: r.data_type,
    udt: r.udt_name,
    nullable: r.is_nullable === "YES",
    hasDefault: r.column_default !== null,
  }));
}

async function foreignKeysOf(table: string): Promise<ForeignKey[]> {
  const { rows } = await ownerQuery<{ col: string; ref_table: string; ref_col: string }>(
    `SELECT a.attname AS col, rt.relname AS ref_table, ra.attname AS ref_col
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_class rt ON rt.oid = c.confrelid
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
      WHERE c.contype = 'f' AND t.relname = $1`,
    [table],
  );
  return rows.map((r) => ({ column: r.col, refTable: r.ref_table, refColumn: r.ref_col }));
}

async function enumLabels(udt: string): Promise<string[]> {
  const { rows } = await ownerQuery<{ enumlabel: string }>(
    `SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder`,
    [udt.replace(/^_/, "")],
  );
  return rows.map((r) => r.enumlabel);
}

const q = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** A value of the column's type. Texts are unique so unique constraints hold. */
async function valueFor(col: Column): Promise<unknown> {
  // Columns with a format CHECK: a month "YYYY-MM" (signal feedback, issue 16).
  if (col.name === "period") return "2026-01";
  // One element, lower case: a list column that requires at least one (IdentityProvider.domains).
  if (col.dataType === "ARRAY") return col.name === "domains" ? [`ev-${randomUUID()}`] : [];
  if (col.dataType === "USER-DEFINED") return (await enumLabels(col.udt))[0];
  // GemeenteLogo's CHECKs: a raster type, 16–2000 pixels, a sha256 in hex.
  if (col.name === "contentType") return "image/png";
  if (col.name === "width" || col.name === "height") return 64;
  if (col.name === "sha256") return randomUUID().replace(/-/g, "").padEnd(64, "0");
  switch (col.udt) {
    case "text":
    case "varchar":
      return `ev-${randomUUID()}`;
    case "int2":
    case "int4":
    case "int8":
      return 2000 + Math.floor(Math.random() * 50);
    case "numeric":
    case "float4":
    case "float8":
      return 1;
    case "bool":
      return false;
    case "timestamp":
    case "timestamptz":
    case "date":
      return new Date();
    case "json":
    case "jsonb":
      return {};
    case "uuid":
      return randomUUID();
    case "bytea":
      return Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    default:
      throw new Error(`evidence/catalog: no value for ${col.udt}`);
  }
}

/**
 * Insert a minimal valid row in `table` for `gemeenteId`, creating required parents (users,
 * organisations, tenant parents in the same gemeente) first. Returns the full row.
 */
export async function insertRow(table: string, gemeenteId: string): Promise<Record<string, unknown>> {
  const cols = await columnsOf(table);
  const fks = await foreignKeysOf(table);
  const values: Record<string, unknown> = {};
  for (const col of cols) {
    if (col.name === "gemeenteId") {
      values[col.name] = gemeenteId;
      continue;
    }
    const fk = fks.find((f) => f.column === col.name);
    if (fk) {
      if (col.nullable) continue;
      if (fk.refTable === "Gemeente") values[col.name] = gemeenteId;
      else values[col.name] = (await insertRow(fk.refTable, gemeenteId))[fk.refColumn];
      continue;
    }
    if (col.name === "id") {
      values.id = randomUUID();
      continue;
    }
    if (col.nullable || col.hasDefault) {
      if (col.name !== "updatedAt") continue;
    }
    values[col.name] = await valueFor(col);
  }
  const names = Object.keys(values);
  const params = names.map((n) => {
    const v = values[n];
    return v && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : v;
  });
  const { rows } = await ownerQuery(
    `INSERT INTO ${q(table)} (${names.map(q).join(", ")}) VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING *`,
    params,
  );
  return rows[0];
}

/** The row as the owner sees it (bypasses RLS), JSON-normalised for comparison. */
export async function snapshot(table: string, id: unknown): Promise<string | null> {
  const { rows } = await ownerQuery(`SELECT * FROM ${q(table)} WHERE id = $1`, [id]);
  return rows[0] ? JSON.stringify(rows[0]) : null;
}

export async function countWhere(table: string, gemeenteId: string): Promise<number> {
  const { rows } = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${q(table)} WHERE "gemeenteId" = $1`, [gemeenteId]);
  return rows[0].n;
}

/** A column an attacker would try to change: a plain text/int/bool column, not id, tenant or key. */
export async function mutableColumn(table: string): Promise<Column | undefined> {
  const cols = await columnsOf(table);
  const fks = new Set((await foreignKeysOf(table)).map((f) => f.column));
  const plain = cols.filter((c) => !["id", "gemeenteId", "createdAt", "updatedAt"].includes(c.name) && !fks.has(c.name));
  return plain.find((c) => c.udt === "text") ?? plain.find((c) => c.udt === "bool") ?? plain.find((c) => c.udt.startsWith("int"));
}

export function hostileValue(col: Column): unknown {
  if (col.udt === "text") return "GEKAAPT";
  if (col.udt === "bool") return true;
  return 999_999;
}

export const quoteIdent = q;

/** Figures for scripts/security-report.ts (test-results is git-ignored). */
const FIGURES_DIR = path.resolve(import.meta.dirname, "../../../test-results/evidence");
export function writeFigures(name: string, data: unknown) {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(
    path.join(FIGURES_DIR, `${name}.json`),
    JSON.stringify({ ...((data as object) ?? {}), at: new Date().toISOString() }, null, 2),
  );
}
