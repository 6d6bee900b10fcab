/** The accounthouder's e-mail digest of relations due for contact (pure: builds the text). */
import { STEP_LABELS } from "./labels";
import type { PipelineStep } from "@/generated/prisma/enums";

export type DigestRelation = { id: string; name: string; step: string; weeksWithoutContact: number | null };

export function buildDueDigestMail(input: {
  gemeenteName: string;
  gemeenteSlug: string;
  holderName: string;
  dueWeeks: number;
  relations: DigestRelation[];
  baseUrl: string;
}): { subject: string; text: string } {
  const n = input.relations.length;
  const subject = `${n === 1 ? "1 ondernemer wacht" : `${n} ondernemers wachten`} op contact (${input.gemeenteName})`;
  const lines = input.relations.map((r) => {
    const since = r.weeksWithoutContact === null ? "nog geen contact vastgelegd" : `${r.weeksWithoutContact} weken geen contact`;
    const step = STEP_LABELS[r.step as PipelineStep] ?? r.step;
    return `- ${r.name} (${step}): ${since}\n  ${input.baseUrl}/app/${input.gemeenteSlug}/ondernemers/${r.id}`;
  });
  const text = [
    `Beste ${input.holderName},`,
    "",
    `Je bent accounthouder van ondernemers in ${input.gemeenteName}. Met deze ondernemers had je ${input.dueWeeks} weken of langer geen contact:`,
    "",
    ...lines,
    "",
    "Blijf aandacht geven: bel even, ga langs of vier samen een mijlpaal. Leg het contact daarna vast in Samenkracht.",
    "",
    "Deze mail komt automatisch van Samenkracht.",
  ].join("\n");
  return { subject, text };
}
