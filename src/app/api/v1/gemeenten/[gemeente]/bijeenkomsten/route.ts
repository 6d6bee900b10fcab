import { apiRoute } from "@/server/api";
import { listEvents } from "@/modules/events/server/events";

/** GET /api/v1/gemeenten/{gemeente}/bijeenkomsten — the agenda (the same list as the web's agenda page). */
export const GET = apiRoute("gemeente:read", async ({ ctx }) => listEvents(ctx));
