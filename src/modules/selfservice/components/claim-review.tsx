/**
 * Staff (AMBTENAAR/REGISSEUR): confirm or refuse an entrepreneur's claim on a known organisation. The client list
 * (./claim-review-form.tsx) with its texts from the catalogue, so the page that renders it need not pass them.
 */
import { getT } from "@/i18n/server";
import { ClaimReviewForm, type ClaimRow } from "./claim-review-form";

export type { ClaimRow };

export async function ClaimReview({ gemeenteSlug, claims }: { gemeenteSlug: string; claims: ClaimRow[] }) {
  const { t } = await getT();
  return <ClaimReviewForm gemeenteSlug={gemeenteSlug} claims={claims} texts={t.selfServicePages.claimReview} />;
}
