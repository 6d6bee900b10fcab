/**
 * Texts of the event mails (pure; Dutch, B1). Invitations go to members and entrepreneurs ("je");
 * the public agenda's confirmation goes to residents ("u"); the cancellation goes to both (no pronoun).
 */
import type { EventKind } from "@/generated/prisma/enums";
import { EVENT_KIND_LABELS } from "../schemas";

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const until = new Intl.DateTimeFormat("nl-NL", { timeStyle: "short", timeZone: "Europe/Amsterdam" });

type MailEvent = { kind: EventKind; title: string; description: string; location: string; startsAt: Date; endsAt: Date };

/** "nodigt je uit voor …": each kind as it reads in a sentence. */
const EVENT_KIND_IN_SENTENCE: Record<EventKind, string> = {
  NETWERKBIJEENKOMST: "een netwerkbijeenkomst",
  INSPIRATIESESSIE: "een inspiratiesessie",
  WERKSESSIE: "een werksessie",
  COLLEGA_OEFENING: "een collega-oefening",
  TRAINING_SIGNALEREN: "een training over het signaleren van eenzaamheid",
};

export function buildInvitationMail(input: { gemeenteName: string; name: string; event: MailEvent; link: string }) {
  const e = input.event;
  return {
    subject: `Uitnodiging: ${e.title} (${input.gemeenteName})`,
    text: [
      `Beste ${input.name},`,
      "",
      `De gemeente ${input.gemeenteName} nodigt je uit voor ${EVENT_KIND_IN_SENTENCE[e.kind]}: "${e.title}".`,
      "Samen met inwoners, ondernemers en organisaties werken we aan minder eenzaamheid.",
      "",
      `Wat: ${e.title}`,
      `Wanneer: ${when.format(e.startsAt)} tot ${until.format(e.endsAt)}`,
      `Waar: ${e.location}`,
      ...(e.description ? ["", e.description] : []),
      "",
      "Kom je? Meld je aan via je persoonlijke link. Je hebt geen account nodig.",
      "Met dezelfde link kun je je ook weer afmelden.",
      input.link,
      "",
      "Deze link is alleen voor jou: stuur hem niet door.",
      "Meedoen is vrijwillig. Deze mail komt automatisch van Samenkracht.",
    ].join("\n"),
  };
}

export function buildCancelledMail(input: { gemeenteName: string; name: string; event: MailEvent; reason: string }) {
  const e = input.event;
  return {
    subject: `Gaat niet door: ${e.title} (${input.gemeenteName})`,
    text: [
      `Beste ${input.name},`,
      "",
      `Dit e-mailadres is aangemeld voor "${e.title}" op ${when.format(e.startsAt)} in ${e.location}.`,
      "Deze bijeenkomst gaat helaas niet door.",
      ...(input.reason ? ["", `Reden: ${input.reason}`] : []),
      "",
      "Er hoeft niets te gebeuren. Deze mail komt automatisch van Samenkracht.",
    ].join("\n"),
  };
}

/** Confirmation of a registration on the public agenda, with the cancel link. */
export function buildGuestConfirmationMail(input: { gemeenteName: string; name: string; event: MailEvent; cancelLink: string }) {
  const e = input.event;
  return {
    subject: `Aangemeld: ${e.title} (${input.gemeenteName})`,
    text: [
      `Beste ${input.name},`,
      "",
      `U bent aangemeld voor ${EVENT_KIND_IN_SENTENCE[e.kind]}: "${e.title}".`,
      "",
      `Wat: ${EVENT_KIND_LABELS[e.kind]}: ${e.title}`,
      `Wanneer: ${when.format(e.startsAt)} tot ${until.format(e.endsAt)}`,
      `Waar: ${e.location}`,
      "",
      "Kunt u toch niet komen? Meld u dan af via deze link. Zo komt uw plek vrij voor iemand anders.",
      input.cancelLink,
      "",
      "Heeft u zich niet zelf aangemeld? Meld u dan af via de link. Wij bewaren uw naam en e-mailadres alleen voor deze bijeenkomst.",
      `Deze mail komt automatisch van Samenkracht, namens de gemeente ${input.gemeenteName}.`,
    ].join("\n"),
  };
}
