/** Part of the Dutch catalogue (nl.ts, which assembles it): the `planPages` section. */
/** Staff pages of the regisseur: dashboard, plan, budget, campaigns, and the national view. Always "je". */
import { numberFormat } from "@/lib/text/dates";

const num = (n: number) => numberFormat("nl").format(n);
export const planPages = {
  /** /app/[gemeente]/dashboard: live figures, every chart with a table. */
  dashboard: {
    title: "Dashboard",
    intro: (gemeente: string) =>
      `De cijfers van de aanpak in ${gemeente}. Ze worden steeds opnieuw uitgerekend uit wat in Samenkracht staat.`,
    downloadCsv: "Download de cijfers als CSV-bestand",
    downloadReport: "Download de voortgangsrapportage voor de raad (raadsinformatiebrief, PDF)",
    readLetter: "Lees de raadsinformatiebrief als webpagina (toegankelijk, ook om te printen)",
    keyFigures: "Kerncijfers",
    countHead: "Aantal",
    seeTable: (label: string) => `${label}: zie de tabel hieronder.`,
    stepHead: "Stap",
    funnelHeading: "Ondernemers per stap",
    funnelCaption: "Tabel: ondernemers per stap (gestopte ondernemers tellen niet mee)",
    signalsHeading: "Signalen",
    periodLabel: "Periode",
    showPeriod: "Toon periode",
    signalsIntro: (period: string) =>
      `Periode: ${period}. Alleen aantallen; we lezen geen namen of situaties. Opgepakt betekent: het signaal is bij het loket of een team (eerste intake of verder). De tijd tot oppakken telt vanaf de melding.`,
    byStepHeading: "Signalen per stap",
    byStepChart: "Signalen uit deze periode per stap waar ze nu zijn",
    byStepCaption: "Tabel: signalen uit deze periode per stap waar ze nu zijn",
    byWijkHeading: "Signalen per wijk",
    noSignals: "Geen signalen in deze periode.",
    byWijkChart: "Signalen uit deze periode per wijk",
    byWijkCaption: "Tabel: signalen uit deze periode per wijk",
    wijkHead: "Wijk",
    byCategoryHeading: "Signalen per hulpvraag",
    /** Followed by a link (byCategoryLink) and a full stop. */
    byCategoryIntro: (period: string) => `Periode: ${period}. Waar de zorg vooral over ging. Welk aanbod erbij past, staat bij het`,
    byCategoryLink: "ondersteuningsaanbod",
    byCategoryChart: "Signalen uit deze periode per hulpvraag",
    byCategoryCaption: "Tabel: signalen uit deze periode per hulpvraag",
    categoryHead: "Hulpvraag",
    voiceHeading: "De stem van de melder",
    /** period is the period's label in lower case ("laatste 12 maanden"). */
    voiceIntro: (period: string) =>
      `Na het afronden krijgt de melder (als die een e-mailadres gaf) één vraag: heeft het geholpen? Periode: signalen afgerond in ${period}. Antwoorden zijn niet gekoppeld aan de melding of de persoon.`,
    remarksHeading: "Opmerkingen van melders",
    remarksNote:
      "Alleen voor de regisseur. E-mailadressen en telefoonnummers zijn weggelaten. Deze opmerkingen komen niet in de raadsbrief of het CSV-bestand.",
    noRemarks: "Nog geen opmerkingen.",
    helped: "hielp",
    notHelped: "hielp niet",
    coverageHeading: "Dekking van het aanbod",
    coverageIntro: "Actuele activiteiten (gepubliceerd en bevestigd) per doelgroep. Een 0 is een gat in het aanbod.",
    coverageChart: "Actuele activiteiten per doelgroep",
    coverageCaption: "Tabel: actuele activiteiten per doelgroep",
    targetGroupHead: "Doelgroep",
  },
  /** /app/[gemeente]/dashboard/raadsbrief: the letter itself comes from buildCouncilReport. */
  councilLetter: {
    title: "Raadsinformatiebrief",
    downloadPdf: "Download dezelfde brief als PDF",
  },
  /** /app/[gemeente]/plan: themes, building blocks and SMART goals. */
  plan: {
    title: "Plan van aanpak",
    intro: (gemeente: string) =>
      `De negen thema's van de routekaart en de vier bouwstenen, met hoe ver ${gemeente} is. Daaronder de SMART-doelen.`,
    buildingBlocks: "Bouwstenen",
    /** group is the theme group in lower case ("organiseren"). */
    themes: (group: string) => `Thema's: ${group}`,
    statusCaption: (group: string) => `Status per onderdeel (${group})`,
    itemHead: "Onderdeel",
    statusHead: "Status",
    noteHead: "Toelichting",
    goalsHeading: "SMART-doelen",
    noGoals: "Er zijn nog geen doelen.",
    goalsCaption: "SMART-doelen met beginmeting, huidige stand, wat we willen halen, datum, voortgang en bron",
    goalHead: "Doel",
    baselineHead: "Beginmeting",
    currentHead: "Nu",
    targetHead: "Te halen",
    dateHead: "Datum",
    progressHead: "Voortgang",
    sourceHead: "Bron",
    categoryIndicator: (category: string) => `Signalen met hulpvraag ${category}`,
    unknown: "onbekend",
    addGoalHeading: "Doel toevoegen",
  },
  /** The status select of one theme (client component; {label} is the theme). */
  planStatus: {
    label: "Status van {label}",
    saved: "Opgeslagen.",
  },
  /** The note form of one theme (client component; {label} is the theme). */
  planNote: {
    label: "Toelichting bij {label}",
    save: "Opslaan",
    /** Read after "Opslaan" by screen readers only. */
    saveWhat: "toelichting bij {label}",
    saved: "Opgeslagen.",
  },
  /** The form for a new SMART goal (client component). */
  goalForm: {
    selfCounted: "{label} (telt Samenkracht zelf)",
    categoryIndicator: "Signalen met hulpvraag {category}",
    added: "Het doel is toegevoegd.",
    title: "Doel (specifiek en meetbaar)",
    indicator: "Welk cijfer meet dit doel?",
    indicatorPlaceholder: "Een cijfer dat ik zelf invul (met bron)",
    baseline: "Beginmeting",
    target: "Doel: hoeveel we willen halen",
    dueDate: "Te halen op",
    manualValue: "Huidige stand (alleen bij een eigen cijfer)",
    source: "Bron (alleen bij een eigen cijfer)",
    submit: "Doel toevoegen",
  },
  /** /app/[gemeente]/budget: the Terneuzen template, planned versus actual. */
  budget: {
    title: "Begroting",
    intro: (gemeente: string, inhabitants: string) =>
      `De voorbeeldbegroting uit het stappenplan van Terneuzen, berekend voor ${gemeente} (${inhabitants} inwoners). De centrale plek voor signalen kost € 5.000 eenmalig en € 0,12 per inwoner per jaar.`,
    assumptions:
      "Het stappenplan noemt geen bedrag voor de regisseur, de campagne en de administratie. Wij rekenen met € 80.000 per FTE regisseur, € 10.000 campagne per jaar en 0,2 FTE administratie (€ 60.000 per FTE).",
    perYearHeading: "Gepland en werkelijk per jaar",
    yearCaption: (index: number, year: number) => `Jaar ${index}: ${year}`,
    lineHead: "Post",
    plannedHead: "Gepland",
    actualHead: "Werkelijk",
    differenceHead: "Verschil",
    noteHead: "Toelichting",
    notFilledIn: "nog niet ingevuld",
    total: "Totaal",
    grandTotal: (years: number, amount: string) => `Totaal over ${years} jaar gepland: ${amount}`,
    enterHeading: "Werkelijke uitgaven invoeren",
  },
  /** The form for an actual amount (client component). */
  budgetForm: {
    saved: "Het bedrag is opgeslagen.",
    year: "Jaar",
    line: "Begrotingspost",
    linePlaceholder: "Kies een post",
    amount: "Werkelijk uitgegeven (euro)",
    note: "Toelichting",
    submit: "Bedrag opslaan",
  },
  /** /app/[gemeente]/campagnes: the campaign year plan. */
  campaigns: {
    title: "Campagnes",
    heading: (year: number) => `Campagnes ${year}`,
    intro: (gemeente: string) =>
      `Het jaarplan van de bewustwordingscampagne in ${gemeente}: één grote campagne en kleine acties per doelgroep. Noem in elke boodschap waar mensen terecht kunnen.`,
    otherYear: "Ander jaar",
    previousYear: (year: number) => `Vorig jaar (${year})`,
    nextYear: (year: number) => `Volgend jaar (${year})`,
    empty: (year: number) => `Er staat nog niets in het jaarplan van ${year}.`,
    perMonth: "Per maand",
    nothingPlanned: "Niets gepland.",
    range: (from: string, to: string) => `${from} tot en met ${to}`,
    allHeading: (count: number) => `Alle campagnes en acties (${count})`,
    when: "Wanneer",
    forWhom: "Voor wie",
    owner: "Trekker",
    edit: (title: string) => `Wijzig ${title}`,
    addHeading: "Campagne of actie toevoegen",
  },
  /** The form for one campaign or action (client component; {title} is its title). */
  campaignForm: {
    updated: "{title} is bijgewerkt.",
    created: "{title} staat in het jaarplan.",
    title: "Titel",
    kind: "Soort",
    kindPlaceholder: "Kies een soort",
    targetGroups: "Voor welke doelgroep?",
    startDate: "Begindatum",
    endDate: "Einddatum",
    status: "Stand",
    owner: "Wie trekt het?",
    description: "Korte uitleg",
    saveChanges: "Wijzigingen opslaan voor {title}",
    add: "Toevoegen aan het jaarplan",
  },
  /** The button that fills a year with the fixed moments (client component). */
  fillYear: {
    button: "Vul het jaar met vaste momenten",
    alreadyThere: "De vaste momenten van {year} staan er al in.",
    addedOne: "{count} vaste moment toegevoegd aan {year}.",
    addedMany: "{count} vaste momenten toegevoegd aan {year}.",
  },
  /** The delete button of one campaign (client component; {title} is its title). */
  deleteCampaign: {
    button: "Verwijder {title}",
    confirm: "{title} uit het jaarplan halen?",
    deleted: "{title} is uit het jaarplan gehaald.",
  },
  /** /landelijk: the comparison table (the page's title and first figures are in `national`). */
  nationalView: {
    refreshed: "Bijgewerkt:",
    refreshEvery: (minutes: number) => `Deze cijfers worden elke ${minutes} minuten opnieuw berekend.`,
    compareHeading: "Gemeenten naast elkaar",
    compareIntro:
      'Alleen aantallen. Een aantal onder de 5 tonen we als "<5", zodat niemand herkenbaar is. Signalen per 10.000 inwoners en de tijd tot oppakken gaan over de laatste 12 maanden; bij minder dan 5 signalen tonen we ze niet. De tijd tot oppakken is het middelste getal: de helft van de signalen werd sneller opgepakt, de andere helft trager.',
    caption: "Aantallen per gemeente: partners, ondernemers per stap, signalen per 10.000 inwoners en tijd tot oppakken",
    gemeenteHead: "Gemeente",
    sinceHead: "Doet mee sinds",
    partnersHead: "Partners",
    prepareHead: "Voorbereiden",
    connectHead: "Verbinden",
    persuadeHead: "Verleiden",
    retainHead: "Vasthouden",
    strengthenHead: "Versterken",
    signalsHead: "Signalen per 10.000 inwoners",
    pickupHead: "Tijd tot oppakken in uren (de helft was sneller)",
    searchLabel: "Zoek een gemeente",
    foundWith: (n: number, query: string) => `${n === 1 ? "1 gemeente gevonden" : `${num(n)} gemeenten gevonden`} met ‘${query}’. `,
    pageRange: (page: number, pages: number, from: number, to: number) =>
      `Pagina ${page} van ${pages}: gemeente ${num(from)} tot en met ${num(to)}, op alfabet.`,
    nobodyFound: "Geen gemeente gevonden met deze naam. Probeer een deel van de naam, of toon alle gemeenten.",
    showAll: "Toon alle gemeenten",
  },
};
