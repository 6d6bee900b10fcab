import { apiRoute } from "@/server/api";
import { listDoubts, raiseDoubt } from "@/modules/engagement/server/doubts";

/** GET /api/v1/gemeenten/{gemeente}/ondernemers/{id}/twijfels */
export const GET = apiRoute("engagement:read", async ({ ctx, params }) => listDoubts(ctx, params.id));

/** POST /api/v1/gemeenten/{gemeente}/ondernemers/{id}/twijfels — { reason } */
export const POST = apiRoute("engagement:manage", async ({ ctx, params, body }) => raiseDoubt(ctx, params.id, body ?? {}), { status: 201 });
