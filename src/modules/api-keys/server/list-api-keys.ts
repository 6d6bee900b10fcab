import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden } from "@/lib/result";
import type { TApiKey } from "../schemas";
import { toApiKeyDto } from "./dto";

/** The gemeente's API keys, newest first, without key or hash. Permission apikeys:manage. */
export async function listApiKeys(ctx: TenantContext): Promise<TApiKey[]> {
  if (!can(ctx.role, "apikeys:manage")) throw forbidden();
  const rows = await ctx.run((db) =>
    db.apiKey.findMany({
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, role: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    }),
  );
  return rows.map(toApiKeyDto);
}
