import type { Metadata } from "next";
import Link from "next/link";
import { JoinCoalition } from "@/components/join-coalition";
import { PublicPage } from "@/components/page-shell";
import { PUBLIC_LINKS, publicHref } from "@/components/public-links";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { getPublicContact } from "@/modules/gemeenten/server/public-contact";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { gemeente } = await params;
  const g = (await publicTenantOrNotFound(gemeente)).gemeente;
  return { title: g.name };
}

/** A gemeente's public page: no login, public fields only. */
export default async function PublicGemeentePage({ params }: Props) {
  const { gemeente } = await params;
  const ctx = await publicTenantOrNotFound(gemeente);
  const g = ctx.gemeente;
  const contact = await getPublicContact(ctx);
  const { t } = await getT();
  const links = PUBLIC_LINKS.filter((l) => l.available);
  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{g.name}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{t.publicGemeente.title(g.name)}</h1>

        <section aria-labelledby="wat" className="mt-8">
          <h2 id="wat" className="text-2xl font-bold">
            {t.publicGemeente.whatHeading}
          </h2>
          <p className="mt-2 text-lg">{t.publicGemeente.whatText}</p>
        </section>

        <section aria-labelledby="doen" className="mt-8">
          <h2 id="doen" className="text-2xl font-bold">
            {t.publicGemeente.howHeading}
          </h2>
          <p className="mt-2 text-lg">{t.publicGemeente.howText}</p>
        </section>

        <section aria-labelledby="meer" className="mt-8">
          <h2 id="meer" className="text-2xl font-bold">
            {t.publicGemeente.linksHeading}
          </h2>
          {links.length === 0 ? (
            <p className="mt-2">{t.publicGemeente.noLinksYet}</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {links.map((l) => (
                <li key={l.key}>
                  <Link prefetch="auto" href={publicHref(g.slug, l)} className="text-lg font-semibold text-brand-strong">
                    {t.publicGemeente[l.key]}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <JoinCoalition gemeenteName={g.name} contact={contact} texts={t.publicPages.joinCoalition} />

        <p className="mt-10">
          <Link href="/inloggen" className="text-brand-strong">
            {t.publicGemeente.staffLogin}
          </Link>
        </p>
      </div>
    </PublicPage>
  );
}
