/**
 * "Bij twijfel: niet doen" (PRINCIPLE_DOUBT). Any staff user raises a twijfel with a reason; while
 * it is open the relation cannot advance and gets no exposure; a regisseur or ambtenaar closes it
 * with a recorded decision (who, when, why): continue, or stop (the relation stops at once).
 * Four eyes: the person who raised it — or whose text raised it through the screening — cannot
 * decide it (DOUBT_FOUR_EYES); another person with the right does.
 */
import type { TenantContext } from "@/lib/auth/context";
import { forbidden, notFound, AppError } from "@/lib/result";
import { ZCloseDoubt, ZRaiseDoubt } from "../schemas";
import { isStaff, loadVestiging, parseEngagementInput, parseId } from "./access";
import { stopInTx } from "./pipeline";
import { inRoleGroup } from "@/lib/auth/permissions";

export const DOUBT_FOUR_EYES_MESSAGE =
  "Over deze twijfel beslist iemand anders: jij hebt hem gemeld, of hij kwam door jouw tekst. Vraag een collega (regisseur of ambtenaar) om het besluit.";

export async function raiseDoubt(ctx: TenantContext, vestigingId: unknown, input: unknown, now = new Date()) {
  if (!isStaff(ctx)) throw forbidden();
  const { reason } = parseEngagementInput(ZRaiseDoubt, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, vestigingId);
    return db.doubt.create({ data: { gemeenteId: ctx.gemeente.id, vestigingId: v.id, reason, raisedById: ctx.userId, raisedAt: now } });
  });
}

export async function closeDoubt(ctx: TenantContext, id: unknown, input: unknown, now = new Date()) {
  if (!inRoleGroup(ctx.role, "doubtDeciders")) throw forbidden();
  const { decision, note } = parseEngagementInput(ZCloseDoubt, input);
  return ctx.run(async (db) => {
    const d = await db.doubt.findFirst({ where: { id: parseId(id) } });
    if (!d) throw notFound();
    if (d.status !== "OPEN") throw new AppError("DOUBT_CLOSED", "Over deze twijfel is al een besluit genomen.", { status: 409 });
    // Four eyes: who raised the twijfel, or whose text raised it (screening), never decides it.
    if (d.raisedById && d.raisedById === ctx.userId) throw new AppError("DOUBT_FOUR_EYES", DOUBT_FOUR_EYES_MESSAGE, { status: 403 });
    const closed = await db.doubt.update({
      where: { id: d.id },
      data: { status: "CLOSED", decision, decisionNote: note, closedById: ctx.userId, closedAt: now },
    });
    if (decision === "STOP") await stopInTx(db, ctx, d.vestigingId, `Besluit na twijfel: ${note}`, now);
    return closed;
  });
}

export async function listDoubts(ctx: TenantContext, vestigingId: unknown) {
  if (!isStaff(ctx)) throw forbidden();
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, vestigingId);
    return db.doubt.findMany({ where: { vestigingId: v.id }, orderBy: [{ raisedAt: "desc" }, { id: "asc" }] });
  });
}
