import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { PageNumbers } from "@/components/page-numbers";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { searchPublicOffers, type PublicOfferPage } from "@/modules/offer/server/offers";
import { OfferList } from "@/modules/offer/components/offer-list";
import {
  ACCESSIBILITY,
  ACCESSIBILITY_LABELS,
  COST_KIND_LABELS,
  DAYPART_LABELS,
  DAY_LABELS,
  TARGET_GROUP_LABELS,
} from "@/modules/offer/schemas";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  return { title: `Activiteiten tegen eenzaamheid in ${ctx.gemeente.name}` };
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
        <option value="">Maakt niet uit</option>
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
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">Activiteiten en hulp tegen eenzaamheid</h1>
        <p className="mt-4 text-lg">
          Zoekt u contact met anderen, of kent u iemand die zich eenzaam voelt? Hier staan activiteiten en hulp in {ctx.gemeente.name}. De
          aanbieders hebben hun gegevens onlangs gecontroleerd. Zoek iets dat past: kies hieronder voor wie, waar, wanneer en wat het mag
          kosten.
        </p>

        {r.total === 0 ? (
          <p className="mt-6 text-lg">Er staan nog geen activiteiten op deze pagina.</p>
        ) : (
          <>
            <form
              method="get"
              action={base}
              role="search"
              aria-label="Zoek een activiteit"
              className="mt-6 rounded border border-line bg-white p-4"
            >
              {errorList.length > 0 && (
                <div role="alert" className="mb-4 font-semibold text-danger">
                  {errorList.map((m) => (
                    <p key={m}>{m} Dit deel van de zoekopdracht is overgeslagen.</p>
                  ))}
                </div>
              )}
              <div className="grid gap-4 sm:grid-cols-2">
                {choice("doelgroep", "Voor wie?", TARGET_GROUP_LABELS, s.doelgroep)}
                <div>
                  <label htmlFor="filter-wijk" className="font-semibold">
                    Wijk
                  </label>
                  <select id="filter-wijk" name="wijk" defaultValue={s.wijk ?? ""} className={select}>
                    <option value="">Alle wijken</option>
                    {r.wijken.map((w) => (
                      <option key={w} value={w}>
                        {w}
                      </option>
                    ))}
                  </select>
                </div>
                {choice("dag", "Op welke dag?", DAY_LABELS, s.dag)}
                {choice("dagdeel", "Hoe laat?", DAYPART_LABELS, s.dagdeel)}
                {choice("kosten", "Wat mag het kosten?", COST_KIND_LABELS, s.kosten)}
              </div>
              <fieldset className="mt-4">
                <legend className="font-semibold">Toegankelijkheid</legend>
                <div className="grid gap-1 sm:grid-cols-2">
                  {ACCESSIBILITY.map((a) => (
                    <label key={a} className="flex items-center gap-2">
                      <input type="checkbox" name="toegankelijk" value={a} defaultChecked={s.toegankelijk.includes(a)} />{" "}
                      {ACCESSIBILITY_LABELS[a]}
                    </label>
                  ))}
                </div>
              </fieldset>
              <div className="mt-4 flex flex-wrap items-center gap-4">
                <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
                  Zoeken
                </button>
                {filtered && (
                  <a className="underline" href={base}>
                    Alles tonen
                  </a>
                )}
              </div>
            </form>

            <section aria-labelledby="activiteiten" className="mt-8">
              <h2 id="activiteiten" className="text-2xl font-bold">
                {filtered
                  ? `${r.matching === 1 ? "1 activiteit" : `${r.matching} activiteiten`} gevonden`
                  : r.total === 1
                    ? "1 activiteit"
                    : `${r.total} activiteiten`}
              </h2>
              {r.matching > 0 && r.pages > 1 && (
                <p className="mt-2">
                  Pagina {r.page} van {r.pages}.
                </p>
              )}
              {r.items.length === 0 ? (
                <p className="mt-4 text-lg">
                  {r.matching === 0 ? "Niets gevonden met deze keuzes. Kies minder, of " : "Deze pagina is leeg. "}
                  <a className="underline" href={base}>
                    toon alles
                  </a>
                  .
                </p>
              ) : (
                <OfferList offers={r.items} />
              )}
              <PageNumbers page={r.page} pages={r.pages} href={href} />
            </section>
            <p className="mt-8 text-sm">
              Deze gegevens zijn ook open beschikbaar als JSON:{" "}
              <a className="underline" href={`/api/v1/gemeenten/${ctx.gemeente.slug}/aanbod`}>
                /api/v1/gemeenten/{ctx.gemeente.slug}/aanbod
              </a>
              .
            </p>
          </>
        )}
      </div>
    </PublicPage>
  );
}
