import { apiRoute } from "@/server/api";
import { stopRelation } from "@/modules/engagement/server/pipeline";

/** POST /api/v1/gemeenten/{gemeente}/ondernemers/{id}/stoppen — { reason? }; takes effect at once. */
export const POST = apiRoute("engagement:manage", async ({ ctx, params, body }) => stopRelation(ctx, params.id, body ?? {}));
