/**
 * Append-only, hash-chained audit log for signals (table SignalAuditEntry). Each row stores the hash
 * of the previous row of the same gemeente; writers are serialised per gemeente with
 * pg_advisory_xact_lock. The application role may only INSERT and SELECT (see the migration).
 * `detail` must never hold personal data: status names, field names, counts only.
 *
 * Keyed (issue 21): a new entry's hash is "h2:<keyId>:<HMAC-SHA256 hex>" with a key derived from the
 * signal key ring (`auditKey`), which the database does not hold: rewriting entries and recomputing
 * the chain needs that key. Entries from before (plain SHA-256, 64 hex) still verify, but never after
 * a keyed entry in the same chain. Truncation (deleting the newest entries) is caught by anchors:
 * the head hash and count, sent in the regisseur's digest and in a signed export (./anchor.ts).
 */
import { createHash, createHmac } from "node:crypto";
import { activeKeyId, auditKey } from "../crypto/fields";
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

function body(row: Omit<AuditRow, "hash">): string {
  return canonicalJson({
    gemeenteId: row.gemeenteId,
    seq: row.seq,
    signalId: row.signalId,
    actorUserId: row.actorUserId,
    action: row.action,
    detail: row.detail ?? {},
    prevHash: row.prevHash,
    createdAt: row.createdAt.toISOString(),
  });
}

/** The legacy, unkeyed hash (entries written before the chain was keyed). */
function legacyHashEntry(row: Omit<AuditRow, "hash">): string {
  return createHash("sha256").update(body(row)).digest("hex");
}

/** The keyed hash of an entry with the given key of the ring (default: the active one). */
function hashEntry(row: Omit<AuditRow, "hash">, keyId: string = activeKeyId()): string {
  const key = auditKey(keyId);
  if (!key) throw new Error(`audit key ${keyId} is not in the key ring`);
  return `h2:${keyId}:${createHmac("sha256", key).update(body(row)).digest("hex")}`;
}

const isKeyed = (hash: string) => hash.startsWith("h2:");

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

export type VerifyProblem = {
  gemeenteId: string;
  seq: number;
  problem: "hash-mismatch" | "broken-link" | "gap" | "unknown-key" | "unkeyed-after-keyed" | "truncated" | "rewritten" | "anchor-signature";
};

/** Check every chain. Rows must be ordered by gemeenteId, seq. */
export function verifyChains(rows: AuditRow[]): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  let current: { gemeenteId: string; seq: number; hash: string; keyed: boolean } | null = null;
  for (const row of rows) {
    if (!current || current.gemeenteId !== row.gemeenteId)
      current = { gemeenteId: row.gemeenteId, seq: 0, hash: GENESIS_HASH, keyed: false };
    if (row.seq !== current.seq + 1) problems.push({ gemeenteId: row.gemeenteId, seq: row.seq, problem: "gap" });
    if (row.prevHash !== current.hash) problems.push({ gemeenteId: row.gemeenteId, seq: row.seq, problem: "broken-link" });
    const { hash, ...rest } = row;
    if (isKeyed(hash)) {
      const keyId = hash.split(":")[1] ?? "";
      if (!auditKey(keyId)) problems.push({ gemeenteId: row.gemeenteId, seq: row.seq, problem: "unknown-key" });
      else if (hashEntry(rest, keyId) !== hash) problems.push({ gemeenteId: row.gemeenteId, seq: row.seq, problem: "hash-mismatch" });
    } else {
      // An unkeyed entry after a keyed one: someone without the key rewrote the chain from there on.
      if (current.keyed) problems.push({ gemeenteId: row.gemeenteId, seq: row.seq, problem: "unkeyed-after-keyed" });
      if (legacyHashEntry(rest) !== hash) problems.push({ gemeenteId: row.gemeenteId, seq: row.seq, problem: "hash-mismatch" });
    }
    current = { gemeenteId: row.gemeenteId, seq: row.seq, hash: row.hash, keyed: current.keyed || isKeyed(hash) };
  }
  return problems;
}
