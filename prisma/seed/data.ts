/**
 * The demo tenants' data: Samenstad is the handreiking's own case (an ambassador network of 25
 * organisations — care, culture, welfare, elderly — and, as candidate partners, the gym, the
 * pharmacy, the fish restaurant and the supermarket); Oosterwaard is a smaller second gemeente with
 * a vestiging of the same national supermarket chain. All names are invented.
 */
type PartnerKind =
  "WELZIJN" | "ZORG" | "GGD" | "WONEN" | "CULTUUR" | "SPORT" | "KERK" | "ONDERWIJS" | "VRIJWILLIGERS" | "OUDEREN" | "GEMEENTE" | "OVERIG";
type Circle = "WERKGROEP" | "KERNTEAM" | "LOKALE_COALITIE" | "GEINFORMEERD";

type DemoPartner = { name: string; kind: PartnerKind; circle: Circle; ambassador?: string };
export type DemoGemeente = { slug: "samenstad" | "oosterwaard"; name: string; inhabitants: number; partners: DemoPartner[] };

export const SAMENSTAD: DemoGemeente = {
  slug: "samenstad",
  name: "Samenstad",
  inhabitants: 55_000,
  partners: [
    // Werkgroep: the founding group; Welzijn Samenstad is the kartrekker.
    { name: "Welzijn Samenstad", kind: "WELZIJN", circle: "WERKGROEP", ambassador: "Petra Visser" },
    { name: "GGD Regio Samenstad", kind: "GGD", circle: "WERKGROEP", ambassador: "Karim Bouzid" },
    { name: "Stichting Armoede en Gezondheid Samenstad", kind: "WELZIJN", circle: "WERKGROEP", ambassador: "Ineke van Dijk" },
    { name: "Gemeente Samenstad, team Sociaal Domein", kind: "GEMEENTE", circle: "WERKGROEP", ambassador: "Anouk de Vries" },
    // Kernteam: think and act along, each with an ambassadeur.
    { name: "Thuiszorg Samenstad", kind: "ZORG", circle: "KERNTEAM", ambassador: "Marieke Bos" },
    { name: "Huisartsenpraktijk De Brink", kind: "ZORG", circle: "KERNTEAM", ambassador: "Dr. Joost Verbeek" },
    { name: "Woonzorgcentrum De Linde", kind: "ZORG", circle: "KERNTEAM", ambassador: "Sandra Koster" },
    { name: "Seniorenvereniging Samenstad", kind: "OUDEREN", circle: "KERNTEAM", ambassador: "Henk Vermeulen" },
    { name: "KBO Afdeling Samenstad", kind: "OUDEREN", circle: "KERNTEAM", ambassador: "Truus Willems" },
    { name: "Bibliotheek Samenstad", kind: "CULTUUR", circle: "KERNTEAM", ambassador: "Fatima Ouali" },
    { name: "Vrijwilligerscentrale Samenstad", kind: "VRIJWILLIGERS", circle: "KERNTEAM", ambassador: "Daan Brouwer" },
    { name: "Humanitas Samenstad", kind: "VRIJWILLIGERS", circle: "KERNTEAM", ambassador: "Els Dekker" },
    { name: "Woningcorporatie Samenwonen", kind: "WONEN", circle: "KERNTEAM", ambassador: "Ahmed Benali" },
    // Lokale coalitie: want to stay informed and join in now and then.
    { name: "Mantelzorgsteunpunt Samenstad", kind: "ZORG", circle: "LOKALE_COALITIE" },
    { name: "Huis voor Levensvragen Samenstad", kind: "ZORG", circle: "LOKALE_COALITIE" },
    { name: "GGZ Samenstad", kind: "ZORG", circle: "LOKALE_COALITIE" },
    { name: "Buurthuis De Ontmoeting", kind: "WELZIJN", circle: "LOKALE_COALITIE" },
    { name: "Jongerenwerk Samenstad", kind: "WELZIJN", circle: "LOKALE_COALITIE" },
    { name: "Theater De Schakel", kind: "CULTUUR", circle: "LOKALE_COALITIE" },
    { name: "Muziekschool Samenstad", kind: "CULTUUR", circle: "LOKALE_COALITIE" },
    { name: "Museum Oud Samenstad", kind: "CULTUUR", circle: "LOKALE_COALITIE" },
    { name: "Ouderenbond ANBO Samenstad", kind: "OUDEREN", circle: "LOKALE_COALITIE" },
    { name: "Stichting Oud en Actief", kind: "OUDEREN", circle: "LOKALE_COALITIE" },
    { name: "Protestantse Gemeente Samenstad", kind: "KERK", circle: "GEINFORMEERD" },
    { name: "Sportvereniging SV Samenstad", kind: "SPORT", circle: "GEINFORMEERD" },
  ],
};

export const OOSTERWAARD: DemoGemeente = {
  slug: "oosterwaard",
  name: "Oosterwaard",
  inhabitants: 32_000,
  partners: [
    { name: "Welzijn Oosterwaard", kind: "WELZIJN", circle: "WERKGROEP", ambassador: "Mirjam Post" },
    { name: "GGD Oosterwaard", kind: "GGD", circle: "WERKGROEP" },
    { name: "Zorggroep Oosterwaard", kind: "ZORG", circle: "KERNTEAM", ambassador: "Jan-Willem Prins" },
    { name: "Bibliotheek Oosterwaard", kind: "CULTUUR", circle: "LOKALE_COALITIE" },
    { name: "Seniorenraad Oosterwaard", kind: "OUDEREN", circle: "LOKALE_COALITIE" },
  ],
};

/** The national supermarket chain: a member of the Nationale Coalitie tegen Eenzaamheid. */
const CHAIN_NAME = "SuperSamen Supermarkten";

export type DemoOrganisation = {
  name: string;
  nationalChain: boolean;
  vestigingen: Array<{ gemeente: "samenstad" | "oosterwaard"; name: string; sector: string; address: string; wijk: string }>;
};

/** Candidate businesses, all in step VOORBEREIDEN (the schema default). Sector keys: src/modules/engagement/sectors.ts. */
export const ORGANISATIONS: DemoOrganisation[] = [
  {
    name: "Sportschool In Beweging",
    nationalChain: false,
    vestigingen: [
      { gemeente: "samenstad", name: "Sportschool In Beweging", sector: "sportschool", address: "Sportlaan 12, Samenstad", wijk: "Noord" },
    ],
  },
  {
    name: "Apotheek De Gaper",
    nationalChain: false,
    vestigingen: [
      { gemeente: "samenstad", name: "Apotheek De Gaper", sector: "apotheek", address: "Marktplein 3, Samenstad", wijk: "Centrum" },
    ],
  },
  {
    name: "Visrestaurant De Zeemeeuw",
    nationalChain: false,
    vestigingen: [
      { gemeente: "samenstad", name: "Visrestaurant De Zeemeeuw", sector: "restaurant", address: "Havenkade 8, Samenstad", wijk: "Haven" },
    ],
  },
  {
    name: CHAIN_NAME,
    nationalChain: true,
    vestigingen: [
      {
        gemeente: "samenstad",
        name: "SuperSamen Samenstad Centrum",
        sector: "supermarkt",
        address: "Kerkstraat 40, Samenstad",
        wijk: "Centrum",
      },
      {
        gemeente: "oosterwaard",
        name: "SuperSamen Oosterwaard",
        sector: "supermarkt",
        address: "Dorpsstraat 15, Oosterwaard",
        wijk: "Dorp",
      },
    ],
  },
];
