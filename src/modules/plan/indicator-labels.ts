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

/** The signal figures by their own keys (signal-figures.ts), named as the matching indicators. */
export const SIGNAL_FIGURE_LABELS = {
  received: INDICATOR_LABELS.signalsReceived,
  pickedUp: INDICATOR_LABELS.signalsPickedUp,
  closed: INDICATOR_LABELS.signalsClosed,
  participated: INDICATOR_LABELS.signalsParticipated,
  medianPickupHours: INDICATOR_LABELS.medianPickupHours,
} as const;
