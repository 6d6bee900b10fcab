import { jsonResponse, publicApiRoute } from "@/server/api";
import { notFound } from "@/lib/result";
import { searchPublicOffers } from "@/modules/offer/server/offers";

/**
 * GET /api/v1/gemeenten/{gemeente}/aanbod — PUBLIC, no key. The sociale kaart: the published,
 * confirmed support offer (only entries that may be shown), with the same filters and pages as the
 * public page /g/{gemeente}/aanbod. `data` is one page; `meta` { page, pageSize, pages, total, matching }.
 */
export const GET = publicApiRoute(async ({ ctx, query }) => {
  if (!ctx) throw notFound();
  const r = await searchPublicOffers(ctx, query);
  // Open data: a gemeente website or another sociale kaart may read it from the browser.
  return jsonResponse(
    { data: r.items, meta: { page: r.page, pageSize: r.pageSize, pages: r.pages, total: r.total, matching: r.matching } },
    200,
    { "Access-Control-Allow-Origin": "*" },
  );
});
