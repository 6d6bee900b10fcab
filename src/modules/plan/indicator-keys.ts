/** Keys of the indicators Samenkracht computes itself (see server/indicators.ts). */
export const INDICATOR_KEYS = [
  "activeEntrepreneurs",
  "coalitionPartners",
  "meetingsHeld",
  "meetingsPlanned",
  "registrations",
  "peopleTrained",
  "currentOffers",
  "signalsReceived",
  "signalsPickedUp",
  "signalsClosed",
  "signalsParticipated",
  "medianPickupHours",
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/**
 * Per-hulpvraag indicators (issue 16): "signalsCategory:<category key>" = signals received with that
 * hulpvraag since the beginning. The keys follow the gemeente's own list (signals' categories).
 */
const CATEGORY_INDICATOR_PREFIX = "signalsCategory:";
export const CATEGORY_INDICATOR = /^signalsCategory:[a-z0-9-]{1,40}$/;
export type CategoryIndicatorKey = `signalsCategory:${string}`;
export type GoalIndicatorKey = IndicatorKey | CategoryIndicatorKey;
export const categoryIndicatorKey = (category: string): CategoryIndicatorKey => `${CATEGORY_INDICATOR_PREFIX}${category}`;
export function categoryOfIndicator(key: string | null | undefined): string | null {
  return key && key.startsWith(CATEGORY_INDICATOR_PREFIX) ? key.slice(CATEGORY_INDICATOR_PREFIX.length) : null;
}
