import { publicApiRoute } from "@/server/api";
import { AppError } from "@/lib/result";
import { statusByCode } from "@/modules/signals/server/read-signals";

/**
 * The reporter's view: ONTVANGEN | OPGEPAKT | AFGESLOTEN.
 * POST /api/v1/gemeenten/{gemeente}/signalen/status with `{"code": "…"}` — preferred: the code
 * stays out of URLs (access logs, proxies, browser history).
 * GET …/signalen/status?code=… — kept for existing partner systems.
 */
export const GET = publicApiRoute(async ({ ctx, query }) => {
  if (!ctx) throw new AppError("NOT_FOUND");
  const code = (query as Record<string, unknown>).code;
  return statusByCode(ctx.gemeente.slug, typeof code === "string" ? code : "");
});

export const POST = publicApiRoute(async ({ ctx, body }) => {
  if (!ctx) throw new AppError("NOT_FOUND");
  const code = body && typeof body === "object" ? (body as Record<string, unknown>).code : undefined;
  return statusByCode(ctx.gemeente.slug, typeof code === "string" ? code : "");
});
