/**
 * Verify every gemeente's signal audit chain, reading as the database owner (scripts and tests only).
 */
import pg from "pg";
import { verifyChains, type AuditRow, type VerifyProblem } from "./signal-audit";

export async function verifySignalAudit(connectionString = process.env.DATABASE_URL): Promise<{ rows: number; problems: VerifyProblem[] }> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<AuditRow>(
      `SELECT "gemeenteId", seq, "signalId", "actorUserId", action, detail, "prevHash", hash, "createdAt"
         FROM "SignalAuditEntry" ORDER BY "gemeenteId", seq`,
    );
    return { rows: rows.length, problems: verifyChains(rows) };
  } finally {
    await client.end();
  }
}
