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

const STATUS_LABELS: Record<string, string> = { ONTVANGEN: "Ontvangen", OPGEPAKT: "Opgepakt", AFGESLOTEN: "Opgepakt en afgerond" };
const GUIDANCE = ["goed-zien", "toestemming", "relatie", "geen-gegevens", "wat-gebeurt"];
const TITLE = "Zorgen doorgeven";

export async function WorryPage({ gemeente }: { gemeente: string }) {
  const page = await pageContext(gemeente, TITLE, "signals:create");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  if (!WORRY_SOURCE_BY_ROLE[ctx.role]) {
    return (
      <Refusal
        title={TITLE}
        message="Je hebt geen toestemming voor deze pagina. Zorgen doorgeven is voor ondernemers en coalitiepartners. Zorgen van inwoners voer je in bij Signalen."
      />
    );
  }
  const partner = ctx.role === "PARTNER";
  const person = partner ? "inwoner" : "klant";
  const [worries, wijken] = await Promise.all([myWorries(ctx), listWijken(ctx)]);
  const dateFmt = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });
  return (
    <>
      <h1 className="text-3xl font-bold">{TITLE}</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Maak je je zorgen om een {person}? Geef het door aan de gemeente {ctx.gemeente.name}. Het kost een paar minuten.
      </p>
      <p className="mt-2 max-w-3xl font-semibold">Is er direct gevaar? Bel dan 112.</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="formulier">
          <h2 id="formulier" className="text-2xl font-bold">
            Je zorgen
          </h2>
          <WorryForm action={passOnWorryFormAction.bind(null, ctx.gemeente.slug)} wijken={wijken} person={person} />
        </section>
        <aside aria-labelledby="goed-om-te-weten" className="rounded border border-line p-4">
          <h2 id="goed-om-te-weten" className="text-2xl font-bold">
            Goed om te weten
          </h2>
          <ul className="mt-2 list-disc pl-6">
            <li>Je hoeft niet te weten of het eenzaamheid is.</li>
            <li>Je hoeft de {person} niet om toestemming te vragen.</li>
            <li>De {person} hoort niet wie de zorgen heeft doorgegeven.</li>
            {partner ? null : (
              <li>Liever niet doorgeven? Geef de klant dan een kaartje met de contactgegevens van de welzijnsorganisatie.</li>
            )}
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
              Alle vragen en antwoorden
            </Link>
          </p>
        </aside>
      </div>
      <section aria-labelledby="mijn-zorgen" className="mt-8">
        <h2 id="mijn-zorgen" className="text-2xl font-bold">
          Mijn zorgen
        </h2>
        <p className="mt-2">Je ziet alleen of je zorgen zijn ontvangen en opgepakt. Wat er met de {person} gebeurt, blijft privé.</p>
        {worries.length ? (
          <ul className="mt-4 grid gap-2" data-testid="mijn-zorgen">
            {worries.map((w) => (
              <li key={w.id}>
                Doorgegeven op {dateFmt.format(w.createdAt)}: <strong>{STATUS_LABELS[w.status] ?? w.status}</strong>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4">Je hebt nog geen zorgen doorgegeven.</p>
        )}
      </section>
    </>
  );
}
