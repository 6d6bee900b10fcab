import { PublicPage } from "@/components/page-shell";
import { requirePlatformPage } from "@/components/platform-guard";
import { getT } from "@/i18n/server";
import type { Metadata } from "next";
import { getActor } from "@/server/session";
import { NATIONAL_REFRESH_MINUTES } from "@/modules/national/server/national-aggregates";
import { NATIONAL_SEARCH_MAX, nationalTablePage } from "@/modules/national/server/national-table";
import { LetterIndex } from "@/components/letter-index";
import { PageNumbers, pageParam } from "@/components/page-numbers";
import { longDateTimeFormat, numberFormat } from "@/lib/text/dates";

/** National view: aggregates across gemeenten only, never personal data (docs/decisions/0008). */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.national.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LandelijkPage({ searchParams }: Props) {
  await requirePlatformPage("national:read", "/landelijk");
  const { t, locale } = await getT();
  const sp = await searchParams;
  // Precomputed by the job national.refresh-figures, the rows' HTML made once per refresh (docs/decisions/0020);
  // in pages of 50 on alphabet (a page number that is no number is page 1, one past the end the last page).
  const r = await nationalTablePage(await getActor(), {
    page: pageParam(one(sp.pagina)),
    zoek: one(sp.zoek),
  });
  const { refreshedAt, gemeenten, inhabitants, bodyHtml } = r;
  const fmt = numberFormat(locale);
  const x = t.planPages.nationalView;
  const words = t.publicPages.partners;
  const refreshed = longDateTimeFormat(locale);
  const href = (page: number) => {
    const qs = new URLSearchParams();
    if (r.zoek) qs.set("zoek", r.zoek);
    if (page > 1) qs.set("pagina", String(page));
    const s = qs.toString();
    return s ? `/landelijk?${s}` : "/landelijk";
  };
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

        <form method="get" action="/landelijk" role="search" aria-label={x.searchLabel} className="mt-4 flex flex-wrap items-end gap-3">
          <div className="grow">
            <label htmlFor="zoek" className="font-semibold">
              {words.searchByName}
            </label>
            <input
              id="zoek"
              name="zoek"
              type="search"
              defaultValue={r.zoek ?? ""}
              maxLength={NATIONAL_SEARCH_MAX}
              className="mt-1 block w-full rounded border border-field bg-white px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
            {words.search}
          </button>
          {r.zoek && (
            <a className="py-2 underline" href="/landelijk">
              {x.showAll}
            </a>
          )}
        </form>

        <p className="mt-4" data-testid="pagina">
          {r.zoek ? x.foundWith(r.matching, r.zoek) : ""}
          {r.matching > 0 && x.pageRange(r.page, r.pages, r.from, r.to)}
        </p>

        {r.pages > 1 && <LetterIndex letters={r.letters} href={href} texts={words} />}

        {r.matching === 0 ? (
          <p className="mt-6 text-lg">{x.nobodyFound}</p>
        ) : (
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
              <tbody className="national-rows" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
            </table>
          </div>
        )}
        <PageNumbers page={r.page} pages={r.pages} href={href} texts={t.publicPages.pageNumbers} />
      </section>
    </PublicPage>
  );
}
