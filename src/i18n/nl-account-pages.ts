/** Part of the Dutch catalogue (nl.ts, which assembles it): the `accountPages` section. */
/** Signing in and the own account (/inloggen/**, /account): staff and entrepreneurs, both "je"; no jargon. */
export const accountPages = {
  /** /inloggen */
  login: {
    title: "Inloggen",
    intro:
      "Werk je bij de gemeente of een organisatie in de coalitie? Log in met je wachtwoord. Heb je geen wachtwoord? Vraag dan een link aan. Die sturen we naar je e-mail.",
  },
  /** The two login forms (client component). */
  loginForms: {
    errorPrefix: "Fout: ",
    passwordHeading: "Inloggen met wachtwoord",
    email: "E-mailadres",
    password: "Wachtwoord",
    code: "Inlogcode (als je die gebruikt)",
    codeHint: "De 6 cijfers uit je app. Gebruik je geen inlogcode? Laat dit veld dan leeg.",
    signingIn: "Bezig met inloggen…",
    signIn: "Inloggen",
    linkHeading: "Inloggen met een link per e-mail",
    linkIntro: "Voor ondernemers en iedereen zonder wachtwoord. We sturen je een e-mail met een link. Met die link log je in.",
    sendFailed: "Het versturen van de e-mail is niet gelukt. Probeer het over een paar minuten opnieuw.",
    sending: "Bezig met versturen…",
    sendLink: "Stuur mij een link",
    newEntrepreneur: "Nieuw als ondernemer?",
    signUp: "Meld je aan",
  },
  /** "Inloggen via je gemeente" (client component; {gemeente} and {domains} are filled in there). */
  gemeenteSignIn: {
    heading: "Inloggen via je gemeente",
    intro: "Werk je bij een van deze gemeenten? Log dan in met het account van je werk.",
    failed: "Inloggen via je gemeente lukt nu niet. Probeer het over een paar minuten opnieuw.",
    busy: "Bezig…",
    via: "Inloggen via {gemeente}",
    domains: "Voor e-mailadressen op {domains}",
  },
  /** /inloggen/controleer-je-email */
  checkEmail: {
    title: "Controleer je e-mail",
    intro: "Is je e-mailadres bij ons bekend? Dan hebben we je een e-mail gestuurd met een link om in te loggen.",
    click: "Klik op de link in de e-mail. Dan ben je ingelogd.",
    valid: "De link werkt 30 minuten. Je kunt hem één keer gebruiken.",
    spam: "Geen e-mail gekregen? Kijk ook bij je ongewenste e-mail (spam).",
    newLink: "Vraag een nieuwe link aan",
  },
  /** /account */
  account: {
    title: "Mijn account",
    back: "Terug naar Samenkracht",
    name: "Naam",
    email: "E-mailadres",
    roles: "Rollen",
    roleIn: (role: string, gemeente: string) => `${role} in ${gemeente}`,
    workHeading: "Functie en contactgegevens",
    workIntro: "Deze komen onder de mails die je vanuit Samenkracht stuurt.",
    codeHeading: "Inlogcode",
    signalMailHeading: "E-mail over signalen",
    signalMailIntro: "Kies per gemeente: een e-mail bij elk signaal dat aan je wordt toegewezen, of één overzicht per dag.",
    signalMailIn: (gemeente: string) => `E-mail over signalen in ${gemeente}`,
    everywhereHeading: "Overal uitloggen",
    everywhereIntro: "Ben je ergens ingelogd gebleven, bijvoorbeeld op een computer van een ander? Log dan overal uit.",
  },
  /** "Functie en contactgegevens" form (client component). */
  workDetails: {
    label: "Functie en contactgegevens",
    saved: "Je functie en contactgegevens zijn opgeslagen.",
    jobTitle: "Functie",
    jobTitleHint: "Bijvoorbeeld: Beleidsmedewerker sociaal domein.",
    contact: "Contactgegevens voor je mails",
    contactHint: "Telefoon en e-mail zoals ze onder je mails komen te staan.",
    busy: "Bezig…",
    save: "Opslaan",
  },
  /** Switching on the login code (client component; {key} is filled in there). */
  totp: {
    on: "De inlogcode staat aan.",
    loggedOut: "Je bent op alle apparaten uitgelogd. Log opnieuw in met je wachtwoord en de code uit je app.",
    why: "Met een inlogcode is je account beter beveiligd. Je hebt dan een app nodig die codes maakt, zoals een authenticator-app.",
    setUp: "Inlogcode instellen",
    step1: "Stap 1. Scan deze QR-code met je app. Of voeg in je app een account toe met de sleutel eronder.",
    qrAlt: "QR-code om de inlogcode in je app toe te voegen",
    keyLabel: "Sleutel: {key}",
    step2: "Stap 2. Vul de code van 6 cijfers in die je app nu laat zien.",
    code: "Code uit je app",
    switchOn: "Inlogcode aanzetten",
  },
  /** "Overal uitloggen" button (client component). */
  logOutEverywhere: {
    busy: "Bezig…",
    button: "Overal uitloggen",
  },
  /** "Uitloggen" button in the headers (client component). */
  logout: {
    busy: "Bezig met uitloggen…",
    button: "Uitloggen",
  },
  /** The entrepreneur's sign-up form (client component). */
  signUp: {
    sendFailed: "Het versturen van de e-mail is niet gelukt. Probeer het over een paar minuten opnieuw.",
    /** Shown when the form was sent without JavaScript: the account is made, the login link is asked for on the login page. */
    created: "Je account is gemaakt. Vraag op de inlogpagina een link aan om in te loggen.",
    name: "Je naam",
    email: "E-mailadres",
    emailHint: "We sturen je een link. Daarmee log je in, zonder wachtwoord.",
    busy: "Bezig…",
    submit: "Aanmelden",
  },
  /** Changing a member's role (client component; {name} is filled in there). */
  roleForm: {
    changed: "Rol aangepast. Deze persoon moet opnieuw inloggen.",
    roleOf: "Rol van {name}",
    save: "Opslaan",
    saveWhat: "(rol van {name})",
  },
};
