/**
 * The five-step pipeline: moves (any step to any step, going back allowed), promotion from the
 * shortlist, parking and reviving, the acknowledgement of voluntariness, stopping and restarting.
 * Every change writes a StepChange row (who, when, why) in the SAME transaction.
 */
import type { PipelineStep, StepChangeKind } from "@/generated/prisma/enums";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/tenant";
import { AppError, forbidden } from "@/lib/result";
import { isActiveStep, checkDoubt, checkNotStopped, checkVoluntary, PrincipleError, PRINCIPLE_DETAIL } from "../principles";
import { ZAcknowledge, ZMoveStep, ZOptionalReason, ZPromote, ZReason } from "../schemas";
import { assertCan, loadVestiging, openDoubtCount, parseEngagementInput } from "./access";

type Vestiging = Awaited<ReturnType<typeof loadVestiging>>;

const PARKED_MESSAGE = "Deze ondernemer staat even stil. Haal de relatie eerst terug voordat je haar verplaatst.";
const SAME_STEP_MESSAGE = "De ondernemer staat al in deze stap.";

/** Who made the change: the user, or the API key (`apikey:<id>`) for calls through the API. */
function actorRef(ctx: TenantContext): string | null {
  if (ctx.userId) return ctx.userId;
  return ctx.actor.kind === "apiKey" ? `apikey:${ctx.actor.keyId}` : null;
}

async function record(
  db: Db,
  ctx: TenantContext,
  v: { id: string },
  kind: StepChangeKind,
  fromStep: PipelineStep,
  toStep: PipelineStep,
  reason: string | null,
  at: Date,
) {
  await db.stepChange.create({
    data: { gemeenteId: ctx.gemeente.id, vestigingId: v.id, kind, fromStep, toStep, reason, byUserId: actorRef(ctx), at },
  });
}

/** Pure-ish guard shared by moves and promotion. */
async function guardMove(db: Db, v: Vestiging, to: PipelineStep) {
  checkNotStopped(v);
  if (v.parkedAt) throw new AppError("RELATION_PARKED", PARKED_MESSAGE, { status: 409 });
  if (v.step === to) throw new AppError("SAME_STEP", SAME_STEP_MESSAGE, { status: 409 });
  checkDoubt(await openDoubtCount(db, v.id), v.step, to);
  checkVoluntary(v, to);
}

/** Move a relation to any step. Who, when and why are recorded in the same transaction. */
export async function moveStep(ctx: TenantContext, id: unknown, input: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  const { to, reason } = parseEngagementInput(ZMoveStep, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    await guardMove(db, v, to);
    const updated = await db.vestiging.update({
      where: { id: v.id },
      data: { step: to, ...(isActiveStep(to) && !v.activeSince ? { activeSince: now } : {}) },
    });
    await record(db, ctx, v, "MOVE", v.step, to, reason, now);
    return updated;
  });
}

/**
 * Promote shortlisted relations (step VOORBEREIDEN) into the pipeline (VERBINDEN): the given ids,
 * or the `top` ones by number of crosses. Relations that are parked, stopped or doubted are skipped
 * when picking the top; named ones that cannot move are refused (all or nothing).
 */
export async function promoteToPipeline(ctx: TenantContext, input: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZPromote, input);
  if (!data.vestigingIds && !data.top) {
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: { vestigingIds: ["Kies ondernemers, of een aantal met de meeste kruisjes."] },
    });
  }
  return ctx.run(async (db) => {
    let candidates: Vestiging[];
    if (data.vestigingIds) {
      candidates = [];
      for (const vid of [...new Set(data.vestigingIds)]) candidates.push(await loadVestiging(db, vid));
      for (const v of candidates) {
        if (v.step !== "VOORBEREIDEN") {
          throw new AppError("NOT_ON_SHORTLIST", `${v.name} staat niet meer in de stap voorbereiden.`, { status: 409 });
        }
        await guardMove(db, v, "VERBINDEN");
      }
    } else {
      candidates = await db.vestiging.findMany({
        where: { step: "VOORBEREIDEN", parkedAt: null, stoppedAt: null, doubts: { none: { status: "OPEN" } } },
        orderBy: [{ matrixScore: "desc" }, { name: "asc" }, { id: "asc" }],
        take: data.top,
      });
    }
    for (const v of candidates) {
      await db.vestiging.update({ where: { id: v.id }, data: { step: "VERBINDEN" } });
      await record(db, ctx, v, "PROMOTE", v.step, "VERBINDEN", data.reason ?? "Van de eerste keus naar de stap Verbinden gezet", now);
    }
    return { promoted: candidates.map((v) => ({ id: v.id, name: v.name })) };
  });
}

