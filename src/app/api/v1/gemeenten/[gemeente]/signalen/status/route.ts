import { publicApiRoute } from "@/lib/http/api";
import { AppError } from "@/lib/result";
import { statusByCode } from "@/modules/signals/server/read-signals";

/** GET /api/v1/gemeenten/{gemeente}/signalen/status?code=… — the reporter's view: ONTVANGEN | OPGEPAKT | AFGESLOTEN. */
export const GET = publicApiRoute(async ({ ctx, query }) => {
  if (!ctx) throw new AppError("NOT_FOUND");
  const code = (query as Record<string, unknown>).code;
  return statusByCode(ctx.gemeente.slug, typeof code === "string" ? code : "");
});
