/**
 * The Dutch names of partner kinds and coalition circles (no zod here: forms import them without the
 * schemas; schemas.ts re-exports them).
 */
import type { CoalitionCircle, PartnerKind } from "@/generated/prisma/enums";

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  WELZIJN: "Welzijn",
  ZORG: "Zorg",
  GGD: "GGD",
  WONEN: "Wonen (woningcorporatie)",
  CULTUUR: "Cultuur",
  SPORT: "Sport",
  KERK: "Kerk of levensbeschouwing",
  ONDERWIJS: "Onderwijs",
  VRIJWILLIGERS: "Vrijwilligersorganisatie",
  OUDEREN: "Ouderenorganisatie",
  GEMEENTE: "Gemeente",
  OVERIG: "Overig",
};

export const COALITION_CIRCLE_LABELS: Record<CoalitionCircle, string> = {
  WERKGROEP: "Werkgroep",
  KERNTEAM: "Kernteam",
  LOKALE_COALITIE: "Lokale coalitie",
  GEINFORMEERD: "Blijft op de hoogte",
};
