import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden } from "@/lib/result";
import type { TGemeente } from "../schemas";

/** The tenant itself (public facts only). Permission gemeente:read. */
export function getGemeente(ctx: TenantContext): TGemeente {
  if (!can(ctx.role, "gemeente:read")) throw forbidden();
  return { slug: ctx.gemeente.slug, name: ctx.gemeente.name, inhabitants: ctx.gemeente.inhabitants };
}
