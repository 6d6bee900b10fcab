import { publicApiRoute } from "@/lib/http/api";
import { notFound } from "@/lib/result";
import { publicRegister } from "@/modules/engagement/server/public-register";

/**
 * GET /api/v1/gemeenten/{gemeente}/register — PUBLIC, no key. Every active collaboration:
 * organisation, what they do, since when; alphabetical, the same fields for everyone, nothing personal.
 */
export const GET = publicApiRoute(async ({ ctx, query }) => {
  if (!ctx) throw notFound();
  return publicRegister(ctx, query);
});
