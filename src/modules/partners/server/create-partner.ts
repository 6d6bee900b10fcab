import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { AppError, forbidden, parseInput } from "@/lib/result";
import { ZPartnerInput, type TPartner } from "../schemas";
import { assertKernteamAmbassador } from "@/modules/coalition";
import { recordAudit } from "@/lib/audit/record";
import { isUniqueViolation, PARTNER_NAME_TAKEN, PARTNER_SELECT, toPartnerDto } from "./dto";

/**
 * Add a coalition partner to the context's gemeente. The name is unique per gemeente (case
 * insensitive) → CONFLICT. A kernteam partner needs an ambassadeur (RULE_KERNTEAM_AMBASSADOR).
 * Permission partners:manage.
 */
export async function createPartner(ctx: TenantContext, input: unknown): Promise<TPartner> {
  if (!can(ctx.role, "partners:manage")) throw forbidden();
  const data = parseInput(ZPartnerInput, input);
  assertKernteamAmbassador(data.circle, data.ambassador);
  try {
    return await ctx.run(async (db) => {
      const clash = await db.coalitionPartner.findFirst({
        where: { name: { equals: data.name, mode: "insensitive" } },
        select: { id: true },
      });
      if (clash) throw conflict();
      const row = await db.coalitionPartner.create({
        data: { gemeenteId: ctx.gemeente.id, name: data.name, kind: data.kind, circle: data.circle, ambassador: data.ambassador },
        select: PARTNER_SELECT,
      });
      await recordAudit(db, ctx, { action: "partner.create", entity: "CoalitionPartner", entityId: row.id });
      return toPartnerDto(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

export function conflict() {
  return new AppError("CONFLICT", PARTNER_NAME_TAKEN, { fieldErrors: { name: [PARTNER_NAME_TAKEN] } });
}
