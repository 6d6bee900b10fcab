import { apiRoute } from "@/server/api";
import { ZKlankbordInputQuery } from "@/modules/coalition/schemas";
import { listKlankbordInputs } from "@/modules/coalition/server/klankbord";

/**
 * GET /api/v1/gemeenten/{gemeente}/klankbordgroep/inbreng[?status=…] — what the klankbordgroep
 * said and what the coalition did with it. No member data: the input carries no names.
 */
export const GET = apiRoute("dashboard:read", async ({ ctx, query }) => listKlankbordInputs(ctx, query), { query: ZKlankbordInputQuery });
