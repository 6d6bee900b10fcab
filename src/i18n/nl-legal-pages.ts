/** Part of the Dutch catalogue (nl.ts, which assembles it): the `legalPages` section. */
/** Privacy statement, accessibility statement and the shared page parts every audience sees: no "u", no "je", no jargon. */
export const legalPages = {
  /** The gemeente's logo (gemeente-theme.tsx), on public and staff pages. */
  logoAlt: (gemeente: string) => `Logo van ${gemeente}`,
  /** One activity as a card (offer-list.tsx): the public aanbod page and the staff's aanbod page. */
  offerCard: {
    stale: "Niet op tijd bevestigd: staat niet op de openbare pagina.",
    provider: "Aanbieder",
    forWhom: "Voor wie",
    fits: "Past bij",
    wijk: "Wijk",
    where: "Waar",
    when: "Wanneer",
    join: "Meedoen",
    cost: "Kosten",
    accessible: "Toegankelijk",
    and: (first: string, last: string) => `${first} en ${last}`,
    fromTo: (from: string, to: string) => `${from} tot ${to}`,
    from: (from: string) => `vanaf ${from}`,
  },
  /** The header and footer of the public pages (site-header.tsx). */
  header: {
    myAccount: "Mijn account",
  },
  footer: {
    privacy: "Privacyverklaring",
    accessibility: "Toegankelijkheid",
    security: "Beveiligingsproblemen melden",
  },
  /** /privacy */
  privacy: {
    title: "Privacyverklaring",
    intro:
      "Samenkracht helpt gemeenten, organisaties en ondernemers om samen eenzaamheid aan te pakken. Hier staat welke gegevens we bewaren, waarom, en welke rechten iedereen heeft.",
    whoHeading: "Wie is verantwoordelijk?",
    whoText:
      "Elke gemeente is zelf verantwoordelijk voor de gegevens in haar deel van Samenkracht. Vragen over persoonlijke gegevens gaan naar de gemeente waar het over gaat. De beheerder van het platform verwerkt de gegevens alleen in opdracht van de gemeenten.",
    whatHeading: "Welke gegevens bewaren we?",
    accountLabel: "Accounts:",
    accountText: "de naam, het e-mailadres en de rol in een gemeente. Inloggen gaat met een link in de e-mail; we bewaren geen wachtwoord.",
    organisationsLabel: "Ondernemers en organisaties:",
    organisationsText:
      "de naam, het adres en de contactpersoon van de organisatie, en wat die doet in de coalitie. Op de openbare lijst staat nooit iets persoonlijks: geen namen van mensen, geen e-mail, geen telefoon.",
    signalsLabel: "Zorgen over een inwoner (signalen):",
    signalsText:
      "wat iemand heeft gezien, en als die het weet de naam, de wijk en het telefoonnummer of adres van de inwoner. Deze gegevens staan versleuteld opgeslagen. Alleen de mensen van de gemeente die het signaal oppakken, kunnen ze lezen. Wie de zorgen doorgaf, ziet alleen of het signaal is ontvangen en opgepakt.",
    eventsLabel: "Aanmeldingen voor activiteiten:",
    eventsText: "naam en e-mailadres, om de aanmelding te bevestigen.",
    howLongHeading: "Hoe lang bewaren we het?",
    howLong: [
      "Een afgerond signaal: de persoonlijke gegevens gaan na 12 maanden weg (de gemeente kan dit korter instellen).",
      "Een geannuleerd signaal: na 3 maanden.",
      "Een signaal waar niemand meer iets mee doet: na 24 maanden, eerst krijgt de gemeente een waarschuwing.",
      "Een account: tot de eigenaar het verwijdert of de gemeente de rol weghaalt.",
    ],
    leftOver: "Wat overblijft, zijn alleen aantallen. Daarin is niemand te herkennen.",
    cookiesHeading: "Cookies",
    cookiesText:
      "We gebruiken alleen cookies die nodig zijn om in te loggen en de taalkeuze te onthouden. We gebruiken geen cookies om mensen te volgen en geen advertenties.",
    rightsHeading: "Rechten",
    rightsIntro: "Iedereen mag altijd:",
    rights: [
      "vragen welke gegevens we over hem of haar hebben;",
      "vragen om iets te verbeteren of te verwijderen;",
      "vragen om die gegevens minder te gebruiken (beperken).",
    ],
    accountBefore: "Een account? Bij",
    accountLink: "Mijn account",
    accountAfter:
      "zijn de eigen gegevens te downloaden en is het account te verwijderen. Gaat het om zorgen die iemand over een ander heeft doorgegeven? Neem dan contact op met de gemeente. Niet eens met hoe we met gegevens omgaan? Dan kan een klacht naar de",
    authority: "Autoriteit Persoonsgegevens",
  },
  /** /toegankelijkheid */
  accessibility: {
    title: "Toegankelijkheidsverklaring",
    intro:
      "Iedereen moet Samenkracht kunnen gebruiken, ook met een beperking. Daarom bouwen we het volgens de richtlijnen WCAG 2.1, niveau AA.",
    statusHeading: "Hoe staat het ervoor?",
    statusBefore: "Samenkracht voldoet",
    statusStrong: "gedeeltelijk",
    statusAfter: "aan de richtlijnen. Er is nog geen onderzoek gedaan door een onafhankelijk bureau. Wel controleren we het zelf:",
    checks: [
      "Bij elke wijziging testen we de pagina's automatisch met het hulpmiddel axe.",
      "We testen de belangrijkste formulieren met alleen het toetsenbord en op een kleine telefoon.",
      "Teksten en knoppen hebben genoeg contrast, ook in de kleuren van elke gemeente.",
      "Formulieren werken ook als JavaScript nog niet geladen is.",
    ],
    knownHeading: "Wat werkt nog niet goed?",
    known: [
      "De PDF-rapporten voor de gemeenteraad zijn nog niet helemaal toegankelijk voor schermlezers.",
      "Het bord met stappen voor ondernemers is met het toetsenbord lastiger te gebruiken dan de lijst. Gebruik dan de lijst.",
      "Niet alle pagina's zijn in het Engels vertaald.",
    ],
    reportHeading: "Ergens tegenaan gelopen?",
    reportText:
      "Laat het ons weten via de gemeente. Vertel op welke pagina het was en wat er misging. We proberen het binnen vijf werkdagen op te lossen of een andere oplossing te geven.",
    updated: "Deze verklaring is voor het laatst bijgewerkt op 5 december 2026.",
  },
};
