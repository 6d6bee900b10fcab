import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";
import { publicTenantOrNotFound } from "@/lib/auth/context";
import { listPublicOffers } from "@/modules/offer/server/offers";
import { OfferList } from "@/modules/offer/components/offer-list";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  return { title: `Activiteiten tegen eenzaamheid in ${ctx.gemeente.name}` };
}

/** The public support offer: only published entries confirmed within the interval. */
export default async function PublicOfferPage({ params }: Props) {
  const ctx = await publicTenantOrNotFound((await params).gemeente);
  const offers = await listPublicOffers(ctx);
  return (
    <PublicPage>
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{ctx.gemeente.name}</p>
        <h1 className="mt-1 text-3xl font-bold sm:text-4xl">Activiteiten en hulp tegen eenzaamheid</h1>
        <p className="mt-4 text-lg">
          Zoekt u contact met anderen, of kent u iemand die zich eenzaam voelt? Hier staan activiteiten en hulp in {ctx.gemeente.name}.
          De aanbieders hebben hun gegevens onlangs gecontroleerd.
        </p>
        {offers.length === 0 ? (
          <p className="mt-6 text-lg">Er staan nog geen activiteiten op deze pagina.</p>
        ) : (
          <section aria-labelledby="activiteiten" className="mt-8">
            <h2 id="activiteiten" className="text-2xl font-bold">{offers.length === 1 ? "1 activiteit" : `${offers.length} activiteiten`}</h2>
            <OfferList offers={offers} />
          </section>
        )}
      </div>
    </PublicPage>
  );
}
