import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { requireActor } from "@/server/session";
import { platformDb } from "@/lib/db/tenant";
import { JoinForm, RegisterForm } from "@/modules/selfservice/components/forms";
import { joinTexts } from "@/modules/selfservice/components/join-texts";
import { getT } from "@/i18n/server";

export const metadata: Metadata = { title: "Voor ondernemers" };

/**
 * The entrepreneur's entrance, independent of a gemeente: create or claim the organisation's profile
 * (before any membership exists) and join one or more gemeenten's coalitions.
 */
export default async function OndernemerPage() {
  const actor = await requireActor("/ondernemer");
  const gemeenten = await platformDb().gemeente.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
  const mine = actor.memberships.filter((m) => m.role === "ONDERNEMER");
  const joined = new Set(mine.map((m) => m.gemeenteSlug));
  const { t } = await getT();
  return (
    <PublicPage showLogin={false}>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold sm:text-4xl">Meedoen als ondernemer</h1>
        <p className="mt-2 text-lg">Je doet vrijwillig mee. Je kiest zelf in welke gemeenten. Je kunt altijd pauzeren of stoppen.</p>

        {mine.length ? (
          <section aria-labelledby="mijn" className="mt-8">
            <h2 id="mijn" className="text-2xl font-bold">
              Hier doe je mee
            </h2>
            <ul className="mt-4 list-disc pl-6">
              {mine.map((m) => (
                <li key={m.gemeenteId}>
                  <Link className="underline" href={`/app/${m.gemeenteSlug}/mijn-organisatie`}>
                    {m.gemeenteName}: mijn organisatie
                  </Link>
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <a className="underline" href="/ondernemer/gegevens" download>
                Download alles wat we over jou bewaren (JSON)
              </a>
            </p>
          </section>
        ) : null}

        {mine.length ? (
          <section aria-labelledby="meedoen" className="mt-8">
            <h2 id="meedoen" className="text-2xl font-bold">
              Meedoen in een gemeente
            </h2>
            <JoinForm gemeenten={gemeenten.filter((g) => !joined.has(g.slug))} askSector texts={joinTexts(t.entrepreneur.join)} />
          </section>
        ) : null}

        <section aria-labelledby="profiel" className="mt-8">
          <h2 id="profiel" className="text-2xl font-bold">
            {mine.length ? "Nog een organisatie toevoegen" : "Het profiel van je organisatie"}
          </h2>
          <p className="mt-2">
            Kent de gemeente je organisatie al? Dan vragen we de gemeente om te bevestigen dat jij erbij hoort. Past je e-mailadres bij de
            website van de organisatie? Dan gaat het meteen.
          </p>
          <RegisterForm gemeenten={gemeenten.filter((g) => !actor.memberships.some((m) => m.gemeenteSlug === g.slug))} />
        </section>
      </div>
    </PublicPage>
  );
}
