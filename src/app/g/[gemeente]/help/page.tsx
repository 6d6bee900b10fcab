import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { FAQ, FAQ_INTRO } from "@/modules/selfservice/faq";
import { SIGNAALKAART_LINES, SIGNAALKAART_LINES_HEADING } from "@/modules/selfservice/signaalkaart-text";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.publicEntrepreneurPages.help.metaTitle };
}

/** The FAQ for entrepreneurs about worries about customers, in plain Dutch. Public. */
export default async function HelpPage({ params }: Props) {
  const { gemeente } = await params;
  const g = (await publicTenantOrNotFound(gemeente)).gemeente;
  const { t } = await getT();
  const T = t.publicEntrepreneurPages.help;
  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{g.name}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{T.title}</h1>
        <p className="mt-4 text-lg">{FAQ_INTRO}</p>
        <nav aria-labelledby="inhoud" className="mt-6">
          <h2 id="inhoud" className="text-xl font-bold">
            {T.questions}
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
            {T.cardHeading}
          </h2>
          <p className="mt-2 text-lg">
            {T.cardVia}{" "}
            <Link className="underline" href={`/g/${g.slug}/zorgen`}>
              {T.cardFormLink(g.name)}
            </Link>
            . {SIGNAALKAART_LINES_HEADING}:
          </p>
          <ol className="mt-2 list-decimal pl-6 text-lg">
            {SIGNAALKAART_LINES.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <p className="mt-3 text-lg">{T.cardPrint}</p>
          <ul className="mt-2 list-disc pl-6 text-lg">
            <li>
              <a className="underline" href={`/g/${g.slug}/signaalkaart?formaat=a5`}>
                {T.cardA5}
              </a>
            </li>
            <li>
              <a className="underline" href={`/g/${g.slug}/signaalkaart?formaat=a4`}>
                {T.posterA4}
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
            {T.backTo(g.name)}
          </Link>
          {" · "}
          <Link className="underline" href="/ondernemer">
            {T.joinAsEntrepreneur}
          </Link>
        </p>
        <p className="mt-4 text-sm">{T.source}</p>
      </div>
    </PublicPage>
  );
}
