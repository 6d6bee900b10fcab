import { apiRoute } from "@/server/api";
import { reviveRelation } from "@/modules/engagement/server/pipeline";

/** POST /api/v1/gemeenten/{gemeente}/ondernemers/{id}/terughalen — { reason } */
export const POST = apiRoute("engagement:manage", async ({ ctx, params, body }) => reviveRelation(ctx, params.id, body ?? {}));
