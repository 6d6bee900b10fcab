/**
 * The Dutch source catalogue (B1 plain language), edited by hand. English lives beside it in
 * en.ts with the same keys; TypeScript refuses a missing or extra key there.
 * Values are strings, or small functions for text with a value in it.
 *
 * Each top-level section has ONE audience (docs/terminology.md; checked by plain-language.test.ts):
 * - residents (publicGemeente, resident): "u", never "je"; no jargon;
 * - entrepreneurs (entrepreneur): "je", never "u"; no jargon;
 * - staff (app, nav, navDescriptions, roleIntro, admin, national, staff): "je", never "u";
 * - shared (meta, common, home, roles, errors, shared): seen by more than one audience, so no
 *   "u" and no "je" at all; no jargon.
 *
 * The sections that client components read (common, errors, resident, entrepreneur, staff) live in
 * their own files (nl-<section>.ts) and are assembled here: a client bundle imports only its section,
 * not the whole catalogue (the error boundary is on every page; first-load budget, decision 0011).
 * Server code and en.ts read `nl` as before.
 */
import { LOGIN_SUMMARY_TITLE } from "@/modules/users/login-messages";
import { WHEN_THE_GEMEENTE_BUYS } from "@/modules/engagement/principle-words";
import { common } from "./nl-common";
import { resident } from "./nl-resident";
import { entrepreneur } from "./nl-entrepreneur";
import { staff } from "./nl-staff";
import { errors } from "./nl-errors";
import { engagementPages } from "./nl-engagement-pages";
import { signalsPages } from "./nl-signals-pages";
import { planPages } from "./nl-plan-pages";
import { coalitionPages } from "./nl-coalition-pages";
import { publicPages } from "./nl-public-pages";
import { legalPages } from "./nl-legal-pages";
import { accountPages } from "./nl-account-pages";
import { adminPages } from "./nl-admin-pages";
import { selfServicePages } from "./nl-self-service-pages";
import { gemeentePages } from "./nl-gemeente-pages";
import { publicEntrepreneurPages } from "./nl-public-entrepreneur-pages";
import { labels } from "./nl-labels";
import { forms } from "./nl-forms";

