import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden, notFound } from "@/lib/result";
import { recordAudit } from "@/lib/audit/record";

/**
 * Remove a partner of the context's gemeente (memberships that pointed to it keep the user, lose the
 * link). Another gemeente's id is NOT_FOUND and deletes nothing. Permission partners:manage.
 */
export async function deletePartner(ctx: TenantContext, id: string): Promise<{ id: string }> {
  if (!can(ctx.role, "partners:manage")) throw forbidden();
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw notFound();
  return ctx.run(async (db) => {
    const { count } = await db.coalitionPartner.deleteMany({ where: { id } });
    if (count === 0) throw notFound();
    await recordAudit(db, ctx, { action: "partner.delete", entity: "CoalitionPartner", entityId: id });
    return { id };
  });
}
