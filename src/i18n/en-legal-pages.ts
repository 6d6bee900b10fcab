/** English for the `legalPages` section (nl-legal-pages.ts); the type makes a missing or extra key an error. */
import type { legalPages as Nl } from "./nl-legal-pages";

export const legalPages: typeof Nl = {
  logoAlt: (gemeente: string) => `Logo of ${gemeente}`,
  offerCard: {
    stale: "Not confirmed in time: not on the public page.",
    provider: "Provider",
    forWhom: "For whom",
    fits: "Suits",
    wijk: "Neighbourhood",
    where: "Where",
    when: "When",
    join: "How to join",
    cost: "Cost",
    accessible: "Accessible",
    and: (first: string, last: string) => `${first} and ${last}`,
    fromTo: (from: string, to: string) => `${from} to ${to}`,
    from: (from: string) => `from ${from}`,
  },
  header: {
    myAccount: "My account",
  },
  footer: {
    privacy: "Privacy statement",
    accessibility: "Accessibility",
    security: "Report security problems",
  },
  privacy: {
    title: "Privacy statement",
    intro:
      "Samenkracht helps municipalities, organisations and entrepreneurs tackle loneliness together. This page explains which data we keep, why, and what rights everyone has.",
    whoHeading: "Who is responsible?",
    whoText:
      "Each municipality is itself responsible for the data in its part of Samenkracht. Questions about personal data go to the municipality concerned. The platform's administrator processes the data only on behalf of the municipalities.",
    whatHeading: "Which data do we keep?",
    accountLabel: "Accounts:",
    accountText:
      "the name, the e-mail address and the role in a municipality. Logging in works with a link in the e-mail; we keep no password.",
    organisationsLabel: "Entrepreneurs and organisations:",
    organisationsText:
      "the name, the address and the contact person of the organisation, and what it does in the coalition. The public list never shows anything personal: no names of people, no e-mail, no phone.",
    signalsLabel: "Worries about a resident (signals):",
    signalsText:
      "what someone has seen and, if they know it, the name, the neighbourhood and the phone number or address of the resident. This data is stored encrypted. Only the people at the municipality who pick up the signal can read it. Whoever passed on the worry only sees whether the signal has been received and picked up.",
    eventsLabel: "Registrations for activities:",
    eventsText: "name and e-mail address, to confirm the registration.",
    howLongHeading: "How long do we keep it?",
    howLong: [
      "A completed signal: the personal data is removed after 12 months (the municipality can set a shorter period).",
      "A cancelled signal: after 3 months.",
      "A signal nobody is working on any more: after 24 months, after the municipality first gets a warning.",
      "An account: until its owner deletes it or the municipality removes the role.",
    ],
    leftOver: "What remains are only numbers. Nobody can be recognised in them.",
    cookiesHeading: "Cookies",
    cookiesText:
      "We only use cookies that are needed to log in and to remember the language choice. We use no cookies to follow people and no advertisements.",
    rightsHeading: "Rights",
    rightsIntro: "Everyone may always:",
    rights: [
      "ask which data we have about them;",
      "ask for something to be corrected or deleted;",
      "ask for that data to be used less (restriction).",
    ],
    accountBefore: "An account? At",
    accountLink: "My account",
    accountAfter:
      "one's own data can be downloaded and the account deleted. Is it about worries someone passed on about someone else? Then contact the municipality. Disagree with how we handle data? Then a complaint can go to the",
    authority: "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)",
  },
  accessibility: {
    title: "Accessibility statement",
    intro:
      "Everyone should be able to use Samenkracht, including people with a disability. That is why we build it to the WCAG 2.1 guidelines, level AA.",
    statusHeading: "Where do things stand?",
    statusBefore: "Samenkracht",
    statusStrong: "partially",
    statusAfter: "meets the guidelines. No independent agency has audited it yet. We do check it ourselves:",
    checks: [
      "With every change we test the pages automatically with the tool axe.",
      "We test the most important forms with the keyboard only and on a small phone.",
      "Texts and buttons have enough contrast, also in the colours of each municipality.",
      "Forms also work when JavaScript has not loaded yet.",
    ],
    knownHeading: "What does not work well yet?",
    known: [
      "The PDF reports for the municipal council are not yet fully accessible to screen readers.",
      "The board with steps for entrepreneurs is harder to use with the keyboard than the list. Use the list instead.",
      "Not all pages have been translated into English.",
    ],
    reportHeading: "Run into a problem?",
    reportText:
      "Let us know via the municipality. Say which page it was on and what went wrong. We try to fix it within five working days or to offer another solution.",
    updated: "This statement was last updated on 5 December 2026.",
  },
};
