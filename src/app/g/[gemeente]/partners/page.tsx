import type { Metadata } from "next";
import { JoinCoalition } from "@/components/join-coalition";
import { PublicPage } from "@/components/page-shell";
import { PageNumbers } from "@/components/page-numbers";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { WHEN_THE_GEMEENTE_BUYS } from "@/modules/engagement/principle-words";
import { publicRegisterPage, type PublicRegisterPage } from "@/modules/engagement/server/public-register";
import { getPublicContact } from "@/modules/gemeenten/server/public-contact";
import { listPublicPartners } from "@/modules/partners/server/list-partners";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  return { title: `Wie doen er mee? Organisaties en ondernemers in ${ctx.gemeente.name}` };
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const count = new Intl.NumberFormat("nl-NL");
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `pagina` as a page number; anything else is page 1 (a link with a typo still shows the list). */
function pageParam(raw: string | undefined): number {
  return raw && /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
}

/**
 * The public partner register (PRINCIPLE_TRANSPARENCY): every active collaboration, alphabetical,
 * the same fields for everyone, nothing personal. Same data as GET /api/v1/gemeenten/{g}/register.
 * In pages of 100 on alphabet, with a letter index and a search on name: every partner is reachable
 * in a few clicks, and nobody comes first for any other reason than the alphabet.
 */
export default async function PublicRegisterPage({ params, searchParams }: Props) {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const sp = await searchParams;
  const zoekRaw = one(sp.zoek)?.trim() || undefined;
  const wanted = pageParam(one(sp.pagina));
  let zoekError: string | null = null;
  let zoek = zoekRaw;
  let r: PublicRegisterPage;
  try {
    r = await publicRegisterPage(ctx, { page: wanted, zoek });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    zoekError = error.fieldErrors?.zoek?.[0] ?? error.message;
    zoek = undefined;
    r = await publicRegisterPage(ctx, { page: wanted });
  }
  // Past the last page (an old link, a shorter search result): show the last page.
  const pastEnd = r.page > r.pages;
  if (pastEnd) r = await publicRegisterPage(ctx, { page: r.pages, zoek });

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

  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">Wie doen er mee?</h1>
        <p className="mt-4 text-lg">
          Deze organisaties en ondernemers in {ctx.gemeente.name} helpen mee tegen eenzaamheid. Meedoen is vrijwillig en geeft geen voordeel{" "}
          {WHEN_THE_GEMEENTE_BUYS}. Elke ondernemer kan meedoen. De gemeente neemt geen geld of sponsoring aan, alleen hulp zoals tijd,
          ruimte of kennis. Iedereen staat op deze lijst op dezelfde manier, op alfabet.
        </p>
        {firstView ? (
          <section aria-labelledby="organisaties-titel" id="organisaties" className="mt-8">
            <h2 id="organisaties-titel" className="text-2xl font-bold">
              {organisations.length === 1
                ? "1 organisatie in de coalitie"
                : `${count.format(organisations.length)} organisaties in de coalitie`}
            </h2>
            {organisations.length === 0 ? (
              <p className="mt-2 text-lg">Er staan nog geen organisaties op deze lijst.</p>
            ) : (
              <ul className="mt-3 grid gap-2 sm:grid-cols-2" aria-label="Organisaties in de coalitie">
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
              Bekijk de organisaties in de coalitie
            </a>
          </p>
        )}
        {r.total === 0 ? (
          <p className="mt-6 text-lg">Er staan nog geen ondernemers op deze lijst.</p>
        ) : (
          <section aria-labelledby="ondernemers" className="mt-8">
            <h2 id="ondernemers" className="text-2xl font-bold">
              {r.total === 1 ? "1 ondernemer doet mee" : `${count.format(r.total)} ondernemers doen mee`}
            </h2>

            <form method="get" action={base} role="search" aria-label="Zoek een ondernemer" className="mt-4 flex flex-wrap items-end gap-3">
              <div className="grow">
                <label htmlFor="zoek" className="font-semibold">
                  Zoek op naam
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
                Zoeken
              </button>
              {zoek && (
                <a className="py-2 underline" href={base}>
                  Toon iedereen
                </a>
              )}
            </form>

            <p className="mt-4">
              {zoek
                ? `${r.matching === 1 ? "1 ondernemer gevonden" : `${count.format(r.matching)} ondernemers gevonden`} met ‘${zoek}’. `
                : ""}
              {r.matching > 0 &&
                `Pagina ${r.page} van ${r.pages}: nummer ${count.format(r.from)} tot en met ${count.format(to)}, op alfabet.`}
              {pastEnd && " Die pagina bestaat niet; dit is de laatste."}
            </p>

            {r.pages > 1 && (
              <nav aria-label="Naar letter" className="mt-4">
                <ul className="flex flex-wrap gap-1">
                  {r.letters.map((l) => (
                    <li key={l.letter}>
                      <a href={href(l.page)} className="inline-block min-w-8 rounded border border-line px-2 py-1 text-center underline">
                        <span className="sr-only">{l.letter === "#" ? "Namen die niet met een letter beginnen" : "Letter "}</span>
                        <span aria-hidden={l.letter === "#" ? true : undefined}>{l.letter}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}

            {r.matching === 0 ? (
              <p className="mt-6 text-lg">Niemand gevonden met deze naam. Probeer een deel van de naam, of toon iedereen.</p>
            ) : (
              <ul className="mt-4 space-y-4">
                {r.items.map((e, i) => (
                  <li key={`${r.from + i}|${e.name}`} className="rounded-lg border border-neutral-300 p-4">
                    <h3 className="text-xl font-semibold">{e.name}</h3>
                    <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                      {e.organisation !== e.name && (
                        <>
                          <dt className="font-semibold">Organisatie</dt>
                          <dd>{e.organisation}</dd>
                        </>
                      )}
                      <dt className="font-semibold">Soort bedrijf</dt>
                      <dd>{e.sector}</dd>
                      {e.whatTheyDo && (
                        <>
                          <dt className="font-semibold">Wat ze doen</dt>
                          <dd>{e.whatTheyDo}</dd>
                        </>
                      )}
                      {e.contributions.length > 0 && (
                        <>
                          <dt className="font-semibold">Zo helpen ze</dt>
                          <dd>{e.contributions.join(", ")}</dd>
                        </>
                      )}
                      <dt className="font-semibold">Doet mee sinds</dt>
                      <dd>
                        <time dateTime={e.since}>{dateFormat.format(new Date(`${e.since}T00:00:00Z`))}</time>
                      </dd>
                    </dl>
                  </li>
                ))}
              </ul>
            )}

            <PageNumbers page={r.page} pages={r.pages} href={href} />
          </section>
        )}
        <JoinCoalition gemeenteName={ctx.gemeente.name} contact={contact} />
      </div>
    </PublicPage>
  );
}
