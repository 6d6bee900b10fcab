/**
 * Append-only, hash-chained audit log for signals (table SignalAuditEntry). Each row stores the hash
 * of the previous row of the same gemeente; writers are serialised per gemeente with
 * pg_advisory_xact_lock. The application role may only INSERT and SELECT (see the migration).
 * `detail` must never hold personal data: status names, field names, counts only.
 */
import { createHash } from "node:crypto";
import type { Db } from "../db/tenant";

export const GENESIS_HASH = "0".repeat(64);

export type AuditInput = {
  gemeenteId: string;
  signalId: string | null;
  actorUserId: string | null;
  action: string;
  detail?: Record<string, string | number | boolean | null | string[]>;
};

export type AuditRow = {
  gemeenteId: string;
  seq: number;
  signalId: string | null;
  actorUserId: string | null;
  action: string;
  detail: unknown;
  prevHash: string;
  hash: string;
  createdAt: Date;
};

/** JSON with sorted keys, so jsonb's key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(",")}}`;
}

export function hashEntry(row: Omit<AuditRow, "hash">): string {
  const body = canonicalJson({
    gemeenteId: row.gemeenteId,
    seq: row.seq,
    signalId: row.signalId,
    actorUserId: row.actorUserId,
    action: row.action,
    detail: row.detail ?? {},
    prevHash: row.prevHash,
    createdAt: row.createdAt.toISOString(),
  });
  return createHash("sha256").update(body).digest("hex");
}

/** Append one entry inside the caller's tenant transaction (all or nothing with the change). */
export async function appendSignalAudit(db: Db, input: AuditInput): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"signal-audit:" + input.gemeenteId}))`;
  const last = await db.signalAuditEntry.findFirst({
    where: { gemeenteId: input.gemeenteId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const createdAt = new Date();
  const row = {
    gemeenteId: input.gemeenteId,
    seq: (last?.seq ?? 0) + 1,
    signalId: input.signalId,
    actorUserId: input.actorUserId,
    action: input.action,
    detail: input.detail ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
    createdAt,
  };
  await db.signalAuditEntry.create({ data: { ...row, hash: hashEntry(row) } });
}

export type VerifyProblem = { gemeenteId: string; seq: number; problem: "hash-mismatch" | "broken-link" | "gap" };

/** Check every chain. Rows must be ordered by gemeenteId, seq. */
export function verifyChains(rows: AuditRow[]): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  let current: { gemeenteId: string; seq: number; hash: string } | null = null;
  for (const row of rows) {
    if (!current || current.gemeenteId !== row.gemeenteId) current = { gemeenteId: row.gemeenteId, seq: 0, hash: GENESIS_HASH };
    if (row.seq !== current.seq + 1) problems.push({ gemeenteId: row.gemeenteId, seq: row.seq, problem: "gap" });
    if (row.prevHash !== current.hash) problems.push({ gemeenteId: row.gemeenteId, seq: row.seq, problem: "broken-link" });
    const { hash, ...rest } = row;
    if (hashEntry(rest) !== hash) problems.push({ gemeenteId: row.gemeenteId, seq: row.seq, problem: "hash-mismatch" });
    current = { gemeenteId: row.gemeenteId, seq: row.seq, hash: row.hash };
  }
  return problems;
}
