import { jsonResponse, publicApiRoute } from "@/server/api";
import { notFound } from "@/lib/result";
import { publicRegister, publicRegisterPage } from "@/modules/engagement/server/public-register";

/**
 * GET /api/v1/gemeenten/{gemeente}/register — PUBLIC, no key. Every active collaboration:
 * organisation, what they do, since when; alphabetical, the same fields for everyone, nothing personal.
 * Without `page`/`pageSize`: the whole list in `data` (as always). With either: that page in `data`
 * (`pageSize` at most 500, default 100) and `meta` { page, pageSize, pages, total, matching } (`zoek` filters on name; matching counts the hits).
 */
export const GET = publicApiRoute(async ({ ctx, query }) => {
  if (!ctx) throw notFound();
  if (query.page === undefined && query.pageSize === undefined) return publicRegister(ctx, query);
  const r = await publicRegisterPage(ctx, query);
  return jsonResponse({
    data: r.items,
    meta: { page: r.page, pageSize: r.pageSize, pages: r.pages, total: r.total, matching: r.matching },
  });
});
