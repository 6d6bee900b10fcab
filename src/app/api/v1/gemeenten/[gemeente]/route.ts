import { apiRoute } from "@/server/api";
import { getGemeente } from "@/modules/gemeenten/server/get-gemeente";

/** GET /api/v1/gemeenten/{gemeente} */
export const GET = apiRoute("gemeente:read", async ({ ctx }) => getGemeente(ctx));
