/**
 * The one way to write a row of the general audit trail (table AuditEvent: who did what when, read
 * on /app/[gemeente]/logboek and /beheer/logboek). Every writer calls `recordAudit` (a gemeente's
 * row) or `recordPlatformAudit` (the platform's own log, gemeenteId NULL); a unit test
 * (./record.test.ts) fails on any other `auditEvent.create` or `INSERT INTO "AuditEvent"` in the code.
 *
 * The signals' hash-chained log is a different table with its own writer (./signal-audit.ts).
 * `details` never holds personal data: field names, counts, roles, status names.
 */
import type { TenantContext } from "../auth/context";
import type { Db } from "../db/tenant";

export type AuditEntry = {
  /** A code from the list in src/modules/audit/kinds.ts, e.g. "event.create". */
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
};

/** Who to record in the audit trail: the user, or the API key (never personal data). */
function auditActorId(ctx: TenantContext): string | null {
  if (ctx.actor.kind === "apiKey") return `apikey:${ctx.actor.keyId}`;
  return ctx.userId;
}

/** Whose row: a tenant context (its gemeente and actor), or both stated where there is no context. */
export type AuditBy = TenantContext | { gemeenteId: string; actorId: string | null };

/**
 * One audit row in the caller's transaction. Returns Prisma's lazy promise unawaited, so it also
 * fits a batch `$transaction([...])`.
 */
export function recordAudit(db: Pick<Db, "auditEvent">, by: AuditBy, entry: AuditEntry) {
  const who = "run" in by ? { gemeenteId: by.gemeente.id, actorId: auditActorId(by) } : by;
  return db.auditEvent.create({
    data: {
      gemeenteId: who.gemeenteId,
      actorId: who.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      ...(entry.details ? { details: entry.details as object } : {}),
    },
  });
}

const PLATFORM_INSERT = `INSERT INTO "AuditEvent" (id, "gemeenteId", "actorId", action, entity, "entityId", details)
  VALUES (gen_random_uuid()::text, NULL, $1, $2, $3, $4, $5::jsonb)`;

type PlatformAuditEntry = AuditEntry & { actorId: string | null };

function platformValues(entry: PlatformAuditEntry): unknown[] {
  return [entry.actorId, entry.action, entry.entity, entry.entityId ?? null, JSON.stringify(entry.details ?? {})];
}

/**
 * A row of the platform's own log (gemeenteId NULL, read on /beheer/logboek). Raw SQL: the tenant
 * client would stamp the row with its gemeente. `db` is either a Prisma client or transaction, or a
 * node-postgres client inside the caller's own BEGIN … COMMIT.
 */
export async function recordPlatformAudit(
  db: Pick<Db, "$executeRawUnsafe"> | { query(text: string, values: unknown[]): Promise<unknown> },
  entry: PlatformAuditEntry,
): Promise<void> {
  if ("query" in db) await db.query(PLATFORM_INSERT, platformValues(entry));
  else await db.$executeRawUnsafe(PLATFORM_INSERT, ...platformValues(entry));
}
