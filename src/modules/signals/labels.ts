import type { SignalOutcome, SignalStatus } from "./flow";

export const STATUS_LABELS: Record<SignalStatus, string> = {
  ONTVANGEN: "Ontvangen",
  BEOORDEELD: "Beoordeeld door regisseur",
  EERSTE_INTAKE: "Eerste intake (loket)",
  TEAM_WELZIJN: "Team welzijn",
  TEAM_EENZAAMHEID: "Team eenzaamheid",
  VRIJWILLIGER: "Vrijwilliger gekoppeld",
  DOORVERWEZEN: "Doorverwezen",
  AFGESLOTEN: "Afgesloten",
  GEANNULEERD: "Geannuleerd",
};
export const OUTCOME_LABELS: Record<SignalOutcome, string> = {
  DEELGENOMEN: "Doet mee",
  AFGEWEZEN: "Wil geen hulp",
  GEEN_CONTACT: "Geen contact gekregen",
  ELDERS_GEHOLPEN: "Elders geholpen of verhuisd",
};
export const SOURCE_LABELS: Record<string, string> = {
  PUBLIEK_FORMULIER: "Formulier op de website",
  PARTNER: "Partner",
  ONDERNEMER: "Ondernemer",
  LOKET_TELEFOON: "Telefoon (loket)",
};

/** What the deadline of a step means (the work list's deadline column says it per row). */
export const DEADLINE_LABELS: Record<SignalStatus, string | null> = {
  ONTVANGEN: "Beoordelen vóór",
  BEOORDEELD: "Oppakken vóór",
  EERSTE_INTAKE: "Intake afronden vóór",
  TEAM_WELZIJN: "Contact opnemen vóór",
  TEAM_EENZAAMHEID: "Contact opnemen vóór",
  VRIJWILLIGER: "Terugkoppelen vóór",
  DOORVERWEZEN: "Terugkoppelen vóór",
  AFGESLOTEN: null,
  GEANNULEERD: null,
};
