import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { PageNumbers } from "@/components/page-numbers";
import { getT } from "@/i18n/server";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { searchPublicOffers, type PublicOfferPage } from "@/modules/offer/server/offers";
import { OfferList } from "@/modules/offer/components/offer-list";
import { ACCESSIBILITY } from "@/modules/offer/schemas";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const { t } = await getT();
  return { title: t.publicPages.offers.metaTitle(ctx.gemeente.name) };
}

const KEYS = ["doelgroep", "wijk", "dag", "dagdeel", "kosten", "toegankelijk", "pagina"] as const;
const select = "mt-1 block w-full rounded border border-line bg-white px-3 py-2";

/**
 * The public sociale kaart: published entries confirmed within the interval, filtered on doelgroep,
 * wijk, day, part of the day, cost and accessibility, in pages. A GET form: every search has its own
 * address (share it, bookmark it) and works without JavaScript. Same data as GET /api/v1/gemeenten/{g}/aanbod.
 */
export default async function PublicOfferPage({ params, searchParams }: Props) {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const sp = await searchParams;
  const { t } = await getT();
  const T = t.publicPages.offers;
  // The query as the search reads it: lists (toegankelijk) comma-separated, like the API.
  const query: Record<string, string> = {};
  for (const k of KEYS) {
    const v = sp[k];
    const values = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => x !== "");
    if (values.length) query[k] = k === "toegankelijk" ? values.join(",") : values[0];
  }
  let r: PublicOfferPage;
  let fieldErrors: Record<string, string[]> = {};
  try {
    r = await searchPublicOffers(ctx, query);
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== "VALIDATION" && error.code !== "BAD_REQUEST")) throw error;
    fieldErrors = error.fieldErrors ?? {};
    // Drop what was wrong, keep the rest of the search.
    for (const k of Object.keys(fieldErrors)) delete query[k];
    r = await searchPublicOffers(ctx, query);
  }
  const s = r.search;
  const base = `/g/${ctx.gemeente.slug}/aanbod`;
  const apiPath = `/api/v1/gemeenten/${ctx.gemeente.slug}/aanbod`;
  const href = (page: number) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (k !== "pagina" && k !== "toegankelijk") qs.set(k, v);
    for (const a of s.toegankelijk) qs.append("toegankelijk", a);
    if (page > 1) qs.set("pagina", String(page));
    const q = qs.toString();
    return q ? `${base}?${q}` : base;
  };
  const filtered = Object.keys(query).some((k) => k !== "pagina");
  const err = (k: string) => fieldErrors[k]?.[0];
  const errorList = Object.values(fieldErrors).map((m) => m[0]);

  const choice = (
    name: "doelgroep" | "dag" | "dagdeel" | "kosten",
    label: string,
    options: Record<string, string>,
    value: string | undefined,
  ) => (
    <div>
      <label htmlFor={`filter-${name}`} className="font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={select} aria-invalid={err(name) ? true : undefined}>
        <option value="">{T.anyChoice}</option>
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{T.title}</h1>
        <p className="mt-4 text-lg">{T.intro(ctx.gemeente.name)}</p>

        {r.total === 0 ? (
          <p className="mt-6 text-lg">{T.none}</p>
        ) : (
          <>
            <form
              method="get"
              action={base}
              role="search"
              aria-label={T.searchLabel}
              className="mt-6 rounded border border-line bg-white p-4"
            >
              {errorList.length > 0 && (
                <div role="alert" className="mb-4 font-semibold text-danger">
                  {errorList.map((m) => (
                    <p key={m}>
                      {m} {T.skipped}
                    </p>
                  ))}
                </div>
              )}
              <div className="grid gap-4 sm:grid-cols-2">
                {choice("doelgroep", T.forWhom, t.labels.targetGroup, s.doelgroep)}
                <div>
                  <label htmlFor="filter-wijk" className="font-semibold">
                    {T.wijk}
                  </label>
                  <select id="filter-wijk" name="wijk" defaultValue={s.wijk ?? ""} className={select}>
                    <option value="">{T.allWijken}</option>
                    {r.wijken.map((w) => (
                      <option key={w} value={w}>
                        {w}
                      </option>
                    ))}
                  </select>
                </div>
                {choice("dag", T.day, t.labels.day, s.dag)}
                {choice("dagdeel", T.daypart, t.labels.daypart, s.dagdeel)}
                {choice("kosten", T.cost, t.labels.costKind, s.kosten)}
              </div>
              <fieldset className="mt-4">
                <legend className="font-semibold">{T.accessibility}</legend>
                <div className="grid gap-1 sm:grid-cols-2">
                  {ACCESSIBILITY.map((a) => (
                    <label key={a} className="flex items-center gap-2">
                      <input type="checkbox" name="toegankelijk" value={a} defaultChecked={s.toegankelijk.includes(a)} />{" "}
                      {t.labels.accessibility[a]}
                    </label>
                  ))}
                </div>
              </fieldset>
              <div className="mt-4 flex flex-wrap items-center gap-4">
                <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
                  {T.search}
                </button>
                {filtered && (
                  <a className="underline" href={base}>
                    {T.showAll}
                  </a>
                )}
              </div>
            </form>

            <section aria-labelledby="activiteiten" className="mt-8">
              <h2 id="activiteiten" className="text-2xl font-bold">
                {filtered ? T.found(r.matching) : T.total(r.total)}
              </h2>
              {r.matching > 0 && r.pages > 1 && <p className="mt-2">{T.pageOf(r.page, r.pages)}</p>}
              {r.items.length === 0 ? (
                <p className="mt-4 text-lg">
                  {r.matching === 0 ? T.nothingFound : T.emptyPage}
                  <a className="underline" href={base}>
                    {T.showAllLink}
                  </a>
                  .
                </p>
              ) : (
                <OfferList offers={r.items} texts={t.legalPages.offerCard} labels={t.labels} />
              )}
              <PageNumbers page={r.page} pages={r.pages} href={href} texts={t.publicPages.pageNumbers} />
            </section>
            <p className="mt-8 text-sm">
              {T.openData}{" "}
              <a className="underline" href={apiPath}>
                {apiPath}
              </a>
              .
            </p>
          </>
        )}
      </div>
    </PublicPage>
  );
}
