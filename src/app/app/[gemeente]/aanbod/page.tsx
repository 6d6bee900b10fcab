import { OfferPublicationButton } from "@/modules/offer/components/offer-publication";
import { pageContext } from "@/components/shell/page-context";
import { can } from "@/lib/auth/permissions";
import { listOffers } from "@/modules/offer/server/offers";
import { coverageByTargetGroup, gaps } from "@/modules/offer/freshness";
import { TARGET_GROUP_LABELS, TARGET_GROUPS } from "@/modules/offer/schemas";
import { OfferList } from "@/modules/offer/components/offer-list";
import { OfferForm } from "@/modules/offer/components/offer-form";
import { signalCategories } from "@/modules/signals/server/common";
import { categoryGaps, computeSignalFigures, resolvePeriod } from "@/modules/plan/server/signal-figures";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ wijzig?: string | string[] }> };
export const metadata = { title: "Ondersteuningsaanbod" };

/** The support offer (sociale kaart) for staff: stale entries flagged, gaps per target group. */
export default async function OfferPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const wijzig = (await searchParams).wijzig;
  const page = await pageContext(gemeente, "Ondersteuningsaanbod", "dashboard:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const offers = await listOffers(ctx);
  // Hulpvragen matched to the offer: signals of the last twelve months per hulpvraag against tagged offers.
  const categories = await signalCategories(ctx);
  const categoryOptions = Object.fromEntries(categories.map((c) => [c.key, c.label]));
  const themeRows = categoryGaps((await computeSignalFigures(ctx, resolvePeriod("12m"))).byCategory, categories, offers);
  const themeGaps = themeRows.filter((r) => r.gap);
  const coverage = coverageByTargetGroup(offers);
  const missing = gaps(coverage);
  const stale = offers.filter((o) => o.stale);
  const manage = can(ctx.role, "coalition:manage");
  const editing = manage && typeof wijzig === "string" ? (offers.find((o) => o.id === wijzig) ?? null) : null;
  const editHref = (id: string) => `/app/${ctx.gemeente.slug}/aanbod?wijzig=${encodeURIComponent(id)}#wijzigen`;

  return (
    <>
      <h1 className="text-3xl font-bold">Ondersteuningsaanbod</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Activiteiten en hulp tegen eenzaamheid in {ctx.gemeente.name}. Aanbieders krijgen op tijd een mail met de vraag of hun gegevens nog
        kloppen. Wat niet op tijd is bevestigd, verdwijnt van de openbare pagina.
      </p>

      {manage && typeof wijzig === "string" ? (
        <section aria-labelledby="wijzigen" id="wijzigen" className="mt-8 rounded border-2 border-brand p-4">
          <h2 id="wijzigen" className="text-2xl font-bold">
            {editing ? `Wijzig: ${editing.title}` : "Activiteit wijzigen"}
          </h2>
          {editing ? (
            <OfferForm gemeenteSlug={ctx.gemeente.slug} offer={editing} labelledBy="wijzigen" categories={categoryOptions} />
          ) : (
            <p className="mt-2">Deze activiteit bestaat niet (meer).</p>
          )}
          <p className="mt-2">
            <a className="underline" href={`/app/${ctx.gemeente.slug}/aanbod`}>
              Terug naar het aanbod
            </a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="dekking" className="mt-8">
        <h2 id="dekking" className="text-2xl font-bold">
          Aanbod per doelgroep
        </h2>
        {missing.length ? (
          <p className="mt-2 font-semibold">Nog geen actueel aanbod voor: {missing.map((g) => TARGET_GROUP_LABELS[g]).join(", ")}.</p>
        ) : (
          <p className="mt-2">Er is voor elke doelgroep actueel aanbod.</p>
        )}
        <table className="mt-4 border-collapse text-left">
          <caption className="sr-only">Aantal actuele activiteiten per doelgroep</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-6">
                Doelgroep
              </th>
              <th scope="col" className="py-2 pr-6 text-right">
                Actuele activiteiten
              </th>
            </tr>
          </thead>
          <tbody>
            {TARGET_GROUPS.map((g) => (
              <tr key={g} className="border-b border-line">
                <th scope="row" className="py-2 pr-6 font-normal">
                  {TARGET_GROUP_LABELS[g]}
                </th>
                <td className="py-2 pr-6 text-right">{coverage[g]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="hulpvragen" className="mt-10">
        <h2 id="hulpvragen" className="text-2xl font-bold">
          Hulpvragen en aanbod
        </h2>
        <p className="mt-2 max-w-3xl">
          Signalen van de laatste 12 maanden per hulpvraag, naast de actuele activiteiten die bij die hulpvraag passen. Komen er signalen
          binnen zonder passend aanbod? Dan is dat een gat: denk aan aanbod op maat, zoals een rouw- en verliesgroep.
        </p>
        {themeGaps.length ? (
          <p className="mt-2 font-semibold" data-testid="theme-gaps">
            Signalen maar geen passend aanbod: {themeGaps.map((r) => r.label).join(", ")}.
          </p>
        ) : (
          <p className="mt-2">Voor elke hulpvraag met signalen is er passend aanbod.</p>
        )}
        <table className="mt-4 border-collapse text-left">
          <caption className="sr-only">Signalen en actuele activiteiten per hulpvraag</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-6">
                Hulpvraag
              </th>
              <th scope="col" className="py-2 pr-6 text-right">
                Signalen
              </th>
              <th scope="col" className="py-2 pr-6 text-right">
                Actuele activiteiten
              </th>
            </tr>
          </thead>
          <tbody>
            {themeRows.map((r) => (
              <tr key={r.key} className="border-b border-line">
                <th scope="row" className="py-2 pr-6 font-normal">
                  {r.label}
                  {r.gap ? <strong className="ml-2 text-danger">gat</strong> : null}
                </th>
                <td className="py-2 pr-6 text-right">{r.signals}</td>
                <td className="py-2 pr-6 text-right">{r.offers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="lijst" className="mt-10">
        <h2 id="lijst" className="text-2xl font-bold">
          Alle activiteiten ({offers.length})
        </h2>
        {stale.length ? (
          <p className="mt-2 font-semibold text-danger">
            {stale.length === 1 ? "1 activiteit is" : `${stale.length} activiteiten zijn`} niet op tijd bevestigd.
          </p>
        ) : null}
        {offers.length === 0 ? (
          <p className="mt-4">Er is nog geen aanbod ingevoerd.</p>
        ) : (
          <OfferList
            offers={offers}
            staleIds={new Set(stale.map((o) => o.id))}
            extra={(o) => {
              const offer = offers.find((x) => x.id === o.id);
              if (!offer) return null;
              return (
                <>
                  {offer.published ? null : <p className="mt-2 font-semibold">Staat niet in het openbare aanbod.</p>}
                  {manage ? (
                    <>
                      <OfferPublicationButton gemeenteSlug={ctx.gemeente.slug} id={o.id} title={o.title} published={offer.published} />
                      <p className="mt-2">
                        <a className="font-semibold underline" href={editHref(o.id)}>
                          Wijzig {o.title}
                        </a>
                      </p>
                    </>
                  ) : null}
                </>
              );
            }}
          />
        )}
      </section>

      {manage && typeof wijzig !== "string" ? (
        <section aria-labelledby="aanbod-toevoegen" className="mt-10">
          <h2 id="aanbod-toevoegen" className="text-2xl font-bold">
            Activiteit toevoegen
          </h2>
          <OfferForm gemeenteSlug={ctx.gemeente.slug} categories={categoryOptions} />
        </section>
      ) : null}
    </>
  );
}
