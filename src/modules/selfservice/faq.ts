/**
 * The FAQ "Hoe ga je in gesprek met lokale ondernemers over hun zorgen over klanten?" (VWS, januari
 * 2025), rewritten for the entrepreneur in plain Dutch (B1). Used by the help page and beside the
 * "zorgen doorgeven" form.
 */
export type FaqItem = { id: string; question: string; answer: string[] };

export const FAQ_INTRO =
  "Jij en je medewerkers zien veel klanten. Soms maak je je zorgen om iemand. Hier lees je wat je dan kunt doen. Je hoeft niet te weten of iemand eenzaam is. Je geeft alleen je zorgen door.";

export const FAQ: readonly FaqItem[] = [
  {
    id: "zorgen",
    question: "Ik maak me zorgen over een klant. Wat kan ik doen?",
    answer: [
      "Fijn dat je dit ziet. Veel mensen hebben steeds minder contact met anderen.",
      "Praat met de klant en luister. Een kort praatje kan iemand al een goede dag geven.",
      "Wijs de klant op de gemeente of de welzijnsorganisatie. Daar kan de klant hulp vragen.",
      "Of geef je zorgen door aan de gemeente. Dat mag ook zonder naam van jou. Dan belt iemand de klant of gaat langs.",
    ],
  },
  {
    id: "goed-zien",
    question: "Zie ik het wel goed? Ik wil niemand een stempel geven.",
    answer: [
      "Je maakt je niet voor niks zorgen. Volg je gevoel.",
      "Je hoeft niet te zeggen of het eenzaamheid is. Dat doet een hulpverlener, zoals een welzijnswerker.",
      "Je geeft alleen je zorgen door. Dan weet je dat iemand die goed raad weet contact opneemt.",
    ],
  },
  {
    id: "tijd",
    question: "Ik heb er geen tijd voor. Het is niet mijn taak.",
    answer: [
      "Zorgen doorgeven kost maar een paar minuten.",
      "Het kost vaak meer tijd als een klant steeds langskomt om zijn verhaal kwijt te kunnen.",
    ],
  },
  {
    id: "relatie",
    question: "Ik wil de band met mijn klant niet verstoren.",
    answer: [
      "Dat is begrijpelijk. Uit onderzoek weten we: 99 van de 100 mensen zijn blij dat iemand hun zorgen doorgaf.",
      "Je hoeft niet te zeggen dat het om eenzaamheid gaat.",
      "De klant hoort niet wie de zorgen heeft doorgegeven.",
    ],
  },
  {
    id: "zelf-niet",
    question: "Ik zou zelf niet willen dat iemand over mij iets doorgeeft.",
    answer: [
      "Jij bent waarschijnlijk niet eenzaam. Mensen die zich eenzaam voelen, denken daar vaak anders over.",
      "99 van de 100 mensen zijn blij dat iemand hun zorgen doorgaf.",
    ],
  },
  {
    id: "privacy",
    question: "Mag ik gegevens van klanten wel doorgeven? Hoe zit het met privacy?",
    answer: [
      "Kun je je zorgen bij de gemeente doorgeven? Dan mag dat. Dat past binnen de privacywet (AVG).",
      "Kan dat niet? Geef de klant dan de contactgegevens van de gemeente of de welzijnsorganisatie.",
    ],
  },
  {
    id: "toestemming",
    question: "Moet ik de klant eerst om toestemming vragen?",
    answer: ["Je mag het de klant vragen, maar het hoeft niet."],
  },
  {
    id: "geen-gegevens",
    question: "Ik wil iets doen, maar ik heb de gegevens van de klant niet.",
    answer: ["Geef de klant een kaartje met de contactgegevens van de welzijnsorganisatie of de buurtcoach."],
  },
  {
    id: "wat-gebeurt",
    question: "Wat gebeurt er met mijn zorgen?",
    answer: [
      "Een hulpverlener, zoals een welzijnswerker, neemt contact op met de klant.",
      "Jij ziet alleen dat je zorgen zijn ontvangen en opgepakt. Wat er daarna met de klant gebeurt, blijft privé.",
    ],
  },
  {
    id: "meer-doen",
    question: "Ik wil meer doen, maar weet niet wat of met wie.",
    answer: [
      "Dat kan veel zijn: een koffieochtend, een kletskassa, samen eten, of meedoen met een initiatief in de buurt.",
      "Kijk in de Toolkit voor bedrijven en organisaties op eentegeneenzaamheid.nl. Of vraag de gemeente wie de aanpak van eenzaamheid trekt.",
    ],
  },
  {
    id: "personeel",
    question: "Ik merk eenzaamheid bij mijn eigen medewerkers.",
    answer: [
      "Goed dat je dat ziet. Op eentegeneenzaamheid.nl staat de handreiking 'Aan de slag met eenzaamheid op de werkvloer'. Daar lees je hoe je medewerkers kunt steunen.",
    ],
  },
];
