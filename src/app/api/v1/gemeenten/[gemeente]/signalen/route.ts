import { apiRoute } from "@/server/api";
import { createSignal } from "@/modules/signals/server/create-signal";
import { listSignals } from "@/modules/signals/server/read-signals";
import type { SignalSource } from "@/modules/signals/schemas";

/** GET /api/v1/gemeenten/{gemeente}/signalen — the work queue (metadata only). */
export const GET = apiRoute("signals:work", async ({ ctx, query }) => listSignals(ctx, query));

/**
 * POST /api/v1/gemeenten/{gemeente}/signalen — intake for partner systems. The source follows the
 * caller's role (ondernemer, loket phone intake, otherwise partner). Returns the one-time status code.
 */
export const POST = apiRoute(
  "signals:create",
  async ({ ctx, body }) => {
    const source: SignalSource = ctx.role === "ONDERNEMER" ? "ONDERNEMER" : ctx.role === "LOKET" ? "LOKET_TELEFOON" : "PARTNER";
    return createSignal(ctx, body ?? {}, source);
  },
  { status: 201 },
);
