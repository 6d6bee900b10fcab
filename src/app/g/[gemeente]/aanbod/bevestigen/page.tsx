import { PublicPage } from "@/components/page-shell";
import { getT } from "@/i18n/server";
import { ConfirmOfferButton } from "@/modules/offer/components/confirm-button";

type Props = { searchParams: Promise<{ token?: string | string[] }> };
export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.publicPages.confirmOffer.metaTitle };
}

/** Landing page of the provider's confirmation link. Confirming needs a click (POST), not just the visit. */
export default async function ConfirmOfferPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const { t } = await getT();
  const T = t.publicPages.confirmOffer;
  return (
    <PublicPage showLogin={false}>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">{T.title}</h1>
        <p className="mt-4 text-lg">{T.intro}</p>
        {value ? (
          <ConfirmOfferButton token={value} texts={T.button} />
        ) : (
          <p className="mt-6 text-lg font-semibold text-danger">{T.linkIncomplete}</p>
        )}
      </div>
    </PublicPage>
  );
}
