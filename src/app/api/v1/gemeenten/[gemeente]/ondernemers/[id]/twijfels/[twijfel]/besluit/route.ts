import { apiRoute } from "@/server/api";
import { notFound } from "@/lib/result";
import { closeDoubt, listDoubts } from "@/modules/engagement/server/doubts";

/** POST /api/v1/gemeenten/{gemeente}/ondernemers/{id}/twijfels/{twijfel}/besluit — { decision: CONTINUE|STOP, note } */
export const POST = apiRoute("engagement:manage", async ({ ctx, params, body }) => {
  // The twijfel must belong to this ondernemer (and so to this gemeente): else 404.
  const doubts = await listDoubts(ctx, params.id);
  if (!doubts.some((d) => d.id === params.twijfel)) throw notFound();
  return closeDoubt(ctx, params.twijfel, body ?? {});
});
