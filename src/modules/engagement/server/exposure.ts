/**
 * THE definition of outward exposure (issue 13): what of an entrepreneur may be shown outside the
 * gemeente's own staff screens. Every outward surface reads these filters — public register (page
 * and API), aanbod (page and API), agenda and .ics, exposure and celebration lists, coalition
 * circles, invitations — so stopping, parking or a twijfel takes an entrepreneur off all of them in
 * the same transaction. Free-text screening holds text by opening a twijfel (./screen.ts), so "held
 * for review" is the open-twijfel part of this predicate.
 */
import type { Db } from "@/lib/db/tenant";
import { AppError } from "@/lib/result";
import { ACTIVE_STEPS } from "../labels";
import { WHEN_THE_GEMEENTE_BUYS } from "../principle-words";
import { PRINCIPLE_DETAIL, PRINCIPLES } from "../principles";

/**
 * Not held: not stopped, not parked, no open twijfel (which includes text held by the screening).
 * What invitations need: an entrepreneur who is held is not invited, whatever their step.
 */
export const NOT_HELD_WHERE = {
  stoppedAt: null,
  parkedAt: null,
  doubts: { none: { status: "OPEN" as const } },
};

/** May be shown: an acknowledged, active collaboration (vasthouden/versterken) that is not held. */
export const EXPOSABLE_VESTIGING_WHERE = {
  step: { in: [...ACTIVE_STEPS] },
  acknowledgedAt: { not: null },
  ...NOT_HELD_WHERE,
};

/** Rows that may come from an entrepreneur (aanbod, agenda): a staff row (no vestiging) or one of an exposable vestiging. */
export const FROM_EXPOSABLE_SOURCE_WHERE = {
  OR: [{ vestigingId: null }, { vestiging: EXPOSABLE_VESTIGING_WHERE }],
};

export type ExposureState = "EXPOSABLE" | "STOPPED" | "PARKED" | "DOUBT" | "NOT_ACTIVE";

/** Why a vestiging may (not) be shown; NOT_ACTIVE also covers "not acknowledged". */
export async function exposureState(db: Db, vestigingId: string): Promise<ExposureState | null> {
  const v = await db.vestiging.findFirst({
    where: { id: vestigingId },
    select: {
      step: true,
      acknowledgedAt: true,
      stoppedAt: true,
      parkedAt: true,
      _count: { select: { doubts: { where: { status: "OPEN" } } } },
    },
  });
  if (!v) return null;
  if (v.stoppedAt) return "STOPPED";
  if (v.parkedAt) return "PARKED";
  if (v._count.doubts > 0) return "DOUBT";
  if (!ACTIVE_STEPS.includes(v.step) || !v.acknowledgedAt) return "NOT_ACTIVE";
  return "EXPOSABLE";
}

const NOT_EXPOSABLE_MESSAGE: Record<Exclude<ExposureState, "EXPOSABLE">, string> = {
  STOPPED: PRINCIPLE_DETAIL.STOPPED,
  PARKED: "Deze ondernemer staat even stil. Haal de relatie eerst terug voordat je deze naar buiten laat zien.",
  DOUBT: PRINCIPLES.PRINCIPLE_DOUBT.message,
  NOT_ACTIVE: `Deze ondernemer is nog geen actieve partner. Eerst moet vastliggen dat meedoen vrijwillig is en geen voordeel geeft ${WHEN_THE_GEMEENTE_BUYS}. En de relatie moet in vasthouden of versterken zijn. Daarom kan dit nog niet naar buiten.`,
};

/** Refuse (422 NOT_EXPOSABLE, Dutch reason) unless the vestiging may be shown. */
export async function assertExposable(db: Db, vestigingId: string, field?: string): Promise<void> {
  const state = await exposureState(db, vestigingId);
  if (state === "EXPOSABLE") return;
  const message = state ? NOT_EXPOSABLE_MESSAGE[state] : NOT_EXPOSABLE_MESSAGE.NOT_ACTIVE;
  throw new AppError("NOT_EXPOSABLE", message, { status: 422, ...(field ? { fieldErrors: { [field]: [message] } } : {}) });
}
