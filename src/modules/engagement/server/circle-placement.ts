/**
 * Circle placement of an entrepreneur (issue 13: owned by the engagement core). Placing a
 * vestiging in a coalition circle shows it to the coalition as a partner, so it needs the same
 * predicate as every outward surface (./exposure.ts): acknowledged, active, not stopped, not
 * parked, no open twijfel. Taking a vestiging out of a circle is always possible.
 * The coalition module (src/modules/coalition/server/circles.ts) checks its own rules (permission,
 * kernteam ambassadeur) and calls this function for the write.
 */
import type { CoalitionCircle } from "@/generated/prisma/enums";
import type { TenantContext } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/result";
import { recordAudit } from "@/lib/audit/record";
import { assertExposable } from "./exposure";

const VESTIGING_STOPPED_CODE = "VESTIGING_STOPPED";

export async function placeInCircle(
  ctx: TenantContext,
  id: string,
  placement: { circle: CoalitionCircle | null; ambassador: string | null },
  stoppedMessage: string,
): Promise<void> {
  await ctx.run(async (db) => {
    const existing = await db.vestiging.findFirst({ where: { id }, select: { id: true, stoppedAt: true } });
    if (!existing) throw notFound();
    if (placement.circle !== null) {
      if (existing.stoppedAt !== null) {
        throw new AppError(VESTIGING_STOPPED_CODE, stoppedMessage, { status: 422, fieldErrors: { circle: [stoppedMessage] } });
      }
      await assertExposable(db, id, "circle");
    }
    await db.vestiging.update({
      where: { id },
      data: { coalitionCircle: placement.circle, coalitionAmbassador: placement.circle === null ? null : placement.ambassador },
    });
    await recordAudit(db, ctx, { action: "coalition.place", entity: "Vestiging", entityId: id, details: { circle: placement.circle } });
  });
}
