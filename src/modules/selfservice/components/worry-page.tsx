/**
 * "Zorgen doorgeven" for an entrepreneur or a coalition partner (server component): the form, the
 * FAQ's guidance beside it, and "Mijn zorgen" — only the status of the worries this person passed on
 * (the reporter columns of src/modules/signals/visibility.ts), never what happens with the resident.
 * Rendered by /app/[gemeente]/zorgen (in the navigation of both roles) and /mijn-organisatie/zorgen.
 */
import Link from "next/link";
import { pageContext, Refusal } from "@/components/shell/page-context";
import { FAQ } from "@/modules/selfservice/faq";
import { myWorries, WORRY_SOURCE_BY_ROLE } from "@/modules/selfservice/server/pass-on-worry";
import { WorryForm } from "@/modules/selfservice/components/worry-form";
import { passOnWorryFormAction } from "@/modules/selfservice/actions";
import { listWijken } from "@/modules/gemeenten/server";
import { getT } from "@/i18n/server";
import { formatLongDate } from "@/lib/text/dates";

const GUIDANCE = ["goed-zien", "toestemming", "relatie", "geen-gegevens", "wat-gebeurt"];

export async function WorryPage({ gemeente }: { gemeente: string }) {
  const { t } = await getT();
  const x = t.selfServicePages.worries;
  const page = await pageContext(gemeente, x.title, "signals:create");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  if (!WORRY_SOURCE_BY_ROLE[ctx.role]) {
    return <Refusal title={x.title} message={x.refusal} />;
  }
  const partner = ctx.role === "PARTNER";
  const person = partner ? x.resident : x.customer;
  const statusLabels: Record<string, string> = x.status;
  const [worries, wijken] = await Promise.all([myWorries(ctx), listWijken(ctx)]);
  return (
    <>
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(person, ctx.gemeente.name)}</p>
      <p className="mt-2 max-w-3xl font-semibold">{x.danger}</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="formulier">
          <h2 id="formulier" className="text-2xl font-bold">
            {x.formHeading}
          </h2>
          <WorryForm
            action={passOnWorryFormAction.bind(null, ctx.gemeente.slug)}
            wijken={wijken}
            person={person}
            texts={t.selfServicePages.worryForm}
          />
        </section>
        <aside aria-labelledby="goed-om-te-weten" className="rounded border border-line p-4">
          <h2 id="goed-om-te-weten" className="text-2xl font-bold">
            {x.goodToKnow}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            <li>{x.noNeedToKnow}</li>
            <li>{x.noConsent(person)}</li>
            <li>{x.anonymous(person)}</li>
            {partner ? null : <li>{x.ratherNot}</li>}
          </ul>
          {FAQ.filter((f) => GUIDANCE.includes(f.id)).map((f) => (
            <details key={f.id} className="mt-3">
              <summary className="cursor-pointer font-semibold">{f.question}</summary>
              {f.answer.map((line) => (
                <p key={line} className="mt-1">
                  {line}
                </p>
              ))}
            </details>
          ))}
          <p className="mt-3">
            <Link className="underline" href={`/g/${ctx.gemeente.slug}/help`}>
              {x.allQuestions}
            </Link>
          </p>
        </aside>
      </div>
      <section aria-labelledby="mijn-zorgen" className="mt-8">
        <h2 id="mijn-zorgen" className="text-2xl font-bold">
          {x.mineHeading}
        </h2>
        <p className="mt-2">{x.mineIntro(person)}</p>
        {worries.length ? (
          <ul className="mt-4 grid gap-2" data-testid="mijn-zorgen">
            {worries.map((w) => (
              <li key={w.id}>
                {x.passedOn(formatLongDate(w.createdAt))} <strong>{statusLabels[w.status] ?? w.status}</strong>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4">{x.none}</p>
        )}
      </section>
    </>
  );
}
