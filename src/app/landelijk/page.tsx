import { PublicPage } from "@/components/page-shell";
import { requirePlatformPage } from "@/components/platform-guard";
import { getT } from "@/i18n/server";
import type { Metadata } from "next";
import { platformDb } from "@/lib/db/tenant";

/** National view: aggregates across gemeenten only, never personal data. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.national.title };
}

export default async function LandelijkPage() {
  await requirePlatformPage("national:read", "/landelijk");
  const { t, locale } = await getT();
  const agg = await platformDb().gemeente.aggregate({ _count: { _all: true }, _sum: { inhabitants: true } });
  const fmt = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL");
  return (
    <PublicPage showLogin={false}>
      <h1 className="text-3xl font-bold">{t.national.title}</h1>
      <p className="mt-4 text-lg">{t.national.intro}</p>
      <dl className="mt-8 grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg border border-line p-4">
          <dt className="text-muted">{t.national.gemeenten}</dt>
          <dd className="text-3xl font-bold">{fmt.format(agg._count._all)}</dd>
        </div>
        <div className="rounded-lg border border-line p-4">
          <dt className="text-muted">{t.national.inhabitants}</dt>
          <dd className="text-3xl font-bold">{fmt.format(agg._sum.inhabitants ?? 0)}</dd>
        </div>
      </dl>
    </PublicPage>
  );
}
