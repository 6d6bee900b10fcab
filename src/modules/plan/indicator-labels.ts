/**
 * The names of the monitoring figures (dashboard, plan, council report, CSV export): pure, so the catalogue and
 * client code may read them. The signal figures are the same figures as the signal indicators: one name each.
 */
export type IndicatorKey =
  | "activeEntrepreneurs"
  | "coalitionPartners"
  | "meetingsHeld"
  | "meetingsPlanned"
  | "registrations"
  | "peopleTrained"
  | "peopleTrainedWithoutAccount"
  | "currentOffers"
  | "signalsReceived"
  | "signalsPickedUp"
  | "signalsClosed"
  | "signalsParticipated"
  | "medianPickupHours";

export const INDICATOR_LABELS: Record<IndicatorKey, string> = {
  activeEntrepreneurs: "Ondernemers die actief meedoen",
  coalitionPartners: "Coalitiepartners",
  meetingsHeld: "Bijeenkomsten gehouden",
  meetingsPlanned: "Bijeenkomsten gepland",
  registrations: "Aanmeldingen voor bijeenkomsten",
  peopleTrained: "Mensen getraind in signaleren",
  peopleTrainedWithoutAccount: "Daarvan getraind zonder account",
  currentOffers: "Actuele activiteiten in het aanbod",
  signalsReceived: "Signalen ontvangen",
  signalsPickedUp: "Signalen opgepakt",
  signalsClosed: "Signalen afgesloten",
  signalsParticipated: "Doorverwijzingen waarbij iemand meedoet",
  medianPickupHours: "Tijd tot oppakken in uren (de helft was sneller)",
};

/** The signal figures by their own keys (signal-figures.ts) and the indicator each one is. */
const SIGNAL_FIGURE_INDICATOR = {
  received: "signalsReceived",
  pickedUp: "signalsPickedUp",
  closed: "signalsClosed",
  participated: "signalsParticipated",
  medianPickupHours: "medianPickupHours",
} as const satisfies Record<string, IndicatorKey>;

/** The signal figures' names in any language: the names of the matching indicators (one name each). */
export function signalFigureNames(indicator: Record<IndicatorKey, string>): Record<keyof typeof SIGNAL_FIGURE_INDICATOR, string> {
  const out = {} as Record<keyof typeof SIGNAL_FIGURE_INDICATOR, string>;
  for (const [figure, key] of Object.entries(SIGNAL_FIGURE_INDICATOR)) out[figure as keyof typeof SIGNAL_FIGURE_INDICATOR] = indicator[key];
  return out;
}

export const SIGNAL_FIGURE_LABELS = signalFigureNames(INDICATOR_LABELS);
