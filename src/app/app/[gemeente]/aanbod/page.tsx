import { DataTable } from "@/components/data-table";
import { OfferPublicationButton } from "@/modules/offer/components/offer-publication";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/permissions";
import { listOffers } from "@/modules/offer/server/offers";
import { coverageByTargetGroup, gaps } from "@/modules/offer/freshness";
import { TARGET_GROUPS } from "@/modules/offer/schemas";
import { OfferList } from "@/modules/offer/components/offer-list";
import { OfferForm } from "@/modules/offer/components/offer-form";
import { createOfferAction, updateOfferAction } from "@/modules/offer/actions";
import { signalCategories } from "@/modules/signals/server/common";
import { categoryGaps, computeSignalFigures, resolvePeriod } from "@/modules/plan/server/signal-figures";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ wijzig?: string | string[] }> };
export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.gemeentePages.offer.title };
}

/** The support offer (sociale kaart) for staff: stale entries flagged, gaps per target group. */
export default async function OfferPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const wijzig = (await searchParams).wijzig;
  const { t } = await getT();
  const x = t.gemeentePages.offer;
  const page = await pageContext(gemeente, x.title, "dashboard:read");
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
  const editMode = manage && typeof wijzig === "string";
  const editing = editMode ? (offers.find((o) => o.id === wijzig) ?? null) : null;
  const editHref = (id: string) => `/app/${ctx.gemeente.slug}/aanbod?wijzig=${encodeURIComponent(id)}#wijzigen`;

  return (
    <>
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(ctx.gemeente.name)}</p>

      {editMode ? (
        <section aria-labelledby="wijzigen" id="wijzigen" className="mt-8 rounded border-2 border-brand p-4">
          <h2 id="wijzigen" className="text-2xl font-bold">
            {editing ? x.editHeading(editing.title) : x.editHeadingUnknown}
          </h2>
          {editing ? (
            <OfferForm
              action={updateOfferAction.bind(null, ctx.gemeente.slug, editing.id)}
              offer={editing}
              labelledBy="wijzigen"
              categories={categoryOptions}
              texts={t.gemeentePages.offerForm}
            />
          ) : (
            <p className="mt-2">{x.notFound}</p>
          )}
          <p className="mt-2">
            <a className="underline" href={`/app/${ctx.gemeente.slug}/aanbod`}>
              {x.back}
            </a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="dekking" className="mt-8">
        <h2 id="dekking" className="text-2xl font-bold">
          {x.coverageHeading}
        </h2>
        {missing.length ? (
          <p className="mt-2 font-semibold">{x.missing(missing.map((g) => t.labels.targetGroup[g]).join(", "))}</p>
        ) : (
          <p className="mt-2">{x.noneMissing}</p>
        )}
        <DataTable
          fit
          className="mt-4"
          caption={x.coverageCaption}
          columns={[x.targetGroup, { head: x.currentActivities, className: "text-right" }]}
        >
          {TARGET_GROUPS.map((g) => (
            <tr key={g} className="border-b border-line">
              <th scope="row" className="py-2 pr-6 font-normal">
                {t.labels.targetGroup[g]}
              </th>
              <td className="py-2 pr-6 text-right">{coverage[g]}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="hulpvragen" className="mt-10">
        <h2 id="hulpvragen" className="text-2xl font-bold">
          {x.themesHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{x.themesIntro}</p>
        {themeGaps.length ? (
          <p className="mt-2 font-semibold" data-testid="theme-gaps">
            {x.themeGaps(themeGaps.map((r) => r.label).join(", "))}
          </p>
        ) : (
          <p className="mt-2">{x.noThemeGaps}</p>
        )}
        <DataTable
          fit
          className="mt-4"
          caption={x.themesCaption}
          columns={[x.theme, { head: x.signals, className: "text-right" }, { head: x.currentActivities, className: "text-right" }]}
        >
          {themeRows.map((r) => (
            <tr key={r.key} className="border-b border-line">
              <th scope="row" className="py-2 pr-6 font-normal">
                {r.label}
                {r.gap ? <strong className="ml-2 text-danger">{x.gap}</strong> : null}
              </th>
              <td className="py-2 pr-6 text-right">{r.signals}</td>
              <td className="py-2 pr-6 text-right">{r.offers}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="lijst" className="mt-10">
        <h2 id="lijst" className="text-2xl font-bold">
          {x.allHeading(offers.length)}
        </h2>
        {stale.length ? <p className="mt-2 font-semibold text-danger">{x.stale(stale.length)}</p> : null}
        {offers.length === 0 ? (
          <p className="mt-4">{x.empty}</p>
        ) : (
          <OfferList
            offers={offers}
            staleIds={new Set(stale.map((o) => o.id))}
            texts={t.legalPages.offerCard}
            labels={t.labels}
            extra={(o) => {
              const offer = offers.find((x) => x.id === o.id);
              if (!offer) return null;
              return (
                <>
                  {offer.published ? null : <p className="mt-2 font-semibold">{x.notPublished}</p>}
                  {manage ? (
                    <>
                      <OfferPublicationButton
                        gemeenteSlug={ctx.gemeente.slug}
                        id={o.id}
                        title={o.title}
                        published={offer.published}
                        texts={t.gemeentePages.offerPublication}
                      />
                      <p className="mt-2">
                        <a className="font-semibold underline" href={editHref(o.id)}>
                          {x.edit(o.title)}
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

      {manage && !editMode ? (
        <section aria-labelledby="aanbod-toevoegen" className="mt-10">
          <h2 id="aanbod-toevoegen" className="text-2xl font-bold">
            {x.addHeading}
          </h2>
          <OfferForm
            action={createOfferAction.bind(null, ctx.gemeente.slug)}
            categories={categoryOptions}
            texts={t.gemeentePages.offerForm}
          />
        </section>
      ) : null}
    </>
  );
}
