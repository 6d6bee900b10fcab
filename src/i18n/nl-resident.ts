/** Part of the Dutch catalogue (nl.ts, which assembles it): the `resident` section. */
/** Residents: the worry form, its confirmation, the status page and the mails. Always "u". */
export const resident = {
  worryForm: {
    aboutWhomLegend: "Over wie maakt u zich zorgen?",
    aboutWhomHint: "Vul de naam in en hoe we de persoon kunnen bereiken. Weet u dat niet? Vul dan alleen de wijk in.",
    residentName: "Naam (als u die weet)",
    residentContact: "Adres of telefoon (als u dat weet)",
    wijk: "Wijk of buurt",
    wijkHint: "Kies een wijk van de gemeente: {wijken}.",
    situation: "Wat is u opgevallen?",
    situationHint: "Schrijf kort wat u zag of hoorde. Gebruik niet meer dan 4000 tekens.",
    reporterLegend: "Wie bent u? (mag u leeg laten)",
    reporterHint: "We gebruiken dit alleen om u te bellen als we een vraag hebben. We noemen uw naam niet aan de persoon.",
    reporterName: "Naam",
    reporterContact: "Telefoon",
    reporterEmail: "E-mail",
    reporterEmailHint: "Dan krijgt u twee korte berichten: als iemand met uw zorg aan de slag gaat, en als het klaar is.",
    summaryLabels: {
      residentName: "Naam",
      residentContact: "Adres of telefoon",
      wijk: "Wijk of buurt",
      situation: "Wat is u opgevallen?",
      reporterName: "Uw naam",
      reporterContact: "Uw telefoon",
      reporterEmail: "Uw e-mail",
    },
    errorsOne: "Er is 1 ding niet goed ingevuld",
    errorsMany: "Er zijn {n} dingen niet goed ingevuld",
    notSent: "Uw zorg is nog niet verstuurd",
    submit: "Zorg doorgeven",
    sending: "Bezig met versturen…",
  },
  worrySent: {
    title: "Bedankt. De gemeente {gemeente} heeft uw zorg ontvangen.",
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
};
