import { apiRoute } from "@/server/api";
import { getOwnSignalStatus } from "@/modules/signals/server/read-signals";

/** GET /api/v1/gemeenten/{gemeente}/signalen/{id} — a logged-in reporter's own signal status only. */
export const GET = apiRoute("signals:create", async ({ ctx, params }) => getOwnSignalStatus(ctx, params.id));
