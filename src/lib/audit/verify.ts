/**
 * Verify every gemeente's signal audit chain, reading as the database owner (scripts and tests only).
 * With anchors (from signed exports or the regisseur's digests) truncation and rewriting are caught too.
 */
import pg from "pg";
import { anchorSignatureValid, anchorsOf, checkAnchors, type Anchor, type SignedAnchors } from "./anchor";
import { verifyChains, type AuditRow, type VerifyProblem } from "./signal-audit";

async function readRows(connectionString: string | undefined): Promise<AuditRow[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<AuditRow>(
      `SELECT "gemeenteId", seq, "signalId", "actorUserId", action, detail, "prevHash", hash, "createdAt"
         FROM "SignalAuditEntry" ORDER BY "gemeenteId", seq`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

export async function verifySignalAudit(
  connectionString = process.env.DATABASE_URL,
  opts: { anchors?: (SignedAnchors | Anchor[])[] } = {},
): Promise<{ rows: number; problems: VerifyProblem[] }> {
  const rows = await readRows(connectionString);
  const problems = verifyChains(rows);
  for (const doc of opts.anchors ?? []) {
    if (Array.isArray(doc)) problems.push(...checkAnchors(rows, doc));
    else if (!anchorSignatureValid(doc)) problems.push({ gemeenteId: "*", seq: 0, problem: "anchor-signature" });
    else problems.push(...checkAnchors(rows, doc.anchors));
  }
  return { rows: rows.length, problems };
}

/** The current anchors of every chain (for the signed export). */
export async function currentAnchors(connectionString = process.env.DATABASE_URL): Promise<Anchor[]> {
  return anchorsOf(await readRows(connectionString));
}
