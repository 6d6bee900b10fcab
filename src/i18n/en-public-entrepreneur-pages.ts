/** English for the `publicEntrepreneurPages` section (nl-public-entrepreneur-pages.ts); the type makes a missing or extra key an error. */
import type { publicEntrepreneurPages as Nl } from "./nl-public-entrepreneur-pages";

export const publicEntrepreneurPages: typeof Nl = {
  help: {
    metaTitle: "Worried about a customer: questions and answers",
    title: "Worried about a customer? Questions and answers",
    questions: "Questions",
    cardHeading: "Signal card: passing on worries",
    cardVia: "Worries can be passed on via",
    cardFormLink: (gemeente: string) => `the form of ${gemeente}`,
    cardPrint: "Print the card for the counter or put up the poster. With the QR code, people go straight to the form.",
    cardA5: "Signal card, A5 (PDF)",
    posterA4: "Poster, A4 (PDF)",
    backTo: (gemeente: string) => `Back to ${gemeente}`,
    joinAsEntrepreneur: "Take part as an entrepreneur",
    source: "Source: Frequently asked questions, Ministry of Health, Welfare and Sport (VWS), January 2025. Rewritten in plain language.",
  },
  invitation: {
    metaTitle: (gemeente: string) => `Invitation from the municipality of ${gemeente}`,
    errors: {
      vol: "This meeting is full. Registration is no longer possible. Still keen to come? Then contact the municipality.",
      afgelast: "This meeting will not take place. Registration is no longer possible.",
      voorbij: "This meeting is already over.",
      link: "This link is not correct. Use the link from the e-mail.",
    },
    thanksRegistered: "Thank you. The registration has been made. See you then!",
    unregistered: "The registration has been cancelled. A pity it does not work out.",
    title: "Invitation",
    expired: "This link has expired: the meeting is over.",
    invalid: "This link is not correct. Use the link from the e-mail, or ask the municipality for a new invitation.",
    dear: (name: string) => `Dear ${name},`,
    invited: "A personal invitation to this meeting. No account is needed.",
    timeRange: (from: string, to: string) => `${from} to ${to}`,
    cancelled: "This meeting will not take place.",
    past: "This meeting has already taken place.",
    registered: "Registered for this meeting.",
    full: "This meeting is full.",
    notRegistered: "Not yet registered for this meeting.",
    unregister: "I can't come after all: cancel",
    register: "I'm coming: register",
    personal: "This link is personal. Cancelling later is possible with the same link.",
  },
};
