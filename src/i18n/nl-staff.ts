/** Part of the Dutch catalogue (nl.ts, which assembles it): the `staff` section. */
/** Staff of the gemeente and the coalition. Always "je". */
export const staff = {
  /** The loket's phone intake: the same form as the residents' one, about the caller. */
  phoneIntake: {
    aboutWhomLegend: "Over wie maakt de beller zich zorgen?",
    aboutWhomHint: "Vul de naam in en hoe we de persoon kunnen bereiken. Weet de beller dat niet? Vul dan alleen de wijk in.",
    residentName: "Naam (als de beller die weet)",
    residentContact: "Adres of telefoon (als de beller dat weet)",
    wijk: "Wijk of buurt",
    wijkHint: "Kies een wijk van de gemeente: {wijken}.",
    situation: "Wat is de beller opgevallen?",
    situationHint: "Schrijf kort wat de beller zag of hoorde. Gebruik niet meer dan 4000 tekens.",
    reporterLegend: "Wie belt er?",
    reporterHint: "Alleen om de beller terug te bellen bij een vraag. De persoon hoort niet wie er belde.",
    reporterName: "Naam",
    reporterContact: "Telefoon",
    reporterEmail: "E-mail",
    reporterEmailHint: "Dan krijgt de beller twee korte berichten: als iemand ermee aan de slag gaat, en als het klaar is.",
    summaryLabels: {
      residentName: "Naam",
      residentContact: "Adres of telefoon",
      wijk: "Wijk of buurt",
      situation: "Wat is de beller opgevallen?",
      reporterName: "Naam beller",
      reporterContact: "Telefoon beller",
      reporterEmail: "E-mail beller",
    },
    errorsOne: "Er is 1 ding niet goed ingevuld",
    errorsMany: "Er zijn {n} dingen niet goed ingevuld",
    notSent: "De zorg is nog niet opgeslagen",
    submit: "Zorg doorgeven",
    sending: "Bezig met opslaan…",
  },
  phoneIntakeSent: {
    title: "De zorg is opgeslagen bij de gemeente {gemeente}.",
    next: "De regisseur bekijkt de zorg. Gaf de beller een e-mailadres? Dan krijgt de beller bericht als iemand ermee aan de slag gaat, en als het klaar is.",
    codeLabel: "Code voor de beller:",
    codeWriteDown: "Lees de code voor, in groepjes van vier. Vraag de beller om hem op te schrijven. Je ziet hem maar één keer.",
  },
};
