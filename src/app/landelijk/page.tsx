import { PublicPage } from "@/components/page-shell";
import { requirePlatformPage } from "@/components/platform-guard";
import { getT } from "@/i18n/server";
import type { Metadata } from "next";
import { getActor } from "@/server/session";
import { NATIONAL_REFRESH_MINUTES } from "@/modules/national/server/national-aggregates";
import { nationalTable } from "@/modules/national/server/national-table";
import { longDateTimeFormat, numberFormat } from "@/lib/text/dates";

/** National view: aggregates across gemeenten only, never personal data (docs/decisions/0008). */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.national.title };
}

export default async function LandelijkPage() {
  await requirePlatformPage("national:read", "/landelijk");
  const { t, locale } = await getT();
  // Precomputed by the job national.refresh-figures, the rows' HTML made once per refresh (docs/decisions/0020).
  const { refreshedAt, gemeenten, inhabitants, bodyHtml } = await nationalTable(await getActor());
  const fmt = numberFormat(locale);
  const x = t.planPages.nationalView;
  const refreshed = longDateTimeFormat(locale);
  return (
    <PublicPage showLogin={false} signedIn>
      <h1 className="text-3xl font-bold">{t.national.title}</h1>
      <p className="mt-4 text-lg">{t.national.intro}</p>
      <p className="mt-2" data-testid="bijgewerkt">
        {x.refreshed} <time dateTime={refreshedAt.toISOString()}>{refreshed.format(refreshedAt)}</time>.{" "}
        {x.refreshEvery(NATIONAL_REFRESH_MINUTES)}
      </p>
      <dl className="mt-8 grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg border border-line p-4">
          <dt className="text-muted">{t.national.gemeenten}</dt>
          <dd className="text-3xl font-bold">{fmt.format(gemeenten)}</dd>
        </div>
        <div className="rounded-lg border border-line p-4">
          <dt className="text-muted">{t.national.inhabitants}</dt>
          <dd className="text-3xl font-bold">{fmt.format(inhabitants)}</dd>
        </div>
      </dl>

      <section aria-labelledby="vergelijking" className="mt-10">
        <h2 id="vergelijking" className="text-2xl font-bold">
          {x.compareHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{x.compareIntro}</p>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{x.caption}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  {x.gemeenteHead}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {x.sinceHead}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {x.partnersHead}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {x.prepareHead}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {x.connectHead}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {x.persuadeHead}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {x.retainHead}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {x.strengthenHead}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {x.signalsHead}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {x.pickupHead}
                </th>
              </tr>
            </thead>
            {/* Escaped, made once per refresh: src/modules/national/server/national-table.ts */}
            <tbody dangerouslySetInnerHTML={{ __html: bodyHtml }} />
          </table>
        </div>
      </section>
    </PublicPage>
  );
}
