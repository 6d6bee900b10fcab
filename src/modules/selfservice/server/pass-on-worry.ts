/**
 * "Zorgen doorgeven" from the entrepreneur's side: a thin entrance to the signal point
 * (src/modules/signals). The entrepreneur later sees only received / picked up / closed.
 */
import type { TenantContext } from "@/lib/auth/context";
import { forbidden } from "@/lib/result";
import { createSignal } from "@/modules/signals/server/create-signal";
import { listOwnSignals } from "@/modules/signals/server/read-signals";

export async function passOnWorry(ctx: TenantContext, input: unknown): Promise<{ id: string }> {
  if (ctx.role !== "ONDERNEMER") throw forbidden();
  const { id } = await createSignal(ctx, input, "ONDERNEMER");
  return { id };
}

/** Only the status of the worries this person passed on: never what happened with the person. */
export async function myWorries(ctx: TenantContext) {
  if (ctx.role !== "ONDERNEMER") throw forbidden();
  return listOwnSignals(ctx);
}
