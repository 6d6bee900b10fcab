import { apiRoute } from "@/server/api";
import { listContactMoments, recordContactMoment } from "@/modules/engagement/server/contacts";

/** GET /api/v1/gemeenten/{gemeente}/ondernemers/{id}/contactmomenten — newest first */
export const GET = apiRoute("engagement:read", async ({ ctx, params }) => listContactMoments(ctx, params.id));

/** POST /api/v1/gemeenten/{gemeente}/ondernemers/{id}/contactmomenten — gespreksstarter parts, outcome, next action */
export const POST = apiRoute("engagement:manage", async ({ ctx, params, body }) => recordContactMoment(ctx, params.id, body ?? {}), {
  status: 201,
});
