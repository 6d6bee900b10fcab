import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { requireActor } from "@/server/session";
import { JoinForm, RegisterForm } from "@/modules/selfservice/components/forms";
import { joinCoalitionAction, registerOrganisationAction } from "@/modules/selfservice/actions";
import { joinTexts } from "@/modules/selfservice/components/join-texts";
import { getT } from "@/i18n/server";
import { listGemeenten } from "@/modules/gemeenten/server/directory";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.selfServicePages.entrance.title };
}

/**
 * The entrepreneur's entrance, independent of a gemeente: create or claim the organisation's profile
 * (before any membership exists) and join one or more gemeenten's coalitions.
 */
export default async function OndernemerPage() {
  const actor = await requireActor("/ondernemer");
  const gemeenten = await listGemeenten();
  const mine = actor.memberships.filter((m) => m.role === "ONDERNEMER");
  const joined = new Set(mine.map((m) => m.gemeenteSlug));
  const { t } = await getT();
  const x = t.selfServicePages.entrance;
  return (
    <PublicPage showLogin={false}>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold sm:text-4xl">{x.heading}</h1>
        <p className="mt-2 text-lg">{x.intro}</p>

        {mine.length ? (
          <section aria-labelledby="mijn" className="mt-8">
            <h2 id="mijn" className="text-2xl font-bold">
              {x.mine}
            </h2>
            <ul className="mt-4 list-disc pl-6">
              {mine.map((m) => (
                <li key={m.gemeenteId}>
                  <Link className="underline" prefetch="auto" href={`/app/${m.gemeenteSlug}/mijn-organisatie`}>
                    {x.myOrganisation(m.gemeenteName)}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <a className="underline" href="/ondernemer/gegevens" download>
                {x.download}
              </a>
            </p>
          </section>
        ) : null}

        {mine.length ? (
          <section aria-labelledby="meedoen" className="mt-8">
            <h2 id="meedoen" className="text-2xl font-bold">
              {x.join}
            </h2>
            <JoinForm
              action={joinCoalitionAction}
              gemeenten={gemeenten.filter((g) => !joined.has(g.slug))}
              askSector
              texts={joinTexts(t.entrepreneur.join, t.selfServicePages.form)}
            />
          </section>
        ) : null}

        <section aria-labelledby="profiel" className="mt-8">
          <h2 id="profiel" className="text-2xl font-bold">
            {mine.length ? x.addAnother : x.profile}
          </h2>
          <p className="mt-2">{x.profileIntro}</p>
          <RegisterForm
            action={registerOrganisationAction}
            gemeenten={gemeenten.filter((g) => !actor.memberships.some((m) => m.gemeenteSlug === g.slug))}
            texts={{ ...t.selfServicePages.register, ...t.selfServicePages.form }}
          />
        </section>
      </div>
    </PublicPage>
  );
}
