/**
 * The words on the printable signaalkaart (B1 Dutch), also shown on the public help page. Based on
 * the FAQ for entrepreneurs (VWS, 2025: "zorgen doorgeven", not "melden") and the worry form's
 * own fields: who it is about, what you saw or heard, how we can reach you.
 */
export const SIGNAALKAART_TITLE = "Zorgen om iemand?";
export const SIGNAALKAART_INTRO =
  "Maak je je zorgen om een klant of iemand in de buurt? Geef het door aan de gemeente. Dat kost maar een paar minuten.";
export const SIGNAALKAART_LINES_HEADING = "Dit vertel je";
export const SIGNAALKAART_LINES = [
  "Wat zag of hoorde je?",
  "Over wie gaat het? Een naam, of alleen de wijk.",
  "Hoe kunnen we jou bereiken? Dat mag je ook leeg laten.",
] as const;
export const SIGNAALKAART_REASSURE = "Je hoeft niet zeker te weten dat iemand eenzaam is. De persoon hoort niet wie het doorgaf.";
export const SIGNAALKAART_DANGER = "Is er direct gevaar? Bel dan 112.";

const SIGNAALKAART_SIZES = ["a5", "a4"] as const;
export type SignaalkaartSize = (typeof SIGNAALKAART_SIZES)[number];

/** The `formaat` query parameter: a5 (the card, default) or a4 (the poster); anything else is null. */
export function signaalkaartSize(raw: string | null | undefined): SignaalkaartSize | null {
  if (raw === null || raw === undefined || raw === "") return "a5";
  const v = raw.toLowerCase();
  return (SIGNAALKAART_SIZES as readonly string[]).includes(v) ? (v as SignaalkaartSize) : null;
}
