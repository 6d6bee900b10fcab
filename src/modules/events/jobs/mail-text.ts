/** Texts of the event mails (pure; Dutch, B1). */
import type { EventKind } from "@/generated/prisma/enums";
import { EVENT_KIND_LABELS } from "../schemas";

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const until = new Intl.DateTimeFormat("nl-NL", { timeStyle: "short", timeZone: "Europe/Amsterdam" });

type MailEvent = { kind: EventKind; title: string; description: string; location: string; startsAt: Date; endsAt: Date };

export function buildInvitationMail(input: { gemeenteName: string; name: string; event: MailEvent; link: string }) {
  const e = input.event;
  return {
    subject: `Uitnodiging: ${e.title} (${input.gemeenteName})`,
    text: [
      `Beste ${input.name},`,
      "",
      `De gemeente ${input.gemeenteName} nodigt u uit voor een ${EVENT_KIND_LABELS[e.kind].toLowerCase()} over de aanpak van eenzaamheid.`,
      "",
      `Wat: ${e.title}`,
      `Wanneer: ${when.format(e.startsAt)} tot ${until.format(e.endsAt)}`,
      `Waar: ${e.location}`,
      ...(e.description ? ["", e.description] : []),
      "",
      "Komt u? Meld u aan via deze link:",
      input.link,
      "",
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
      `U had zich aangemeld voor "${e.title}" op ${when.format(e.startsAt)} in ${e.location}.`,
      "Deze bijeenkomst gaat helaas niet door.",
      ...(input.reason ? ["", `Reden: ${input.reason}`] : []),
      "",
      "U hoeft niets te doen. Deze mail komt automatisch van Samenkracht.",
    ].join("\n"),
  };
}
