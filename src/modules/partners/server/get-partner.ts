import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden, notFound } from "@/lib/result";
import type { TPartner } from "../schemas";
import { PARTNER_SELECT, toPartnerDto } from "./dto";

/** One partner of the context's gemeente; another gemeente's id is NOT_FOUND. Permission partners:read. */
export async function getPartner(ctx: TenantContext, id: string): Promise<TPartner> {
  if (!can(ctx.role, "partners:read")) throw forbidden();
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw notFound();
  const row = await ctx.run((db) => db.coalitionPartner.findFirst({ where: { id }, select: PARTNER_SELECT }));
  if (!row) throw notFound();
  return toPartnerDto(row);
}
