import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden, parseInput } from "@/lib/result";
import { ZPartnerListQuery, type TPartner } from "../schemas";
import { PARTNER_SELECT, toPartnerDto } from "./dto";

/**
 * The gemeente's coalition partners, by name. Optional filters circle/kind.
 * Permission partners:read — every partners function checks its permission itself.
 */
export async function listPartners(ctx: TenantContext, query: unknown = {}): Promise<TPartner[]> {
  if (!can(ctx.role, "partners:read")) throw forbidden();
  const filter = parseInput(ZPartnerListQuery, query);
  const rows = await ctx.run((db) =>
    db.coalitionPartner.findMany({
      where: { ...(filter.circle ? { circle: filter.circle } : {}), ...(filter.kind ? { kind: filter.kind } : {}) },
      orderBy: { name: "asc" },
      select: PARTNER_SELECT,
    }),
  );
  return rows.map(toPartnerDto);
}
