import { apiRoute } from "@/server/api";
import { recordAcknowledgement } from "@/modules/engagement/server/pipeline";

/** POST /api/v1/gemeenten/{gemeente}/ondernemers/{id}/bevestiging — { date, channel } (not ZELFSERVICE) */
export const POST = apiRoute("engagement:manage", async ({ ctx, params, body }) => recordAcknowledgement(ctx, params.id, body ?? {}));
