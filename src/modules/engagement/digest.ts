/** The accounthouder's e-mail digest of relations due for contact (pure: builds the text). */
import { STEP_LABELS } from "./labels";
import type { PipelineStep } from "@/generated/prisma/enums";
import { formatDate } from "@/lib/text/dates";

export type DigestRelation = { id: string; name: string; step: string; weeksWithoutContact: number | null };
/** An open next action ("Mijn acties") of the accounthouder. */
export type DigestAction = { vestigingId: string; vestigingName: string; action: string; date: Date | null; overdue: boolean };

const day = (d: Date) => formatDate(d);

export function buildDueDigestMail(input: {
  gemeenteName: string;
  gemeenteSlug: string;
  holderName: string;
  dueWeeks: number;
  relations: DigestRelation[];
  /** Open next actions: overdue, due this week or without a date (overdue first). */
  actions?: DigestAction[];
  baseUrl: string;
}): { subject: string; text: string } {
  const n = input.relations.length;
  const actions = input.actions ?? [];
  const a = actions.length;
  const actionsPart = `${a === 1 ? "1 actie staat" : `${a} acties staan`} klaar`;
  const subject = n
    ? `${n === 1 ? "1 ondernemer wacht" : `${n} ondernemers wachten`} op contact${a ? `, ${actionsPart}` : ""} (${input.gemeenteName})`
    : `${actionsPart} (${input.gemeenteName})`;
  const lines = input.relations.map((r) => {
    const since = r.weeksWithoutContact === null ? "nog geen contact vastgelegd" : `${r.weeksWithoutContact} weken geen contact`;
    const step = STEP_LABELS[r.step as PipelineStep] ?? r.step;
    return `- ${r.name} (${step}): ${since}\n  ${input.baseUrl}/app/${input.gemeenteSlug}/ondernemers/${r.id}`;
  });
  const actionLines = actions.map(
    (x) =>
      `- ${x.date ? day(x.date) : "zonder datum"}${x.overdue ? " (te laat)" : ""} — ${x.vestigingName}: ${x.action}\n  ${input.baseUrl}/app/${input.gemeenteSlug}/ondernemers/${x.vestigingId}`,
  );
  const text = [
    `Beste ${input.holderName},`,
    "",
    ...(n
      ? [
          `Je bent de vaste contactpersoon van ondernemers in ${input.gemeenteName}. Met deze ondernemers had je ${input.dueWeeks} weken of langer geen contact:`,
          "",
          ...lines,
          "",
          "Blijf aandacht geven: bel even, ga langs of vier samen een mijlpaal. Leg het contact daarna vast in Samenkracht.",
          "",
        ]
      : []),
    ...(a
      ? [
          "Mijn acties — wat je hebt afgesproken (te laat eerst):",
          "",
          ...actionLines,
          "",
          `Klaar? Zet de actie op gedaan in Samenkracht: ${input.baseUrl}/app/${input.gemeenteSlug}#mijn-acties`,
          "",
        ]
      : []),
    "Deze mail komt automatisch van Samenkracht.",
  ].join("\n");
  return { subject, text };
}
