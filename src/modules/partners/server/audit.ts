import type { TenantContext } from "@/lib/auth/context";

/** Who to record in the audit trail: the user, or the API key (never personal data). */
export function auditActorId(ctx: TenantContext): string | null {
  if (ctx.actor.kind === "apiKey") return `apikey:${ctx.actor.keyId}`;
  return ctx.userId;
}
