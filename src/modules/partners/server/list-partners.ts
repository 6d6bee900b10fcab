import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden, parseInput } from "@/lib/result";
import { PARTNER_KIND_LABELS, ZPartnerListQuery, type TPartner } from "../schemas";
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

export type TPublicPartner = { name: string; kind: string };

/**
 * The coalition's partner organisations for the public partner page: name and kind only (no
 * ambassador: that is a person's name). Public: no permission needed, always the ctx's own gemeente.
 */
export async function listPublicPartners(ctx: TenantContext): Promise<TPublicPartner[]> {
  const rows = await ctx.run((db) => db.coalitionPartner.findMany({ orderBy: { name: "asc" }, select: { name: true, kind: true } }));
  return rows.map((r) => ({ name: r.name, kind: PARTNER_KIND_LABELS[r.kind] }));
}
