import { apiRoute } from "@/server/api";
import { moveStep } from "@/modules/engagement/server/pipeline";

/**
 * POST /api/v1/gemeenten/{gemeente}/ondernemers/{id}/stap — { step, reason }. `step` is the API name
 * of the domain's `to`; both are accepted (not both at once).
 */
export const POST = apiRoute("engagement:manage", async ({ ctx, params, body }) => {
  const input = body && typeof body === "object" && !Array.isArray(body) ? { ...(body as Record<string, unknown>) } : body;
  if (input && typeof input === "object" && "step" in input && !("to" in input)) {
    const { step, ...rest } = input as Record<string, unknown>;
    return moveStep(ctx, params.id, { ...rest, to: step });
  }
  return moveStep(ctx, params.id, input ?? {});
});
