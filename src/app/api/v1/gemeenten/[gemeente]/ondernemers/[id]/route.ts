import { apiRoute } from "@/server/api";
import { getVestiging, updateVestiging } from "@/modules/engagement/server/registry";

/** GET /api/v1/gemeenten/{gemeente}/ondernemers/{id} */
export const GET = apiRoute("engagement:read", async ({ ctx, params }) => getVestiging(ctx, params.id));

/** PATCH /api/v1/gemeenten/{gemeente}/ondernemers/{id} — body validated by ZUpdateVestiging. */
export const PATCH = apiRoute("engagement:manage", async ({ ctx, params, body }) => updateVestiging(ctx, params.id, body ?? {}));
