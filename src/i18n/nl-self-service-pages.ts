/** Part of the Dutch catalogue (nl.ts, which assembles it): the `selfServicePages` section. */
/** The entrepreneur's own pages (/ondernemer/**, /mijn-organisatie) and the self-service components. Always "je", no jargon. */
export const selfServicePages = {
  /** /ondernemer/aanmelden */
  signUp: {
    title: "Aanmelden als ondernemer",
    intro:
      "Wil je als ondernemer meedoen tegen eenzaamheid in jouw gemeente? Meld je aan met je naam en e-mailadres. Daarna maak je het profiel van je organisatie en kies je in welke gemeente je meedoet. Meedoen is vrijwillig en je kunt altijd stoppen.",
    haveAccount: "Heb je al een account?",
    logIn: "Log dan in",
  },
  /** /ondernemer */
  entrance: {
    title: "Voor ondernemers",
    heading: "Meedoen als ondernemer",
    intro: "Je doet vrijwillig mee. Je kiest zelf in welke gemeenten. Je kunt altijd pauzeren of stoppen.",
    mine: "Hier doe je mee",
    myOrganisation: (gemeente: string) => `${gemeente}: mijn organisatie`,
    download: "Download alles wat we over jou bewaren (JSON)",
    join: "Meedoen in een gemeente",
    addAnother: "Nog een organisatie toevoegen",
    profile: "Het profiel van je organisatie",
    profileIntro:
      "Kent de gemeente je organisatie al? Dan vragen we de gemeente om te bevestigen dat jij erbij hoort. Past je e-mailadres bij de website van de organisatie? Dan gaat het meteen.",
  },
  /** Texts the self-service forms share (gemeente choice, sector choice). */
  form: {
    gemeente: "Gemeente",
    sector: "Sector",
    chooseSector: "Kies een sector",
    busy: "Bezig…",
  },
  /** The register form on /ondernemer (client component). */
  register: {
    pending: "De gemeente kent je organisatie al. We vragen de gemeente om te bevestigen dat jij erbij hoort. Je krijgt daarna toegang.",
    created: "Het profiel van je organisatie is gemaakt.",
    matched: "Je e-mailadres past bij de website van de organisatie. Je hebt nu toegang.",
    name: "Naam van je organisatie",
    kvk: "KvK-nummer (niet verplicht)",
    website: "Website (niet verplicht)",
    websiteHint: "Past je e-mailadres bij deze website? Dan bevestigen we dat je bij de organisatie hoort.",
    address: "Adres van je vestiging (niet verplicht)",
    submit: "Profiel maken",
  },
  /** The profile form's fields on /mijn-organisatie (profile-fields.ts). */
  profileFields: {
    address: "Adres van je vestiging",
    publicDescription: "Wat doe je tegen eenzaamheid? (komt op de openbare lijst)",
    openingHours: "Openingstijden (niet verplicht)",
    openingHoursHint: "Bijvoorbeeld: maandag tot en met zaterdag 8.00 tot 18.00 uur. Alleen de gemeente ziet dit.",
    contributions: "Wat draag je bij?",
    motives: "Waarom doe je mee?",
    motivePersonal: "Persoonlijk",
    motiveSocial: "Maatschappelijk",
    motiveOrganisation: "Goed voor de organisatie",
    motiveCommercial: "Commercieel",
    fiveMs: "Wat breng je in?",
    contactName: "Contactpersoon voor de gemeente",
    contactNameHint: "Alleen de gemeente ziet dit. Het staat nooit op de openbare lijst.",
    contactEmail: "E-mailadres van de contactpersoon",
    contactPhone: "Telefoonnummer (niet verplicht)",
    submit: "Profiel opslaan",
  },
  /** Pause or stop (leave-form.tsx). */
  leave: {
    paused: "Je hebt pauze. Je staat niet meer op de openbare lijst.",
    stopped: "Je bent gestopt. Je staat niet meer op de openbare lijst.",
    pause: "Pauze nemen",
    stop: "Stoppen in deze gemeente",
  },
  /** /app/[gemeente]/mijn-organisatie */
  organisation: {
    title: "Mijn organisatie",
    inGemeente: (organisation: string, gemeente: string) => `${organisation} in ${gemeente}`,
    worriesHeading: "Zorgen om een klant?",
    worriesIntro: "Geef het door aan de gemeente. Je ziet daarna of je zorgen zijn ontvangen en opgepakt.",
    worriesLink: "Zorgen doorgeven",
    cardsIntro: "Voor in je winkel of op de balie:",
    card: "signaalkaart (A5, PDF)",
    or: "of",
    poster: "poster (A4, PDF)",
    cardsAfter: ": waar en hoe je zorgen doorgeeft.",
    listHeading: "Zo sta je op de openbare lijst",
    contributes: (list: string) => `Draagt bij: ${list}`,
    partnerSince: (since: string) => `Partner sinds ${since}`,
    nothingPersonal: "Er staat nooit iets persoonlijks op de lijst: geen namen van mensen, geen e-mail, geen telefoon.",
    viewList: "Bekijk de openbare lijst",
    joinHeading: (gemeente: string) => `Meedoen in ${gemeente}`,
    profileHeading: "Profiel",
    leaveHeading: "Pauze of stoppen",
    joinedSince: (gemeente: string, date: string) => `Je doet mee in ${gemeente} sinds ${date}. Dank je wel!`,
    immediate: (gemeente: string) => `Het gaat meteen in: je staat direct niet meer op de openbare lijst van ${gemeente}.`,
    proposeHeading: "Een activiteit voorstellen",
    proposeIntro:
      "Organiseer je iets tegen eenzaamheid, zoals een koffie-ochtend, een klets-kassa of samen eten? Stel het voor. De gemeente bekijkt het en zet het daarna in het aanbod voor inwoners.",
    published: "staat in het aanbod",
    underReview: "de gemeente bekijkt het nog",
    dataHeading: "Jouw gegevens",
    download: "Download alles wat we over jou bewaren (JSON)",
    otherGemeente: "Meedoen in een andere gemeente",
    deleteHeading: "Account verwijderen",
  },
  /** "Zorgen doorgeven" (worry-page.tsx), for an entrepreneur or a coalition partner. */
  worries: {
    title: "Zorgen doorgeven",
    refusal:
      "Je hebt geen toestemming voor deze pagina. Zorgen doorgeven is voor ondernemers en coalitiepartners. Zorgen van inwoners voer je in bij Signalen.",
    resident: "inwoner",
    customer: "klant",
    intro: (person: string, gemeente: string) =>
      `Maak je je zorgen om een ${person}? Geef het door aan de gemeente ${gemeente}. Het kost een paar minuten.`,
    danger: "Is er direct gevaar? Bel dan 112.",
    formHeading: "Je zorgen",
    goodToKnow: "Goed om te weten",
    noNeedToKnow: "Je hoeft niet te weten of het eenzaamheid is.",
    noConsent: (person: string) => `Je hoeft de ${person} niet om toestemming te vragen.`,
    anonymous: (person: string) => `De ${person} hoort niet wie de zorgen heeft doorgegeven.`,
    ratherNot: "Liever niet doorgeven? Geef de klant dan een kaartje met de contactgegevens van de welzijnsorganisatie.",
    allQuestions: "Alle vragen en antwoorden",
    mineHeading: "Mijn zorgen",
    mineIntro: (person: string) => `Je ziet alleen of je zorgen zijn ontvangen en opgepakt. Wat er met de ${person} gebeurt, blijft privé.`,
    passedOn: (date: string) => `Doorgegeven op ${date}:`,
    none: "Je hebt nog geen zorgen doorgegeven.",
    status: { ONTVANGEN: "Ontvangen", OPGEPAKT: "Opgepakt", AFGESLOTEN: "Opgepakt en afgerond" },
  },
  /** The worry form (client component; {person} and {wijken} are filled in there). */
  worryForm: {
    done: "Dank je. Je zorgen zijn doorgegeven. Iemand van de gemeente pakt het op. Je ziet het hieronder bij Mijn zorgen.",
    situation: "Wat is je opgevallen?",
    situationHint: "Schrijf het in je eigen woorden. Je hoeft niet te zeggen of het eenzaamheid is.",
    residentName: "Naam van de {person} (als je die weet)",
    wijk: "Of alleen de wijk",
    wijkHint: "Kies een wijk van de gemeente: {wijken}.",
    residentContact: "Telefoon of adres van de {person} (niet verplicht)",
    busy: "Bezig…",
    submit: "Zorgen doorgeven",
  },
  /** Staff confirm or refuse an entrepreneur's request to join a known organisation (client component; marks filled there). */
  claimReview: {
    none: "Er zijn geen open aanvragen.",
    wantsToJoin: "wil meedoen voor",
    website: "Website van de organisatie: {website}",
    confirm: "Bevestigen",
    refuse: "Afwijzen",
    confirmed: "{email}: bevestigd.",
    refused: "{email}: afgewezen.",
  },
};
