import { sentKeysOnly } from "@/lib/input/patch";
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden, notFound, parseInput } from "@/lib/result";
import { ZPartnerPatch, type TPartner } from "../schemas";
import { assertKernteamAmbassador } from "@/modules/coalition";
import { recordAudit } from "@/lib/audit/record";
import { conflict } from "./create-partner";
import { isUniqueViolation, PARTNER_SELECT, toPartnerDto } from "./dto";

/**
 * Change some fields of a partner of the context's gemeente. Another gemeente's id is NOT_FOUND and
 * changes nothing. The result must keep RULE_KERNTEAM_AMBASSADOR: moving into the kernteam, or
 * clearing the ambassadeur of a kernteam partner, needs an ambassadeur. Permission partners:manage.
 */
export async function updatePartner(ctx: TenantContext, id: string, input: unknown): Promise<TPartner> {
  if (!can(ctx.role, "partners:manage")) throw forbidden();
  const data = sentKeysOnly(parseInput(ZPartnerPatch, input), input);
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw notFound();
  try {
    return await ctx.run(async (db) => {
      const existing = await db.coalitionPartner.findFirst({ where: { id }, select: { id: true, circle: true, ambassador: true } });
      if (!existing) throw notFound();
      assertKernteamAmbassador(data.circle ?? existing.circle, data.ambassador !== undefined ? data.ambassador : existing.ambassador);
      if (data.name !== undefined) {
        const clash = await db.coalitionPartner.findFirst({
          where: { name: { equals: data.name, mode: "insensitive" }, NOT: { id } },
          select: { id: true },
        });
        if (clash) throw conflict();
      }
      const row = await db.coalitionPartner.update({
        where: { id },
        data: {
          ...(data.name !== undefined ? { name: data.name } : {}),
          ...(data.kind !== undefined ? { kind: data.kind } : {}),
          ...(data.circle !== undefined ? { circle: data.circle } : {}),
          ...(data.ambassador !== undefined ? { ambassador: data.ambassador } : {}),
        },
        select: PARTNER_SELECT,
      });
      await recordAudit(db, ctx, {
        action: "partner.update",
        entity: "CoalitionPartner",
        entityId: id,
        details: { fields: Object.keys(data).filter((k) => (data as Record<string, unknown>)[k] !== undefined) },
      });
      return toPartnerDto(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
