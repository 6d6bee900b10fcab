import { apiRoute } from "@/server/api";
import { addContribution, listContributions } from "@/modules/engagement/server/contributions";

/** GET /api/v1/gemeenten/{gemeente}/ondernemers/{id}/bijdragen */
export const GET = apiRoute("engagement:read", async ({ ctx, params }) => listContributions(ctx, params.id));

/** POST /api/v1/gemeenten/{gemeente}/ondernemers/{id}/bijdragen — { type, description? }; in kind only. */
export const POST = apiRoute("engagement:manage", async ({ ctx, params, body }) => addContribution(ctx, params.id, body ?? {}), {
  status: 201,
});
