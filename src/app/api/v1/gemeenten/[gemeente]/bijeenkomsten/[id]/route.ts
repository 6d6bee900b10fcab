import { apiRoute } from "@/server/api";
import { getEvent } from "@/modules/events/server/events";

/** GET /api/v1/gemeenten/{gemeente}/bijeenkomsten/{id} — one event with its registration count (coalition:manage). */
export const GET = apiRoute("coalition:manage", async ({ ctx, params }) => getEvent(ctx, params.id));
