/**
 * The demo accounts, as data: the seed creates them, the README lists them and the e2e tests log
 * in with them. Passwords are only set when SAMENKRACHT_DEMO=1 (`npm start` in embedded mode sets
 * it); the ondernemer never gets one: they sign in with an e-mail link.
 */
export const DEMO_PASSWORD = "Samenkracht-demo-2026";

type DemoTenantRole = "AMBTENAAR" | "REGISSEUR" | "LOKET" | "TEAM_WELZIJN" | "TEAM_EENZAAMHEID" | "VRIJWILLIGER" | "ONDERNEMER" | "PARTNER";

export type DemoAccount = {
  /** Stable key for tests: `demoAccount("regisseur")`. */
  key: string;
  email: string;
  name: string;
  /** What the account is for, in Dutch (README table). */
  description: string;
  /** False for accounts that log in with an e-mail link only. */
  password: boolean;
  platformRole?: "PROGRAMME_ADVISER" | "PLATFORM_ADMIN";
  memberships: Array<{
    gemeente: "samenstad" | "oosterwaard";
    role: DemoTenantRole;
    /** ONDERNEMER: name of the Organisation they act for. */
    organisation?: string;
    /** PARTNER: name of the CoalitionPartner they act for. */
    coalitionPartner?: string;
  }>;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: "ambtenaar",
    email: "ambtenaar@samenstad.demo",
    name: "Anouk de Vries",
    description: "Gemeente-ambtenaar in Samenstad: accounthouder van ondernemers",
    password: true,
    memberships: [{ gemeente: "samenstad", role: "AMBTENAAR" }],
  },
  {
    key: "regisseur",
    email: "regisseur@samenstad.demo",
    name: "Ruben Jansen",
    description: "Regisseur eenzaamheid in Samenstad",
    password: true,
    memberships: [{ gemeente: "samenstad", role: "REGISSEUR" }],
  },
  {
    key: "loket",
    email: "loket@samenstad.demo",
    name: "Lotte Bakker",
    description: "Medewerker loket in Samenstad",
    password: true,
    memberships: [{ gemeente: "samenstad", role: "LOKET" }],
  },
  {
    key: "welzijn",
    email: "welzijn@samenstad.demo",
    name: "Wouter Smit",
    description: "Team welzijn in Samenstad",
    password: true,
    memberships: [{ gemeente: "samenstad", role: "TEAM_WELZIJN" }],
  },
  {
    key: "eenzaamheid",
    email: "eenzaamheid@samenstad.demo",
    name: "Esra Yilmaz",
    description: "Team eenzaamheid in Samenstad",
    password: true,
    memberships: [{ gemeente: "samenstad", role: "TEAM_EENZAAMHEID" }],
  },
  {
    key: "vrijwilliger",
    email: "vrijwilliger@samenstad.demo",
    name: "Vera Mulder",
    description: "Getrainde vrijwilliger in Samenstad",
    password: true,
    memberships: [{ gemeente: "samenstad", role: "VRIJWILLIGER" }],
  },
  {
    key: "ondernemer",
    email: "ondernemer@samenstad.demo",
    name: "Omar El Amrani",
    description: "Ondernemer (Sportschool In Beweging) in Samenstad; logt in met een link per e-mail",
    password: false,
    memberships: [{ gemeente: "samenstad", role: "ONDERNEMER", organisation: "Sportschool In Beweging" }],
  },
  {
    key: "partner",
    email: "partner@samenstad.demo",
    name: "Petra Visser",
    description: "Coalitiepartner (Welzijn Samenstad) in Samenstad",
    password: true,
    memberships: [{ gemeente: "samenstad", role: "PARTNER", coalitionPartner: "Welzijn Samenstad" }],
  },
  {
    key: "ambtenaar-oosterwaard",
    email: "ambtenaar@oosterwaard.demo",
    name: "Bram Hendriks",
    description: "Gemeente-ambtenaar in Oosterwaard",
    password: true,
    memberships: [{ gemeente: "oosterwaard", role: "AMBTENAAR" }],
  },
  {
    key: "twee-gemeenten",
    email: "regio@samenkracht.demo",
    name: "Gerda Kok",
    description: "Regisseur in Samenstad én ambtenaar in Oosterwaard (gemeente wisselen)",
    password: true,
    memberships: [
      { gemeente: "samenstad", role: "REGISSEUR" },
      { gemeente: "oosterwaard", role: "AMBTENAAR" },
    ],
  },
  {
    key: "adviseur",
    email: "adviseur@samenkracht.demo",
    name: "Hanna de Boer",
    description: "Adviseur van het landelijk programma: ziet cijfers, geen persoonsgegevens",
    password: true,
    platformRole: "PROGRAMME_ADVISER",
    memberships: [],
  },
  {
    key: "beheerder",
    email: "beheer@samenkracht.demo",
    name: "Sander Peters",
    description: "Platformbeheerder",
    password: true,
    platformRole: "PLATFORM_ADMIN",
    memberships: [],
  },
];

export function demoAccount(key: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.key === key);
  if (!account) throw new Error(`Unknown demo account: ${key}`);
  return account;
}
