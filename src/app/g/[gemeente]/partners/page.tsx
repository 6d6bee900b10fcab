import type { Metadata } from "next";
import { JoinCoalition } from "@/components/join-coalition";
import { PublicPage } from "@/components/page-shell";
import { LetterIndex } from "@/components/letter-index";
import { PageNumbers, pageParam } from "@/components/page-numbers";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { publicRegisterPage, type PublicRegisterPage } from "@/modules/engagement/server/public-register";
import { getPublicContact } from "@/modules/gemeenten/server/public-contact";
import { listPublicPartners } from "@/modules/partners/server/list-partners";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const { t } = await getT();
  return { title: t.publicPages.partners.metaTitle(ctx.gemeente.name) };
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** Entries per page: 50 (the API's default is 100); a page of 100 was 228 kB at national scale (issue 20). */
const REGISTER_PAGE_ROWS = 50;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The public partner register (PRINCIPLE_TRANSPARENCY): every active collaboration, alphabetical,
 * the same fields for everyone, nothing personal. Same data as GET /api/v1/gemeenten/{g}/register (sector and
 * contributions named in the reader's language; the API's stay Dutch).
 * In pages of REGISTER_PAGE_ROWS on alphabet, with a letter index and a search on name: every partner is reachable
 * in a few clicks, and nobody comes first for any other reason than the alphabet.
 */
export default async function PublicRegisterPage({ params, searchParams }: Props) {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const sp = await searchParams;
  const zoekRaw = one(sp.zoek)?.trim() || undefined;
  const wanted = pageParam(one(sp.pagina));
  const { t } = await getT();
  // The entries' sector and contributions in the reader's language (the API keeps its Dutch).
  const words = { sector: t.labels.sector, contribution: t.labels.contribution };
  let zoekError: string | null = null;
  let zoek = zoekRaw;
  let r: PublicRegisterPage;
  try {
    r = await publicRegisterPage(ctx, { page: wanted, zoek, pageSize: REGISTER_PAGE_ROWS }, words);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    zoekError = error.fieldErrors?.zoek?.[0] ?? error.message;
    zoek = undefined;
    r = await publicRegisterPage(ctx, { page: wanted, pageSize: REGISTER_PAGE_ROWS }, words);
  }
  // Past the last page (an old link, a shorter search result): show the last page.
  const pastEnd = r.page > r.pages;
  if (pastEnd) r = await publicRegisterPage(ctx, { page: r.pages, zoek, pageSize: REGISTER_PAGE_ROWS }, words);

  const base = `/g/${ctx.gemeente.slug}/partners`;
  const href = (page: number) => {
    const qs = new URLSearchParams();
    if (zoek) qs.set("zoek", zoek);
    if (page > 1) qs.set("pagina", String(page));
    const s = qs.toString();
    return s ? `${base}?${s}` : base;
  };
  const to = r.from ? r.from + r.items.length - 1 : 0;
  // The coalition's organisations (partners without a profit motive) on the first page of the list.
  const firstView = !zoekRaw && r.page === 1;
  const organisations = firstView ? await listPublicPartners(ctx) : [];
  const contact = await getPublicContact(ctx);
  const T = t.publicPages.partners;

  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{T.title}</h1>
        <p className="mt-4 text-lg">{T.intro(ctx.gemeente.name)}</p>
        {firstView ? (
          <section aria-labelledby="organisaties-titel" id="organisaties" className="mt-8">
            <h2 id="organisaties-titel" className="text-2xl font-bold">
              {T.organisationsCount(organisations.length)}
            </h2>
            {organisations.length === 0 ? (
              <p className="mt-2 text-lg">{T.noOrganisations}</p>
            ) : (
              <ul className="mt-3 grid gap-2 sm:grid-cols-2" aria-label={T.organisationsLabel}>
                {organisations.map((o) => (
                  <li key={o.name} className="rounded border border-line bg-white px-3 py-2">
                    <span className="font-semibold">{o.name}</span>
                    <span className="block text-sm">{o.kind}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : (
          <p className="mt-4">
            <a className="underline" href={`${base}#organisaties`}>
              {T.seeOrganisations}
            </a>
          </p>
        )}
        {r.total === 0 ? (
          <p className="mt-6 text-lg">{T.noEntrepreneurs}</p>
        ) : (
          <section aria-labelledby="ondernemers" className="mt-8">
            <h2 id="ondernemers" className="text-2xl font-bold">
              {T.entrepreneursCount(r.total)}
            </h2>

            <form method="get" action={base} role="search" aria-label={T.searchLabel} className="mt-4 flex flex-wrap items-end gap-3">
              <div className="grow">
                <label htmlFor="zoek" className="font-semibold">
                  {T.searchByName}
                </label>
                <input
                  id="zoek"
                  name="zoek"
                  type="search"
                  defaultValue={zoekRaw ?? ""}
                  maxLength={100}
                  aria-describedby={zoekError ? "zoek-fout" : undefined}
                  aria-invalid={zoekError ? true : undefined}
                  className="mt-1 block w-full rounded border border-field bg-white px-3 py-2"
                />
                {zoekError && (
                  <p id="zoek-fout" className="mt-1 font-semibold text-danger">
                    {zoekError}
                  </p>
                )}
              </div>
              <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
                {T.search}
              </button>
              {zoek && (
                <a className="py-2 underline" href={base}>
                  {T.showEveryone}
                </a>
              )}
            </form>

            <p className="mt-4">
              {zoek ? T.foundWith(r.matching, zoek) : ""}
              {r.matching > 0 && T.pageRange(r.page, r.pages, r.from, to)}
              {pastEnd && T.pastEnd}
            </p>

            {r.pages > 1 && <LetterIndex letters={r.letters} href={href} texts={T} />}

            {r.matching === 0 ? (
              <p className="mt-6 text-lg">{T.nobodyFound}</p>
            ) : (
              <ul className="register-entries mt-4 space-y-4">
                {r.items.map((e, i) => (
                  <li key={r.from + i}>
                    <h3>{e.name}</h3>
                    <dl>
                      {e.organisation !== e.name && (
                        <>
                          <dt>{T.organisation}</dt>
                          <dd>{e.organisation}</dd>
                        </>
                      )}
                      <dt>{T.sector}</dt>
                      <dd>{e.sector}</dd>
                      {e.whatTheyDo && (
                        <>
                          <dt>{T.whatTheyDo}</dt>
                          <dd>{e.whatTheyDo}</dd>
                        </>
                      )}
                      {e.contributions.length > 0 && (
                        <>
                          <dt>{T.howTheyHelp}</dt>
                          <dd>{e.contributions.join(", ")}</dd>
                        </>
                      )}
                      <dt>{T.since}</dt>
                      <dd>
                        <time dateTime={e.since}>{dateFormat.format(new Date(`${e.since}T00:00:00Z`))}</time>
                      </dd>
                    </dl>
                  </li>
                ))}
              </ul>
            )}

            <PageNumbers page={r.page} pages={r.pages} href={href} texts={t.publicPages.pageNumbers} />
          </section>
        )}
        <JoinCoalition gemeenteName={ctx.gemeente.name} contact={contact} texts={t.publicPages.joinCoalition} />
      </div>
    </PublicPage>
  );
}
