/**
 * Indicators the platform computes live from its own data (plan of approach / monitoring).
 * Counts within the context's gemeente only (RLS). Signal figures (all time) come from
 * ./signal-figures.ts: counts only, no personal field is read.
 */
import { PipelineStep } from "@/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import { enumValues } from "@/lib/enum-values";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden } from "@/lib/result";
import { ACTIVE_COLLABORATION_WHERE } from "@/modules/engagement/server";
import { confirmMonthsFrom, staleBefore } from "@/modules/offer";
import { platformDb } from "@/lib/db/tenant";
import { STEP_LABELS } from "@/modules/engagement";
import { computeSignalTotals } from "./signal-figures";
import { INDICATOR_LABELS } from "../indicator-labels";
import { formatNumber } from "@/lib/text/dates";

export const PIPELINE_STEPS = enumValues(PipelineStep);
/** The step names are defined once, in engagement/labels.ts. */
export { STEP_LABELS };

export type Indicators = {
  pipeline: Record<(typeof PIPELINE_STEPS)[number], number>;
  activeEntrepreneurs: number;
  coalitionPartners: number;
  meetingsHeld: number;
  meetingsPlanned: number;
  registrations: number;
  peopleTrained: number;
  /** Of peopleTrained: guests without an account and walk-ins recorded when a training was closed. */
  peopleTrainedWithoutAccount: number;
  currentOffers: number;
  signalsReceived: number;
  signalsPickedUp: number;
  signalsClosed: number;
  signalsParticipated: number;
  /** Median hours from receipt to pick-up; null while nothing was picked up. */
  medianPickupHours: number | null;
};

export { INDICATOR_LABELS } from "../indicator-labels";

/** The indicators that are not signal figures (the dashboard shows signal figures per chosen period instead). */
export type ActivityIndicators = Omit<
  Indicators,
  "signalsReceived" | "signalsPickedUp" | "signalsClosed" | "signalsParticipated" | "medianPickupHours"
>;
export const ACTIVITY_INDICATOR_KEYS = [
  "activeEntrepreneurs",
  "coalitionPartners",
  "meetingsHeld",
  "meetingsPlanned",
  "registrations",
  "peopleTrained",
  "peopleTrainedWithoutAccount",
  "currentOffers",
] as const satisfies readonly Exclude<keyof ActivityIndicators, "pipeline">[];

/** A figure as text: null (no data yet) reads "nog geen gegevens". */
export function formatFigure(v: number | null): string {
  return v === null ? "nog geen gegevens" : formatNumber(v);
}

/** Pipeline, coalition, meetings, training and offer counts: no signal data is read. */
export async function computeActivityIndicators(ctx: TenantContext, now = new Date()): Promise<ActivityIndicators> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const g = await platformDb().gemeente.findUnique({ where: { id: ctx.gemeente.id }, select: { settings: true } });
  const freshFrom = staleBefore(now, confirmMonthsFrom(g?.settings));
  return ctx.run(async (db) => {
    const TRAINING = { kind: "TRAINING_SIGNALEREN", cancelledAt: null } as const;
    const [steps, active, partners, held, planned, registrations, trained, offers, guestsTrained, walkIns] = await Promise.all([
      db.vestiging.groupBy({ by: ["step"], where: { stoppedAt: null }, _count: { _all: true } }),
      db.vestiging.count({ where: ACTIVE_COLLABORATION_WHERE }),
      db.coalitionPartner.count(),
      db.event.count({ where: { endsAt: { lt: now }, cancelledAt: null } }),
      db.event.count({ where: { endsAt: { gte: now }, cancelledAt: null } }),
      db.eventRegistration
        .count({ where: { event: { cancelledAt: null } } })
        .then(async (n) => n + (await db.eventGuest.count({ where: { event: { cancelledAt: null } } }))),
      // Trained: members who attended a training (each person once), plus people without an account:
      // guests who attended and walk-ins counted when the training was closed.
      db.eventRegistration.findMany({ where: { attended: true, event: TRAINING }, distinct: ["userId"], select: { userId: true } }),
      db.supportOffer.count({ where: { published: true, confirmedAt: { gte: freshFrom } } }),
      db.eventGuest.findMany({ where: { attended: true, event: TRAINING }, distinct: ["email"], select: { email: true } }),
      db.event.aggregate({ where: { ...TRAINING, closedAt: { not: null } }, _sum: { walkIns: true } }),
    ]);
    const withoutAccount = guestsTrained.length + (walkIns._sum.walkIns ?? 0);
    const pipeline = Object.fromEntries(PIPELINE_STEPS.map((s) => [s, 0])) as Indicators["pipeline"];
    for (const s of steps) pipeline[s.step] = s._count._all;
    return {
      pipeline,
      activeEntrepreneurs: active,
      coalitionPartners: partners,
      meetingsHeld: held,
      meetingsPlanned: planned,
      registrations,
      peopleTrained: trained.length + withoutAccount,
      peopleTrainedWithoutAccount: withoutAccount,
      currentOffers: offers,
    };
  });
}

/** All indicators: the activity counts plus the signal totals since the beginning. */
export async function computeIndicators(ctx: TenantContext, now = new Date()): Promise<Indicators> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const [c, sf] = await Promise.all([computeActivityIndicators(ctx, now), computeSignalTotals(ctx, { from: null, to: now })]);
  return {
    ...c,
    signalsReceived: sf.received,
    signalsPickedUp: sf.pickedUp,
    signalsClosed: sf.closed,
    signalsParticipated: sf.participated,
    medianPickupHours: sf.medianPickupHours,
  };
}

/** The indicators as CSV rows (label; value), for the export. */
export function indicatorRows(ind: Indicators): [string, number | string][] {
  return [
    ...(Object.keys(INDICATOR_LABELS) as (keyof typeof INDICATOR_LABELS)[]).map(
      (k) => [INDICATOR_LABELS[k], ind[k] ?? ""] as [string, number | string],
    ),
    ...PIPELINE_STEPS.map((s) => [`Ondernemers in stap ${STEP_LABELS[s]}`, ind.pipeline[s]] as [string, number]),
  ];
}
