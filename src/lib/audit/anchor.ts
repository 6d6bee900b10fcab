/**
 * Anchors of the signal audit chains, kept OUTSIDE the database role's reach (issue 21): per gemeente
 * the number of entries and the head hash. They go out in the regisseur's daily digest and in a
 * signed export (`npm run signals:audit-anchor -- --out <file>`, HMAC with the audit key the database
 * does not hold). `npm run signals:verify-audit -- --anchor <file>` then detects truncation (fewer
 * entries than anchored) and rewriting (a different hash at the anchored position).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { activeKeyId, auditKey } from "../crypto/fields";
import { canonicalJson, type AuditRow, type VerifyProblem } from "./signal-audit";

export type Anchor = { gemeenteId: string; count: number; head: string };
export type SignedAnchors = {
  kind: "samenkracht/signal-audit-anchor/v1";
  createdAt: string;
  anchors: Anchor[];
  keyId: string;
  signature: string;
};

/** The head of every chain in rows (ordered by gemeenteId, seq). */
export function anchorsOf(rows: Pick<AuditRow, "gemeenteId" | "seq" | "hash">[]): Anchor[] {
  const heads = new Map<string, Anchor>();
  for (const r of rows) heads.set(r.gemeenteId, { gemeenteId: r.gemeenteId, count: r.seq, head: r.hash });
  return [...heads.values()];
}

const mac = (keyId: string, payload: Omit<SignedAnchors, "signature" | "keyId">) => {
  const key = auditKey(keyId);
  if (!key) return null;
  return createHmac("sha256", key).update(canonicalJson(payload)).digest("hex");
};

export function signAnchors(anchors: Anchor[], createdAt = new Date()): SignedAnchors {
  const keyId = activeKeyId();
  const payload = { kind: "samenkracht/signal-audit-anchor/v1" as const, createdAt: createdAt.toISOString(), anchors };
  return { ...payload, keyId, signature: mac(keyId, payload)! };
}

/** True when the export was signed with a key of the ring and not changed since. */
export function anchorSignatureValid(doc: SignedAnchors): boolean {
  if (!doc || doc.kind !== "samenkracht/signal-audit-anchor/v1" || typeof doc.signature !== "string") return false;
  const expected = mac(doc.keyId, { kind: doc.kind, createdAt: doc.createdAt, anchors: doc.anchors });
  if (!expected || expected.length !== doc.signature.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(doc.signature));
}

/**
 * Compare the chains with earlier anchors: fewer entries than anchored → "truncated"; another hash at
 * the anchored position → "rewritten". rows ordered by gemeenteId, seq.
 */
export function checkAnchors(rows: Pick<AuditRow, "gemeenteId" | "seq" | "hash">[], anchors: Anchor[]): VerifyProblem[] {
  const bySeq = new Map<string, string>();
  const last = new Map<string, number>();
  for (const r of rows) {
    bySeq.set(`${r.gemeenteId}|${r.seq}`, r.hash);
    last.set(r.gemeenteId, Math.max(last.get(r.gemeenteId) ?? 0, r.seq));
  }
  const problems: VerifyProblem[] = [];
  for (const a of anchors) {
    if ((last.get(a.gemeenteId) ?? 0) < a.count) problems.push({ gemeenteId: a.gemeenteId, seq: a.count, problem: "truncated" });
    else if (bySeq.get(`${a.gemeenteId}|${a.count}`) !== a.head)
      problems.push({ gemeenteId: a.gemeenteId, seq: a.count, problem: "rewritten" });
  }
  return problems;
}

/** The line for the regisseur's digest: count and head hash of their gemeente's chain. */
export function anchorLine(a: Anchor | null): string {
  if (!a) return "Controle auditlog signalen: nog geen regels.";
  return `Controle auditlog signalen: ${a.count} regels, laatste controlegetal ${a.head}. Bewaar deze mail: zo is later te zien of er regels zijn weggehaald of veranderd.`;
}
