import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";
import { listGemeenten } from "@/modules/gemeenten/server/directory";
import { numberFormat } from "@/lib/text/dates";

export const metadata: Metadata = { title: { absolute: "Samenkracht – samen tegen eenzaamheid in jouw gemeente" } };

/** Landing: the gemeenten that have joined (public fields only) and the way in for staff. */
export default async function HomePage() {
  const { t, locale } = await getT();
  const gemeenten = await listGemeenten();
  const fmt = numberFormat(locale);
  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{t.common.tagline}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{t.home.title}</h1>
        <p className="mt-4 text-lg text-muted">{t.home.intro}</p>
      </div>

      <section aria-labelledby="gemeenten" className="mt-10">
        <h2 id="gemeenten" className="text-2xl font-bold">
          {t.home.gemeentenHeading}
        </h2>
        {gemeenten.length === 0 ? (
          <p className="mt-3">{t.home.gemeentenEmpty}</p>
        ) : (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {gemeenten.map((g) => (
              <li key={g.slug} className="rounded-lg border border-line p-4">
                <Link prefetch={false} href={`/g/${encodeURIComponent(g.slug)}`} className="text-lg font-semibold text-brand-strong">
                  {g.name}
                </Link>
                <p className="text-sm text-muted">{t.home.inhabitants(fmt.format(g.inhabitants))}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="inloggen" className="mt-10 rounded-lg bg-brand-soft p-6">
        <h2 id="inloggen" className="text-xl font-bold">
          {t.home.loginHeading}
        </h2>
        <p className="mt-2">{t.home.loginText}</p>
        <p className="mt-4">
          <Link href="/inloggen" className="font-semibold text-brand-strong">
            {t.common.login}
          </Link>
        </p>
      </section>
    </PublicPage>
  );
}
