import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden, parseInput } from "@/lib/result";
import { generateApiKey } from "../key-format";
import { ZApiKeyInput, type TApiKey } from "../schemas";
import { toApiKeyDto } from "./dto";
import { recordAudit } from "@/lib/audit/record";

/**
 * Create an API key for the context's gemeente. Returns the full key ONCE; only its hash is stored.
 * Permission apikeys:manage (platform admin) — checked here, whatever the caller did.
 */
export async function createApiKey(ctx: TenantContext, input: unknown): Promise<{ apiKey: TApiKey; key: string }> {
  if (!can(ctx.role, "apikeys:manage")) throw forbidden();
  const data = parseInput(ZApiKeyInput, input);
  const { key, prefix, keyHash } = generateApiKey(ctx.gemeente.id);
  const row = await ctx.run(async (db) => {
    const created = await db.apiKey.create({
      data: { gemeenteId: ctx.gemeente.id, name: data.name, role: data.role, prefix, keyHash, createdById: ctx.userId },
    });
    await recordAudit(
      db,
      { gemeenteId: ctx.gemeente.id, actorId: ctx.userId },
      { action: "apikey.create", entity: "ApiKey", entityId: created.id, details: { role: data.role } },
    );
    return created;
  });
  return { apiKey: toApiKeyDto(row), key };
}
