import { apiRoute } from "@/server/api";
import { listRegistrants } from "@/modules/events/server/events";

/**
 * GET /api/v1/gemeenten/{gemeente}/bijeenkomsten/{id}/aanmeldingen — who registered (members'
 * names, as on the attendance page) and who attended. coalition:manage, like the web.
 */
export const GET = apiRoute("coalition:manage", async ({ ctx, params }) => listRegistrants(ctx, params.id));
