import { PublicPage } from "@/components/page-shell";
import { ConfirmOfferButton } from "@/modules/offer/components/confirm-button";

type Props = { searchParams: Promise<{ token?: string | string[] }> };
export const metadata = { title: "Activiteit bevestigen" };

/** Landing page of the provider's confirmation link. Confirming needs a click (POST), not just the visit. */
export default async function ConfirmOfferPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  return (
    <PublicPage showLogin={false}>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">Klopt uw activiteit nog?</h1>
        <p className="mt-4 text-lg">
          Kloppen de naam, de doelgroep, hoe mensen meedoen en de kosten nog? Klik dan op de knop. Is er iets veranderd? Mail dan de
          regisseur eenzaamheid van de gemeente.
        </p>
        {value ? (
          <ConfirmOfferButton token={value} />
        ) : (
          <p className="mt-6 text-lg font-semibold text-danger">Deze link is niet compleet. Open de link uit de mail opnieuw.</p>
        )}
      </div>
    </PublicPage>
  );
}
