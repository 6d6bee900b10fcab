import type { Metadata } from "next";
import Link from "next/link";
import { loadShell } from "@/components/shell/load-shell";
import { requireTenant } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { FAQ } from "@/modules/selfservice/faq";
import { myWorries } from "@/modules/selfservice/server/pass-on-worry";
import { WorryForm } from "@/modules/selfservice/components/worry-form";
import { passOnWorryFormAction } from "@/modules/selfservice/actions";
import { listWijken } from "@/modules/gemeenten/server/wijken";

export const metadata: Metadata = { title: "Zorgen doorgeven" };

type Props = { params: Promise<{ gemeente: string }> };

const STATUS_LABELS: Record<string, string> = { ONTVANGEN: "Ontvangen", OPGEPAKT: "Opgepakt", AFGESLOTEN: "Opgepakt en afgerond" };
const GUIDANCE = ["goed-zien", "toestemming", "relatie", "geen-gegevens", "wat-gebeurt"];

/** "Zorgen doorgeven": the form, the FAQ's guidance beside it, and only the status of earlier worries. */
export default async function ZorgenPage({ params }: Props) {
  const { gemeente } = await params;
  const shell = await loadShell(gemeente);
  if (shell.kind !== "ok") return null;
  let ctx;
  try {
    ctx = await requireTenant(shell.actor, { slug: gemeente }, "organisation:self");
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return <p className="text-lg">{error.message}</p>;
    throw error;
  }
  const [worries, wijken] = await Promise.all([myWorries(ctx), listWijken(ctx)]);
  return (
    <>
      <h1 className="text-3xl font-bold">Zorgen doorgeven</h1>
      <p className="mt-2 max-w-3xl text-lg">Maak je je zorgen om een klant? Geef het door aan de gemeente {ctx.gemeente.name}. Het kost een paar minuten.</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="formulier">
          <h2 id="formulier" className="text-2xl font-bold">Je zorgen</h2>
          <WorryForm action={passOnWorryFormAction.bind(null, ctx.gemeente.slug)} wijken={wijken} />
        </section>
        <aside aria-labelledby="goed-om-te-weten" className="rounded border border-line p-4">
          <h2 id="goed-om-te-weten" className="text-2xl font-bold">Goed om te weten</h2>
          <ul className="mt-2 list-disc pl-6">
            <li>Je hoeft niet te weten of het eenzaamheid is.</li>
            <li>Je hoeft de klant niet om toestemming te vragen.</li>
            <li>De klant hoort niet wie de zorgen heeft doorgegeven.</li>
            <li>Liever niet doorgeven? Geef de klant dan een kaartje met de contactgegevens van de welzijnsorganisatie.</li>
          </ul>
          {FAQ.filter((f) => GUIDANCE.includes(f.id)).map((f) => (
            <details key={f.id} className="mt-3">
              <summary className="cursor-pointer font-semibold">{f.question}</summary>
              {f.answer.map((line) => <p key={line} className="mt-1">{line}</p>)}
            </details>
          ))}
          <p className="mt-3"><Link className="underline" href={`/g/${ctx.gemeente.slug}/help`}>Alle vragen en antwoorden</Link></p>
        </aside>
      </div>
      <section aria-labelledby="eerder" className="mt-8">
        <h2 id="eerder" className="text-2xl font-bold">Eerder doorgegeven</h2>
        <p className="mt-2">Je ziet alleen of je zorgen zijn ontvangen en opgepakt. Wat er met de klant gebeurt, blijft privé.</p>
        {worries.length ? (
          <ul className="mt-4 grid gap-2">
            {worries.map((w) => (
              <li key={w.id}>
                {w.createdAt.toLocaleDateString("nl-NL")}: <strong>{STATUS_LABELS[w.status] ?? w.status}</strong>
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
