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
 */
import { WHEN_THE_GEMEENTE_BUYS } from "@/modules/engagement/principle-words";
import { LOGIN_SUMMARY_TITLE } from "@/modules/users/login-messages";

export const nl = {
  meta: {
    title: "Samenkracht",
    description: "Samen tegen eenzaamheid: het platform voor lokale coalities in gemeenten.",
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
    languageSwitch: "Taal kiezen",
    languageNames: { nl: "Nederlands", en: "English" },
  },
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
    howText:
      "Maakt u zich zorgen om iemand? Geef dat door. Wilt u als organisatie of ondernemer meedoen? Dat kan: lees hieronder hoe.",
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
  resident: {
    worryForm: {
      aboutWhomLegend: "Over wie maakt u zich zorgen?",
      aboutWhomHint: "Vul de naam in en hoe we de persoon kunnen bereiken. Weet u dat niet? Vul dan alleen de wijk in.",
      residentName: "Naam (als u die weet)",
      residentContact: "Adres of telefoon (als u dat weet)",
      wijk: "Wijk of buurt",
      wijkHint: (wijken: string) => `Kies een wijk van de gemeente: ${wijken}.`,
      situation: "Wat is u opgevallen?",
      situationHint: "Schrijf kort wat u zag of hoorde. Gebruik niet meer dan 4000 tekens.",
      reporterLegend: "Wie bent u? (mag u leeg laten)",
      reporterHint: "We gebruiken dit alleen om u te bellen als we een vraag hebben. We noemen uw naam niet aan de persoon.",
      reporterName: "Naam",
      reporterContact: "Telefoon",
      reporterEmail: "E-mail",
      reporterEmailHint: "Dan krijgt u twee korte berichten: als iemand met uw zorg aan de slag gaat, en als het klaar is.",
      summaryLabels: { residentName: "Naam", residentContact: "Adres of telefoon", wijk: "Wijk of buurt", situation: "Wat is u opgevallen?", reporterName: "Uw naam", reporterContact: "Uw telefoon", reporterEmail: "Uw e-mail" },
      errorsOne: "Er is 1 ding niet goed ingevuld",
      errorsMany: (n: number) => `Er zijn ${n} dingen niet goed ingevuld`,
      notSent: "Uw zorg is nog niet verstuurd",
      submit: "Zorg doorgeven",
      sending: "Bezig met versturen…",
    },
    worrySent: {
      title: (gemeente: string) => `Bedankt. De gemeente ${gemeente} heeft uw zorg ontvangen.`,
      next: "Een medewerker van de gemeente bekijkt uw zorg en zoekt passende hulp. Heeft u uw e-mailadres gegeven? Dan krijgt u bericht als iemand ermee aan de slag gaat, en als het klaar is.",
      codeLabel: "Uw code:",
      codeWriteDown: "Schrijf deze code op. U ziet hem maar één keer. Met de code ziet u later hoe het met uw zorg staat.",
      codeWhere: "Vul de code in op",
      codePage: "de pagina Stand van uw zorg",
    },
    worryPage: {
      danger: "Is er direct gevaar? Bel dan 112.",
      tipsHeading: "Goed om te weten",
      tipNotSure: "U hoeft niet zeker te weten dat iemand eenzaam is. Een zorg is genoeg.",
      tipNoConsent: "U hoeft de persoon niet om toestemming te vragen.",
      tipAnonymous: "We vertellen de persoon niet wie de zorg heeft doorgegeven.",
      tipOnlyNeeded: "Geef alleen door wat nodig is: wat u zag of hoorde.",
      tipStatus: "Al een zorg doorgegeven?",
      tipStatusLink: "Bekijk met uw code hoe het ermee staat",
    },
    statusCheck: {
      label: "Uw code",
      hint: "U kreeg de code toen u uw zorg doorgaf. Hij ziet er zo uit: 7K2M-9QXD-0R1T-HV4B. Hoofdletters, spaties en streepjes maken niet uit.",
      submit: "Stand bekijken",
      unknown: "Deze code kennen we niet. Kijk of u de code goed heeft overgenomen.",
      result: "Stand:",
      privacy: "Om de privacy van de persoon te beschermen ziet u alleen de stand. U ziet niet wat er gebeurt.",
      status: {
        ONTVANGEN: "Ontvangen. Een medewerker van de gemeente gaat ernaar kijken.",
        OPGEPAKT: "Opgepakt. Iemand is ermee aan de slag gegaan.",
        AFGESLOTEN: "Klaar. De gemeente heeft uw zorg afgerond.",
      },
    },
    /** The two mails to a reporter who left an e-mail address. */
    reporterMail: {
      OPGEPAKT: {
        subject: "Uw zorg is opgepakt",
        text: (gemeente: string, date: string) =>
          `Op ${date} gaf u een zorg over iemand door aan de gemeente ${gemeente}. Bedankt daarvoor.\n\nIemand is nu met uw zorg aan de slag gegaan.\nOm de privacy van de persoon te beschermen vertellen we niet wat er gebeurt.\n\nMet vriendelijke groet,\nGemeente ${gemeente}`,
      },
      AFGESLOTEN: {
        subject: "Uw zorg is afgerond",
        text: (gemeente: string, date: string) =>
          `Op ${date} gaf u een zorg over iemand door aan de gemeente ${gemeente}. Bedankt daarvoor.\n\nWe hebben uw zorg nu afgerond.\nOm de privacy van de persoon te beschermen vertellen we niet wat er is gebeurd.\n\nMet vriendelijke groet,\nGemeente ${gemeente}`,
      },
    },
  },
  /** Entrepreneurs (ondernemers): self-service. Always "je". */
  entrepreneur: {
    join: {
      legend: "Zo werken we samen",
      ackVoluntary: "Ik doe vrijwillig mee. Ik kan altijd stoppen.",
      ackNoProcurement: `Meedoen geeft geen voordeel ${WHEN_THE_GEMEENTE_BUYS}.`,
      ackNoMoney: "Ik geef geen geld of sponsoring. Hulp in tijd, ruimte of spullen mag wel.",
      submit: "Meedoen",
      sending: "Bezig…",
      done: (gemeente: string) =>
        `Welkom! Je doet nu mee in ${gemeente}. Je kunt zorgen over klanten doorgeven en laten zien wat je doet. Stoppen kan altijd.`,
      pendingClaim: (gemeente: string) =>
        `${gemeente} werkt al samen met je organisatie. We vragen ${gemeente} om te bevestigen dat jij erbij hoort. Daarna kun je meedoen.`,
      allJoined: "Je doet al mee in alle gemeenten die je kunt kiezen.",
    },
  },
  /** Staff of the gemeente and the coalition. Always "je". */
  staff: {
    /** The loket's phone intake: the same form as the residents' one, about the caller. */
    phoneIntake: {
      aboutWhomLegend: "Over wie maakt de beller zich zorgen?",
      aboutWhomHint: "Vul de naam in en hoe we de persoon kunnen bereiken. Weet de beller dat niet? Vul dan alleen de wijk in.",
      residentName: "Naam (als de beller die weet)",
      residentContact: "Adres of telefoon (als de beller dat weet)",
      wijk: "Wijk of buurt",
      wijkHint: (wijken: string) => `Kies een wijk van de gemeente: ${wijken}.`,
      situation: "Wat is de beller opgevallen?",
      situationHint: "Schrijf kort wat de beller zag of hoorde. Gebruik niet meer dan 4000 tekens.",
      reporterLegend: "Wie belt er?",
      reporterHint: "Alleen om de beller terug te bellen bij een vraag. De persoon hoort niet wie er belde.",
      reporterName: "Naam",
      reporterContact: "Telefoon",
      reporterEmail: "E-mail",
      reporterEmailHint: "Dan krijgt de beller twee korte berichten: als iemand ermee aan de slag gaat, en als het klaar is.",
      summaryLabels: { residentName: "Naam", residentContact: "Adres of telefoon", wijk: "Wijk of buurt", situation: "Wat is de beller opgevallen?", reporterName: "Naam beller", reporterContact: "Telefoon beller", reporterEmail: "E-mail beller" },
      errorsOne: "Er is 1 ding niet goed ingevuld",
      errorsMany: (n: number) => `Er zijn ${n} dingen niet goed ingevuld`,
      notSent: "De zorg is nog niet opgeslagen",
      submit: "Zorg doorgeven",
      sending: "Bezig met opslaan…",
    },
    phoneIntakeSent: {
      title: (gemeente: string) => `De zorg is opgeslagen bij de gemeente ${gemeente}.`,
      next: "De regisseur bekijkt de zorg. Gaf de beller een e-mailadres? Dan krijgt de beller bericht als iemand ermee aan de slag gaat, en als het klaar is.",
      codeLabel: "Code voor de beller:",
      codeWriteDown: "Lees de code voor, in groepjes van vier. Vraag de beller om hem op te schrijven. Je ziet hem maar één keer.",
    },
  },
  /** Texts every audience sees: no "u" and no "je". */
  shared: {
    login: {
      /** Heads the list of what to correct (not a failure of the system); the login form reads the same constant. */
      summaryTitle: LOGIN_SUMMARY_TITLE,
    },
  },
  errors: {
    notFoundTitle: "Deze pagina bestaat niet",
    notFoundText: "De pagina is er niet (meer), of is niet open voor dit account. Controleer het adres.",
    errorTitle: "Er ging iets mis",
    errorText: "Er ging iets mis aan onze kant. Probeer het opnieuw. Lukt het niet? Probeer het later nog eens.",
    retry: "Probeer het opnieuw",
    reference: (ref: string) => `Kenmerk: ${ref}`,
    forbiddenTitle: "Geen toegang",
    forbiddenText: "Dit account heeft geen toestemming voor deze pagina.",
  },
};

export type Messages = typeof nl;
