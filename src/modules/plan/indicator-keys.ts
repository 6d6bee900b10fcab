/** Keys of the indicators Samenkracht computes itself (see server/indicators.ts). */
export const INDICATOR_KEYS = ["activeEntrepreneurs", "coalitionPartners", "meetingsHeld", "meetingsPlanned", "registrations", "peopleTrained", "currentOffers", "signalsReceived", "signalsPickedUp", "signalsClosed", "signalsParticipated", "medianPickupHours"] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];
