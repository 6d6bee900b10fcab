/** Part of the Dutch catalogue (nl.ts, which assembles it): the `publicEntrepreneurPages` section. */
/** Public pages of a gemeente meant for entrepreneurs (/g/<gemeente>/help, signaalkaart, uitnodiging): always "je", no jargon. */
export const publicEntrepreneurPages = {
  /** /g/<gemeente>/help: questions and answers for entrepreneurs. */
  help: {
    metaTitle: "Zorgen om een klant: vragen en antwoorden",
    title: "Zorgen om een klant? Vragen en antwoorden",
    questions: "Vragen",
    cardHeading: "Signaalkaart: waar geef je zorgen door?",
    cardVia: "Geef je zorgen door via",
    cardFormLink: (gemeente: string) => `het formulier van ${gemeente}`,
    cardPrint: "Print de kaart voor de balie of hang de poster op. Met de QR-code komen mensen meteen bij het formulier.",
    cardA5: "Signaalkaart, A5 (PDF)",
    posterA4: "Poster, A4 (PDF)",
    backTo: (gemeente: string) => `Terug naar ${gemeente}`,
    joinAsEntrepreneur: "Meedoen als ondernemer",
    source: "Bron: Veelgestelde vragen, ministerie van VWS, januari 2025. In eenvoudige taal herschreven.",
  },
  /** /g/<gemeente>/uitnodiging/<token>: the personal invitation (members and entrepreneurs, both "je"). */
  invitation: {
    metaTitle: (gemeente: string) => `Uitnodiging van de gemeente ${gemeente}`,
    errors: {
      vol: "Deze bijeenkomst is vol. Aanmelden kan niet meer. Neem contact op met de gemeente als je toch graag wilt komen.",
      afgelast: "Deze bijeenkomst gaat niet door. Aanmelden kan niet meer.",
      voorbij: "Deze bijeenkomst is al voorbij.",
      link: "Deze link klopt niet. Gebruik de link uit je e-mail.",
    },
    thanksRegistered: "Dank je wel. Je bent aangemeld. Tot dan!",
    unregistered: "Je bent afgemeld. Jammer dat je niet kunt komen.",
    title: "Uitnodiging",
    expired: "Deze link is verlopen: de bijeenkomst is voorbij.",
    invalid: "Deze link klopt niet. Gebruik de link uit je e-mail, of vraag de gemeente om een nieuwe uitnodiging.",
    dear: (name: string) => `Beste ${name},`,
    invited: "Je bent uitgenodigd voor deze bijeenkomst. Een account is niet nodig.",
    timeRange: (from: string, to: string) => `${from} tot ${to}`,
    cancelled: "Deze bijeenkomst gaat niet door.",
    past: "Deze bijeenkomst is al geweest.",
    registered: "Je bent aangemeld.",
    full: "Deze bijeenkomst is vol.",
    notRegistered: "Je bent nog niet aangemeld.",
    unregister: "Ik kom toch niet: afmelden",
    register: "Ik kom: aanmelden",
    personal: "Deze link is alleen voor jou. Met dezelfde link kun je je later ook afmelden.",
  },
};