/** Park a relation ("geen energie in steken") with a reason. */
export async function parkRelation(ctx: TenantContext, id: unknown, input: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  const { reason } = parseEngagementInput(ZReason, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    checkNotStopped(v);
    if (v.parkedAt) throw new AppError("RELATION_PARKED", "Deze ondernemer staat al stil.", { status: 409 });
    const updated = await db.vestiging.update({ where: { id: v.id }, data: { parkedAt: now, parkedReason: reason } });
    await record(db, ctx, v, "PARK", v.step, v.step, reason, now);
    return updated;
  });
}

/** Revive a parked relation, with a reason. */
export async function reviveRelation(ctx: TenantContext, id: unknown, input: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  const { reason } = parseEngagementInput(ZReason, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    checkNotStopped(v);
    if (!v.parkedAt) throw new AppError("NOT_PARKED", "Deze ondernemer staat niet stil.", { status: 409 });
    const updated = await db.vestiging.update({ where: { id: v.id }, data: { parkedAt: null, parkedReason: null } });
    await record(db, ctx, v, "REVIVE", v.step, v.step, reason, now);
    return updated;
  });
}

/** May this actor act for this vestiging as the entrepreneur (self-service)? */
function isOwnVestiging(ctx: TenantContext, v: { organisationId: string }): boolean {
  return (
    ctx.role === "ONDERNEMER" &&
    can(ctx.role, "organisation:self") &&
    !!ctx.membership?.organisationId &&
    ctx.membership.organisationId === v.organisationId
  );
}

/**
 * Record the acknowledgement that the collaboration is voluntary and gives no advantage in
 * procurement or tendering: by the entrepreneur (self-service) or by staff with date and channel.
 */
export async function recordAcknowledgement(ctx: TenantContext, id: unknown, input: unknown, now = new Date()) {
  const data = parseEngagementInput(ZAcknowledge, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    const self = isOwnVestiging(ctx, v);
    if (!self && !can(ctx.role, "engagement:manage")) throw forbidden();
    checkNotStopped(v);
    if (data.date.getTime() > now.getTime() + 60_000) {
      throw new PrincipleError("PRINCIPLE_VOLUNTARY", PRINCIPLE_DETAIL.ACK_IN_FUTURE, "date");
    }
    const channel = self ? "ZELFSERVICE" : data.channel;
    if (!self && channel === "ZELFSERVICE") {
      throw new AppError("VALIDATION", undefined, {
        fieldErrors: { channel: ["Alleen de ondernemer zelf kan via Samenkracht bevestigen."] },
      });
    }
    const updated = await db.vestiging.update({
      where: { id: v.id },
      data: { acknowledgedAt: data.date, acknowledgementChannel: channel, acknowledgedById: ctx.userId },
    });
    await record(db, ctx, v, "ACKNOWLEDGE", v.step, v.step, `Vrijwilligheid bevestigd (${channel.toLowerCase()})`, now);
    return updated;
  });
}

/**
 * The entrepreneur stops: immediate effect. The relation leaves the public register and exposure
 * in this same transaction; it cannot move until it is restarted. Staff or the entrepreneur.
 */
export async function stopRelation(ctx: TenantContext, id: unknown, input: unknown, now = new Date()) {
  const { reason } = parseEngagementInput(ZOptionalReason, input);
  return ctx.run(async (db) => stopInTx(db, ctx, id, reason ?? "Ondernemer is gestopt", now));
}

export async function stopInTx(db: Db, ctx: TenantContext, id: unknown, reason: string, now: Date) {
  const v = await loadVestiging(db, id);
  if (!isOwnVestiging(ctx, v) && !can(ctx.role, "engagement:manage")) throw forbidden();
  if (v.stoppedAt) return v;
  const updated = await db.vestiging.update({ where: { id: v.id }, data: { stoppedAt: now, stoppedReason: reason } });
  await record(db, ctx, v, "STOP", v.step, v.step, reason, now);
  return updated;
}

/**
 * Restart a stopped relation (the entrepreneur wants to join again). It goes back to VERBINDEN and
 * needs a new acknowledgement before it can be an active partner again.
 */
export async function restartRelation(ctx: TenantContext, id: unknown, input: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  const { reason } = parseEngagementInput(ZReason, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    if (!v.stoppedAt) throw new AppError("NOT_STOPPED", "Deze ondernemer is niet gestopt.", { status: 409 });
    const to: PipelineStep = isActiveStep(v.step) ? "VERBINDEN" : v.step;
    const updated = await db.vestiging.update({
      where: { id: v.id },
      data: {
        stoppedAt: null,
        stoppedReason: null,
        step: to,
        acknowledgedAt: null,
        acknowledgementChannel: null,
        acknowledgedById: null,
        activeSince: null,
      },
    });
    await record(db, ctx, v, "RESTART", v.step, to, reason, now);
    return updated;
  });
}

export async function listStepHistory(ctx: TenantContext, id: unknown) {
  assertCan(ctx, "engagement:read");
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    return db.stepChange.findMany({ where: { vestigingId: v.id }, orderBy: [{ at: "desc" }, { id: "asc" }] });
  });
}