export const nl = {
  meta: {
    title: "Samenkracht",
    description: "Samen tegen eenzaamheid: het platform voor lokale coalities in gemeenten.",
  },
  common,
  home: {
    title: "Samen tegen eenzaamheid in de gemeente",
    intro:
      "In veel gemeenten werken organisaties, ondernemers en de gemeente samen tegen eenzaamheid. Hier staat wat er in elke gemeente gebeurt.",
    gemeentenHeading: "Gemeenten",
    gemeentenEmpty: "Er zijn nog geen gemeenten aangesloten.",
    inhabitants: (n: string) => `${n} inwoners`,
    loginHeading: "Meewerken in een coalitie?",
    loginText: "Medewerkers, ondernemers en partners loggen hier in. Daarna staan de zorgen, partners en afspraken van hun gemeente klaar.",
  },
  publicGemeente: {
    title: (name: string) => `Samen tegen eenzaamheid in ${name}`,
    whatHeading: "Wat is de coalitie?",
    whatText:
      "In de lokale coalitie werken de gemeente, welzijnsorganisaties, zorg, verenigingen en ondernemers samen. Samen zien we eerder wie zich eenzaam voelt, en helpen we mensen om weer mee te doen.",
    howHeading: "Wat kunt u doen?",
    howText: "Maakt u zich zorgen om iemand? Geef dat door. Wilt u als organisatie of ondernemer meedoen? Dat kan: lees hieronder hoe.",
    linksHeading: "Meer informatie",
    partners: "Partners van de coalitie",
    offer: "Activiteiten en hulp",
    agenda: "Agenda: bijeenkomsten en trainingen",
    help: "Vragen van ondernemers over zorgen om klanten",
    signal: "Zorgen doorgeven over iemand",
    noLinksYet: "Binnenkort vindt u hier de partners, de activiteiten en een formulier om zorgen door te geven.",
    staffLogin: "Inloggen voor medewerkers en partners",
  },
  app: {
    noAccessTitle: "Je hebt nog geen toegang tot een gemeente",
    noAccessText:
      "Je account is nog niet gekoppeld aan een gemeente. Vraag de regisseur of de beheerder van jouw gemeente om je toe te voegen.",
    gemeenteSwitch: "Wissel van gemeente",
    currentGemeente: "huidige gemeente",
    yourRole: (role: string) => `Je rol: ${role}`,
    welcome: (name: string) => `Welkom, ${name}`,
    canDoHeading: "Wat je hier kunt doen",
    goTo: "Ga naar",
    comingSoon: "Dit onderdeel komt binnenkort.",
  },
  nav: {
    overview: "Overzicht",
    worries: "Zorgen doorgeven",
    engagement: "Ondernemers",
    partners: "Coalitie",
    signals: "Signalen",
    organisation: "Mijn organisatie",
    settings: "Instellingen ondernemers",
    offer: "Aanbod",
    budget: "Begroting",
    agenda: "Agenda",
    campaigns: "Campagnes",
    dashboard: "Dashboard",
    plan: "Plan van aanpak",
    klankbord: "Klankbordgroep",
    people: "Mensen",
    audit: "Logboek",
  },
  navDescriptions: {
    overview: "Het startpunt van jouw gemeente.",
    worries: "Zorgen om iemand doorgeven aan de gemeente, en zien of ze zijn opgepakt.",
    engagement: "Ondernemers benaderen, spreken en betrekken, stap voor stap.",
    partners: "De partners van de coalitie: wie doet mee en wat doen ze.",
    signals: "Zorgen over inwoners oppakken en opvolgen.",
    organisation: "De gegevens en bijdragen van jouw organisatie.",
    settings: "Mailsjablonen, wat de gemeente ondernemers biedt, en na hoeveel weken een ondernemer aandacht nodig heeft.",
    offer: "Activiteiten en hulp tegen eenzaamheid: wat er is en voor wie.",
    budget: "Wat de aanpak kost: gepland en werkelijk per jaar.",
    agenda: "Bijeenkomsten en trainingen: aanmelden en plannen.",
    campaigns: "Het jaarplan: campagnes en kleine acties per doelgroep.",
    dashboard: "De cijfers van de aanpak, steeds actueel.",
    plan: "Thema's, bouwstenen en SMART-doelen.",
    klankbord: "Inwoners met ervaring denken mee: bijeenkomsten en inbreng.",
    people: "Wie er in jouw gemeente meewerkt, en met welke rol.",
    audit: "Wie deed wat en wanneer in jouw gemeente.",
  },
  roles: {
    AMBTENAAR: "Ambtenaar",
    REGISSEUR: "Regisseur eenzaamheid",
    LOKET: "Loket",
    TEAM_WELZIJN: "Team welzijn",
    TEAM_EENZAAMHEID: "Team eenzaamheid",
    VRIJWILLIGER: "Vrijwilliger",
    ONDERNEMER: "Ondernemer",
    PARTNER: "Coalitiepartner",
    PROGRAMME_ADVISER: "Adviseur landelijk programma",
    PLATFORM_ADMIN: "Beheerder platform",
    PUBLIC: "Bezoeker",
  },
  roleIntro: {
    AMBTENAAR: "Jij betrekt ondernemers bij de aanpak van eenzaamheid en houdt contact met hen.",
    REGISSEUR: "Jij houdt de hele aanpak bij elkaar: signalen, partners, ondernemers en de coalitie.",
    LOKET: "Jij neemt signalen aan en zorgt dat ze bij de juiste mensen komen.",
    TEAM_WELZIJN: "Jij helpt inwoners op weg naar activiteiten en contact met anderen.",
    TEAM_EENZAAMHEID: "Jij praat met inwoners als de vraag niet duidelijk is, en zoekt passende hulp.",
    VRIJWILLIGER: "Jij helpt inwoners, samen met een sociaal werker.",
    ONDERNEMER: "Jij doet als ondernemer mee. Je kunt zorgen over klanten doorgeven en je bijdrage bijhouden.",
    PARTNER: "Jij doet als partner mee in de coalitie. Je ziet wie er nog meer meedoet en kunt zorgen doorgeven.",
    PLATFORM_ADMIN: "Jij beheert het platform: gemeenten, mensen en sleutels.",
    PUBLIC: "",
  },
  admin: {
    title: "Beheer van het platform",
    intro: "Hier beheer je de aangesloten gemeenten.",
    gemeenten: "Aangesloten gemeenten",
  },
  national: {
    title: "Landelijk overzicht",
    intro: "Cijfers over alle aangesloten gemeenten samen. Je ziet hier nooit gegevens over personen.",
    gemeenten: "Aangesloten gemeenten",
    inhabitants: "Inwoners in deze gemeenten",
  },
  /** Residents: the worry form, its confirmation, the status page and the mails. Always "u". */
  resident,
  /** Entrepreneurs (ondernemers): self-service. Always "je". */
  entrepreneur,
  /**
   * Entrepreneurs, texts of /mijn-organisatie's forms that the page renders on the server and hands to the forms
   * as props: they travel in the page's HTML, not in a client bundle (first-load budget). Always "je".
   * {title} is filled in by the form.
   */
  entrepreneurPage: {
    profileSaved: "Je profiel is opgeslagen.",
    profileHeld: `Je profiel is opgeslagen. Je tekst is nog niet openbaar: er staat iets in over geld, exclusiviteit of voordeel ${WHEN_THE_GEMEENTE_BUYS}. Een medewerker van de gemeente kijkt er eerst naar.`,
    proposal: {
      title: "Naam van de activiteit (bijvoorbeeld: koffie-ochtend)",
      description: "Korte uitleg",
      howToJoin: "Hoe doet iemand mee? (waar en wanneer)",
      cost: "Kosten (niet verplicht)",
      targetGroups: "Voor wie?",
      degrees: "Past bij mensen die zich zo eenzaam voelen",
      submit: "Activiteit voorstellen",
      busy: "Bezig…",
      done: 'Dank je wel! De gemeente bekijkt "{title}" en zet het daarna in het aanbod.',
    },
    deleteAccount: {
      label: "Typ VERWIJDEREN om je account te verwijderen",
      hint:
        "Ben jij de laatste van je organisatie? Dan verdwijnt je organisatie ook meteen van de openbare lijst. " +
        "De gemeente houdt haar eigen verslag van de samenwerking, zonder jouw naam.",
      submit: "Account verwijderen",
    },
  },
  /** Staff of the gemeente and the coalition. Always "je". */
  staff,
  /** Texts every audience sees: no "u" and no "je". */
  shared: {
    login: {
      /** Heads the list of what to correct (not a failure of the system); the login form reads the same constant. */
      summaryTitle: LOGIN_SUMMARY_TITLE,
    },
  },
  errors,
  engagementPages,
  signalsPages,
  planPages,
  coalitionPages,
  publicPages,
  legalPages,
  accountPages,
  adminPages,
  selfServicePages,
  gemeentePages,
  publicEntrepreneurPages,
  labels,
  forms,
};

export type Messages = typeof nl;
