/**
 * Demo sociale kaart for Samenstad: support-offer activities with the structured fields (wijk, place
 * and address, days and times or "op afspraak", cost, accessibility). Idempotent: only when Samenstad
 * has no offer yet.
 */
import type { OwnerClient } from "../../src/lib/db/owner-client";

type Entry = {
  title: string;
  description: string;
  provider: string;
  targetGroups: string[];
  degrees: string[];
  wijk: string;
  locationName: string;
  address: string;
  scheduleDays: string[];
  startTime: string | null;
  endTime: string | null;
  scheduleNote: string;
  costKind: "GRATIS" | "BEDRAG" | "ONBEKEND";
  costCents: number | null;
  cost: string;
  accessibility: string[];
  howToJoin: string;
};

const ENTRIES: Entry[] = [
  {
    title: "Samen eten",
    description: "Elke dinsdagavond koken en eten we samen. Je hoeft niets mee te nemen.",
    provider: "Welzijn Samenstad",
    targetGroups: ["IEDEREEN"],
    degrees: ["LICHT", "MATIG"],
    wijk: "Centrum",
    locationName: "Buurthuis De Brug",
    address: "Kerkstraat 12, Samenstad",
    scheduleDays: ["DI"],
    startTime: "17:30",
    endTime: "19:30",
    scheduleNote: "",
    costKind: "BEDRAG",
    costCents: 500,
    cost: "Per maaltijd",
    accessibility: ["ROLSTOEL", "TOILET_AANGEPAST", "OV_DICHTBIJ"],
    howToJoin: "Bel Welzijn Samenstad of loop binnen voor 17:00.",
  },
  {
    title: "Koffieochtend in de bibliotheek",
    description: "Een kopje koffie en een praatje met anderen uit de buurt.",
    provider: "Bibliotheek Samenstad",
    targetGroups: ["OUDEREN_75", "IEDEREEN"],
    degrees: ["LICHT"],
    wijk: "Noord",
    locationName: "Bibliotheek Noord",
    address: "Noorderplein 3, Samenstad",
    scheduleDays: ["MA", "DO"],
    startTime: "10:00",
    endTime: "11:30",
    scheduleNote: "",
    costKind: "GRATIS",
    costCents: null,
    cost: "",
    accessibility: ["ROLSTOEL", "RINGLEIDING"],
    howToJoin: "Loop gewoon binnen.",
  },
  {
    title: "Wandelgroep Haven",
    description: "Een rustige wandeling van een uur langs de haven, met koffie na afloop.",
    provider: "Sportief Samenstad",
    targetGroups: ["IEDEREEN"],
    degrees: ["LICHT", "MATIG"],
    wijk: "Haven",
    locationName: "Havenkantoor",
    address: "Havenweg 1, Samenstad",
    scheduleDays: ["WO"],
    startTime: "14:00",
    endTime: "15:30",
    scheduleNote: "",
    costKind: "GRATIS",
    costCents: null,
    cost: "",
    accessibility: ["OV_DICHTBIJ"],
    howToJoin: "Kom naar het Havenkantoor. Aanmelden hoeft niet.",
  },
  {
    title: "Praatgroep na verlies",
    description: "Praten met anderen die iemand verloren hebben, met een begeleider.",
    provider: "Welzijn Samenstad",
    targetGroups: ["ROUW_VERLIES"],
    degrees: ["MATIG", "ERNSTIG"],
    wijk: "Oost",
    locationName: "Wijkcentrum Oost",
    address: "Lindelaan 40, Samenstad",
    scheduleDays: ["DO"],
    startTime: "19:30",
    endTime: "21:00",
    scheduleNote: "Eens in de twee weken",
    costKind: "GRATIS",
    costCents: null,
    cost: "",
    accessibility: ["ROLSTOEL", "PRIKKELARM"],
    howToJoin: "Bel eerst voor een kennismaking.",
  },
  {
    title: "Maatje voor mantelzorgers",
    description: "Een vrijwilliger komt bij je thuis voor een praatje of een wandeling.",
    provider: "Vrijwilligerscentrale Samenstad",
    targetGroups: ["MANTELZORGERS"],
    degrees: ["MATIG", "ERNSTIG"],
    wijk: "Zuid",
    locationName: "Bij u thuis",
    address: "Overal in Samenstad",
    scheduleDays: [],
    startTime: null,
    endTime: null,
    scheduleNote: "Op afspraak",
    costKind: "GRATIS",
    costCents: null,
    cost: "",
    accessibility: [],
    howToJoin: "Bel of mail de vrijwilligerscentrale.",
  },
  {
    title: "Jongerenavond De Plek",
    description: "Gamen, muziek en praten met leeftijdsgenoten.",
    provider: "Jongerenwerk Samenstad",
    targetGroups: ["JONGEREN_15_24"],
    degrees: ["LICHT", "MATIG"],
    wijk: "West",
    locationName: "Jongerencentrum De Plek",
    address: "Stationsstraat 8, Samenstad",
    scheduleDays: ["VR"],
    startTime: "19:00",
    endTime: "22:00",
    scheduleNote: "",
    costKind: "BEDRAG",
    costCents: 200,
    cost: "Drinken is gratis",
    accessibility: ["OV_DICHTBIJ"],
    howToJoin: "Loop binnen, of stuur een appje naar de jongerenwerker.",
  },
];

export async function seedOffer(db: OwnerClient, gemeenteId: string): Promise<void> {
  if (await db.supportOffer.findFirst({ where: { gemeenteId }, select: { id: true } })) return;
  await db.supportOffer.createMany({ data: ENTRIES.map((e) => ({ ...e, gemeenteId, published: true })) });
}
