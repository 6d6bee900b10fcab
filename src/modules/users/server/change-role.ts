/**
 * Change a member's role within the current gemeente. The member's sessions end (sessionVersion is
 * raised in the same transaction), so the new role applies from their next login.
 */
import { AppError, type TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound, parseInput } from "@/lib/result";
import { ZChangeRole } from "../schemas";
import { recordAudit } from "@/lib/audit/record";

export async function changeRole(ctx: TenantContext, input: unknown): Promise<{ userId: string; role: string }> {
  if (!can(ctx.role, "members:manage")) throw forbidden();
  const { userId, role } = parseInput(ZChangeRole, input);
  if (userId === ctx.userId)
    throw new AppError("CANNOT_CHANGE_OWN_ROLE", "Je kunt je eigen rol niet veranderen. Vraag dit aan een andere beheerder.");
  return ctx.run(async (db) => {
    const membership = await db.membership.findFirst({ where: { userId }, select: { id: true, role: true } });
    if (!membership) throw notFound();
    if (membership.role !== role) {
      await db.membership.updateMany({ where: { id: membership.id }, data: { role } });
      await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
      await recordAudit(
        db,
        { gemeenteId: ctx.gemeente.id, actorId: ctx.userId },
        {
          action: "membership.role_changed",
          entity: "Membership",
          entityId: membership.id,
          details: { from: membership.role, to: role },
        },
      );
    }
    return { userId, role };
  });
}
