/** Part of the Dutch catalogue (nl.ts, which assembles it): the `publicPages` section. */
/** The public pages of a gemeente (/g/<gemeente>/**). Residents: always "u", no jargon. */
import { WHEN_THE_GEMEENTE_BUYS } from "@/modules/engagement/principle-words";

const numbers = new Intl.NumberFormat("nl-NL");
const num = (n: number) => numbers.format(n);

export const publicPages = {
  /** /g/<gemeente>/aanbod/bevestigen: the provider's confirmation link. */
  confirmOffer: {
    metaTitle: "Activiteit bevestigen",
    title: "Klopt uw activiteit nog?",
    intro:
      "Kloppen de naam, de doelgroep, hoe mensen meedoen en de kosten nog? Klik dan op de knop. Is er iets veranderd? Mail dan de regisseur eenzaamheid van de gemeente.",
    linkIncomplete: "Deze link is niet compleet. Open de link uit de mail opnieuw.",
    /** The button (a client component: strings, {title} and {gemeente} filled in by it). */
    button: {
      submit: "Ja, alles klopt nog",
      busy: "Bezig…",
      done: 'Dank u wel. "{title}" staat weer als actueel in het overzicht van {gemeente}.',
    },
  },
  /** /g/<gemeente>/aanbod: activities and help. */
  offers: {
    metaTitle: (gemeente: string) => `Activiteiten tegen eenzaamheid in ${gemeente}`,
    title: "Activiteiten en hulp tegen eenzaamheid",
    intro: (gemeente: string) =>
      `Zoekt u contact met anderen, of kent u iemand die zich eenzaam voelt? Hier staan activiteiten en hulp in ${gemeente}. De aanbieders hebben hun gegevens onlangs gecontroleerd. Zoek iets dat past: kies hieronder voor wie, waar, wanneer en wat het mag kosten.`,
    none: "Er staan nog geen activiteiten op deze pagina.",
    searchLabel: "Zoek een activiteit",
    skipped: "Dit deel van de zoekopdracht is overgeslagen.",
    anyChoice: "Maakt niet uit",
    forWhom: "Voor wie?",
    wijk: "Wijk",
    allWijken: "Alle wijken",
    day: "Op welke dag?",
    daypart: "Hoe laat?",
    cost: "Wat mag het kosten?",
    accessibility: "Toegankelijkheid",
    search: "Zoeken",
    showAll: "Alles tonen",
    found: (n: number) => (n === 1 ? "1 activiteit gevonden" : `${n} activiteiten gevonden`),
    total: (n: number) => (n === 1 ? "1 activiteit" : `${n} activiteiten`),
    pageOf: (page: number, pages: number) => `Pagina ${page} van ${pages}.`,
    nothingFound: "Niets gevonden met deze keuzes. Kies minder, of ",
    emptyPage: "Deze pagina is leeg. ",
    showAllLink: "toon alles",
    openData: "Deze gegevens zijn ook open beschikbaar als JSON:",
  },
  /** /g/<gemeente>/aanmelding/<token>: the cancel link from the confirmation mail. */
  registration: {
    metaTitle: (gemeente: string) => `Uw aanmelding in ${gemeente}`,
    title: "Uw aanmelding",
    cancelled: "U bent afgemeld. Uw plek is vrij voor iemand anders.",
    linkUsed: "Deze link klopt niet of is al gebruikt.",
    registeredFor: (name: string) => `${name}, u bent aangemeld voor:`,
    cancelFor: (title: string) => `Afmelden voor ${title}`,
    gone: "Deze aanmelding bestaat niet meer. U bent al afgemeld.",
    expired: "Deze link is verlopen: de bijeenkomst is voorbij.",
    invalid: "Deze link klopt niet. Gebruik de link uit uw bevestigingsmail.",
    toAgenda: "Naar de agenda",
  },
  /** /g/<gemeente>/agenda: the public agenda. */
  agenda: {
    metaTitle: (gemeente: string) => `Agenda ${gemeente}`,
    title: "Agenda: samen tegen eenzaamheid",
    intro: (gemeente: string) =>
      `Bijeenkomsten en trainingen in ${gemeente}. Iedereen is welkom. Meld u aan met uw naam en e-mailadres; een account is niet nodig.`,
    calendarLink: "Zet deze bijeenkomsten in de agenda op uw telefoon of computer",
    none: "Er staan nu geen bijeenkomsten in de agenda.",
    full: "Vol: er zijn geen plekken meer.",
    placesLeft: (n: number) => `Nog ${n} ${n === 1 ? "plek" : "plekken"} vrij.`,
  },
  /** The register form on the public agenda (a client component: {title} is filled in there). */
  registerForm: {
    done: "U bent aangemeld voor {title}. U krijgt een bevestiging per e-mail, met een link om u af te melden.",
    fixFields: "Vul de velden hieronder goed in.",
    formLabel: "Aanmelden voor {title}",
    name: "Uw naam",
    email: "Uw e-mailadres",
    privacy: "We gebruiken uw naam en e-mailadres alleen voor deze bijeenkomst.",
    pending: "Bezig met aanmelden…",
    submit: "Aanmelden",
  },
  /** /g/<gemeente>/partners: who takes part. */
  partners: {
    metaTitle: (gemeente: string) => `Wie doen er mee? Organisaties en ondernemers in ${gemeente}`,
    title: "Wie doen er mee?",
    intro: (gemeente: string) =>
      `Deze organisaties en ondernemers in ${gemeente} helpen mee tegen eenzaamheid. Meedoen is vrijwillig en geeft geen voordeel ${WHEN_THE_GEMEENTE_BUYS}. Elke ondernemer kan meedoen. De gemeente neemt geen geld of sponsoring aan, alleen hulp zoals tijd, ruimte of kennis. Iedereen staat op deze lijst op dezelfde manier, op alfabet.`,
    organisationsCount: (n: number) => (n === 1 ? "1 organisatie in de coalitie" : `${num(n)} organisaties in de coalitie`),
    noOrganisations: "Er staan nog geen organisaties op deze lijst.",
    organisationsLabel: "Organisaties in de coalitie",
    seeOrganisations: "Bekijk de organisaties in de coalitie",
    noEntrepreneurs: "Er staan nog geen ondernemers op deze lijst.",
    entrepreneursCount: (n: number) => (n === 1 ? "1 ondernemer doet mee" : `${num(n)} ondernemers doen mee`),
    searchLabel: "Zoek een ondernemer",
    searchByName: "Zoek op naam",
    search: "Zoeken",
    showEveryone: "Toon iedereen",
    foundWith: (n: number, query: string) => `${n === 1 ? "1 ondernemer gevonden" : `${num(n)} ondernemers gevonden`} met ‘${query}’. `,
    pageRange: (page: number, pages: number, from: number, to: number) =>
      `Pagina ${page} van ${pages}: nummer ${num(from)} tot en met ${num(to)}, op alfabet.`,
    pastEnd: " Die pagina bestaat niet; dit is de laatste.",
    letterNav: "Naar letter",
    nonLetter: "Namen die niet met een letter beginnen",
    letter: "Letter ",
    nobodyFound: "Niemand gevonden met deze naam. Probeer een deel van de naam, of toon iedereen.",
    organisation: "Organisatie",
    sector: "Soort bedrijf",
    whatTheyDo: "Wat ze doen",
    howTheyHelp: "Zo helpen ze",
    since: "Doet mee sinds",
  },
  /** /g/<gemeente>/zorgen and its pages. */
  worry: {
    metaTitle: (gemeente: string) => `Zorgen doorgeven over iemand in ${gemeente}`,
    title: "Zorgen doorgeven over iemand",
  },
  feedback: {
    metaTitle: (gemeente: string) => `Heeft het geholpen? (${gemeente})`,
    title: "Heeft het geholpen?",
    intro: (gemeente: string) =>
      `U gaf een zorg over iemand door aan de gemeente ${gemeente}. We hebben uw zorg afgerond. Wilt u één vraag beantwoorden? We koppelen uw antwoord niet aan uw zorg of aan de persoon.`,
    /** The form (a client component: strings, {max} filled in by the form). */
    form: {
      thanksTitle: "Bedankt voor uw antwoord.",
      thanksText: "Zo kan de gemeente de hulp bij zorgen beter maken. We koppelen uw antwoord niet aan uw zorg.",
      question: "Heeft het geholpen dat u uw zorg doorgaf?",
      yes: "Ja",
      no: "Nee",
      remark: "Wilt u nog iets kwijt? (mag leeg blijven)",
      remarkHint: "Maximaal {max} tekens. Noem geen namen, adressen of telefoonnummers.",
      submit: "Antwoord versturen",
    },
  },
  worryStatus: {
    metaTitle: (gemeente: string) => `Stand van uw zorg bekijken (${gemeente})`,
    title: "Stand van uw zorg bekijken",
    newWorry: "Een nieuwe zorg doorgeven",
  },
  /** The numbered page links under a public list. */
  pageNumbers: {
    label: "Pagina's",
    previous: "Vorige pagina",
    page: "Pagina ",
    next: "Volgende pagina",
  },
  /** "Meedoen" on the public pages. */
  joinCoalition: {
    title: "Meedoen als organisatie of ondernemer",
    intro: (gemeente: string) => `Wilt u helpen tegen eenzaamheid in ${gemeente}? Dat kan met tijd, ruimte of kennis.`,
    entrepreneur: "Ondernemer?",
    signUp: "Meld uw organisatie aan",
    contactVia: "Een organisatie, of een vraag? Neem contact op met de gemeente:",
    orCall: " of bel ",
    contactGemeente: (gemeente: string) => `Een organisatie, of een vraag? Neem contact op met de gemeente ${gemeente}.`,
  },
  /** The form where the gemeente sets the contact shown under "Meedoen" (a client component). */
  contactForm: {
    intro: "Staat op de openbare pagina's bij ‘Meedoen’. Laat een veld leeg om het weg te halen.",
    email: "E-mailadres voor wie mee wil doen",
    phone: "Telefoonnummer voor wie mee wil doen",
    saved: "Opgeslagen.",
    pending: "Bezig met opslaan…",
    submit: "Contact opslaan",
  },
};
