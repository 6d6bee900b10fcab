import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden, notFound } from "@/lib/result";
import type { TApiKey } from "../schemas";
import { toApiKeyDto } from "./dto";
import { recordAudit } from "@/lib/audit/record";

/**
 * Revoke a key of the context's gemeente (idempotent: revoking twice keeps the first time).
 * Another gemeente's key id is NOT_FOUND. Permission apikeys:manage.
 */
export async function revokeApiKey(ctx: TenantContext, id: string): Promise<TApiKey> {
  if (!can(ctx.role, "apikeys:manage")) throw forbidden();
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw notFound();
  return ctx.run(async (db) => {
    const existing = await db.apiKey.findFirst({ where: { id } });
    if (!existing) throw notFound();
    const row = existing.revokedAt ? existing : await db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    if (!existing.revokedAt) {
      await recordAudit(
        db,
        { gemeenteId: ctx.gemeente.id, actorId: ctx.userId },
        { action: "apikey.revoke", entity: "ApiKey", entityId: id },
      );
    }
    return toApiKeyDto(row);
  });
}
