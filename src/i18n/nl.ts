/**
 * The Dutch source catalogue (B1 plain language), edited by hand. English lives beside it in
 * en.ts with the same keys; TypeScript refuses a missing or extra key there.
 * Values are strings, or small functions for text with a value in it.
 */
export const nl = {
  meta: {
    title: "Samenkracht",
    description: "Samen tegen eenzaamheid: het platform voor lokale coalities in jouw gemeente.",
  },
  common: {
    skipLink: "Naar de inhoud",
    appName: "Samenkracht",
    tagline: "Samen tegen eenzaamheid",
    login: "Inloggen",
    logout: "Uitloggen",
    backHome: "Terug naar de startpagina",
    mainNav: "Hoofdmenu",
    footer: "Samenkracht is een platform voor lokale coalities tegen eenzaamheid.",
    language: "Taal",
    languageSwitch: "Kies je taal",
    languageNames: { nl: "Nederlands", en: "English" },
  },
  home: {
    title: "Samen tegen eenzaamheid in jouw gemeente",
    intro:
      "In veel gemeenten werken organisaties, ondernemers en de gemeente samen tegen eenzaamheid. Hier vind je wat er in jouw gemeente gebeurt.",
    gemeentenHeading: "Gemeenten",
    gemeentenEmpty: "Er zijn nog geen gemeenten aangesloten.",
    inhabitants: (n: string) => `${n} inwoners`,
    loginHeading: "Werk je mee in een coalitie?",
    loginText: "Log in om signalen, partners en afspraken van jouw gemeente te zien.",
  },
  publicGemeente: {
    title: (name: string) => `Samen tegen eenzaamheid in ${name}`,
    whatHeading: "Wat is de coalitie?",
    whatText:
      "In de lokale coalitie werken de gemeente, welzijnsorganisaties, zorg, verenigingen en ondernemers samen. Samen zien we eerder wie zich eenzaam voelt, en helpen we mensen om weer mee te doen.",
    howHeading: "Wat kun je doen?",
    howText:
      "Maak je je zorgen om iemand? Geef dat door. Wil je als organisatie of ondernemer meedoen? Neem contact op met de gemeente.",
    linksHeading: "Meer informatie",
    partners: "Partners van de coalitie",
    offer: "Activiteiten en hulp",
    signal: "Zorgen doorgeven over iemand",
    noLinksYet: "Binnenkort vind je hier de partners, de activiteiten en een formulier om zorgen door te geven.",
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
    engagement: "Ondernemers",
    partners: "Coalitie",
    signals: "Signalen",
    organisation: "Mijn organisatie",
    settings: "Instellingen",
    offer: "Aanbod",
    budget: "Begroting",
  },
  navDescriptions: {
    overview: "Het startpunt van jouw gemeente.",
    engagement: "Ondernemers benaderen, spreken en betrekken, stap voor stap.",
    partners: "De partners van de coalitie: wie doet mee en wat doen ze.",
    signals: "Zorgen over inwoners oppakken en opvolgen.",
    organisation: "De gegevens en bijdragen van jouw organisatie.",
    settings: "De instellingen en de mensen van jouw gemeente.",
    offer: "Activiteiten en hulp tegen eenzaamheid: de sociale kaart.",
    budget: "Wat de aanpak kost: gepland en werkelijk per jaar.",
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
  errors: {
    notFoundTitle: "Deze pagina bestaat niet",
    notFoundText: "De pagina is er niet (meer), of je hebt er geen toegang toe. Controleer het adres.",
    errorTitle: "Er ging iets mis",
    errorText: "Er ging iets mis aan onze kant. Probeer het opnieuw. Lukt het niet? Probeer het later nog eens.",
    retry: "Probeer het opnieuw",
    reference: (ref: string) => `Kenmerk: ${ref}`,
    forbiddenTitle: "Geen toegang",
    forbiddenText: "Je hebt geen toestemming voor deze pagina.",
  },
};

export type Messages = typeof nl;
