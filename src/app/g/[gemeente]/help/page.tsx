import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { FAQ, FAQ_INTRO } from "@/modules/selfservice/faq";
import { SIGNAALKAART_LINES, SIGNAALKAART_LINES_HEADING } from "@/modules/selfservice/signaalkaart-text";

type Props = { params: Promise<{ gemeente: string }> };

export const metadata: Metadata = { title: "Zorgen om een klant: vragen en antwoorden" };

/** The FAQ for entrepreneurs about worries about customers, in plain Dutch. Public. */
export default async function HelpPage({ params }: Props) {
  const { gemeente } = await params;
  const g = (await publicTenantOrNotFound(gemeente)).gemeente;
  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{g.name}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">Zorgen om een klant? Vragen en antwoorden</h1>
        <p className="mt-4 text-lg">{FAQ_INTRO}</p>
        <nav aria-labelledby="inhoud" className="mt-6">
          <h2 id="inhoud" className="text-xl font-bold">
            Vragen
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {FAQ.map((f) => (
              <li key={f.id}>
                <a className="underline" href={`#${f.id}`}>
                  {f.question}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="signaalkaart" className="mt-8 rounded border border-line bg-white p-4">
          <h2 id="signaalkaart" className="text-2xl font-bold">
            Signaalkaart: waar geef je zorgen door?
          </h2>
          <p className="mt-2 text-lg">
            Geef je zorgen door via{" "}
            <Link className="underline" href={`/g/${g.slug}/zorgen`}>
              het formulier van {g.name}
            </Link>
            . {SIGNAALKAART_LINES_HEADING}:
          </p>
          <ol className="mt-2 list-decimal pl-6 text-lg">
            {SIGNAALKAART_LINES.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <p className="mt-3 text-lg">
            Print de kaart voor de balie of hang de poster op. Met de QR-code komen mensen meteen bij het formulier.
          </p>
          <ul className="mt-2 list-disc pl-6 text-lg">
            <li>
              <a className="underline" href={`/g/${g.slug}/signaalkaart?formaat=a5`}>
                Signaalkaart, A5 (PDF)
              </a>
            </li>
            <li>
              <a className="underline" href={`/g/${g.slug}/signaalkaart?formaat=a4`}>
                Poster, A4 (PDF)
              </a>
            </li>
          </ul>
        </section>
        {FAQ.map((f) => (
          <section key={f.id} id={f.id} aria-labelledby={`${f.id}-vraag`} className="mt-8">
            <h2 id={`${f.id}-vraag`} className="text-2xl font-bold">
              {f.question}
            </h2>
            {f.answer.map((line) => (
              <p key={line} className="mt-2 text-lg">
                {line}
              </p>
            ))}
          </section>
        ))}
        <p className="mt-10">
          <Link className="underline" href={`/g/${g.slug}`}>
            Terug naar {g.name}
          </Link>
          {" · "}
          <Link className="underline" href="/ondernemer">
            Meedoen als ondernemer
          </Link>
        </p>
        <p className="mt-4 text-sm">Bron: Veelgestelde vragen, ministerie van VWS, januari 2025. In eenvoudige taal herschreven.</p>
      </div>
    </PublicPage>
  );
}
