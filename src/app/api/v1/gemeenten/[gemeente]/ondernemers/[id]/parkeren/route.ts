import { apiRoute } from "@/server/api";
import { parkRelation } from "@/modules/engagement/server/pipeline";

/** POST /api/v1/gemeenten/{gemeente}/ondernemers/{id}/parkeren — { reason } */
export const POST = apiRoute("engagement:manage", async ({ ctx, params, body }) => parkRelation(ctx, params.id, body ?? {}));
