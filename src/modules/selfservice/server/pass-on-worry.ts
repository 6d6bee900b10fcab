/**
 * "Zorgen doorgeven" from the entrepreneur's and the coalition partner's side: a thin entrance to the
 * signal point (src/modules/signals), through its one createSignal core. The source follows from the
 * role (ONDERNEMER → ONDERNEMER, PARTNER → PARTNER). The reporter later sees only received / picked
 * up / closed of their own signals (listOwnSignals), never the case.
 */
import type { SignalSource } from "@/modules/signals";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden } from "@/lib/result";
import { createSignal } from "@/modules/signals/server";
import { listOwnSignals } from "@/modules/signals/server";

/** The roles with a "zorgen doorgeven" page, and the signal source each files with. */
export const WORRY_SOURCE_BY_ROLE: Readonly<Partial<Record<string, SignalSource>>> = { ONDERNEMER: "ONDERNEMER", PARTNER: "PARTNER" };

function worrySource(ctx: Pick<TenantContext, "role">): SignalSource {
  const source = WORRY_SOURCE_BY_ROLE[ctx.role];
  if (!source) throw forbidden();
  return source;
}

export async function passOnWorry(ctx: TenantContext, input: unknown): Promise<{ id: string }> {
  const { id } = await createSignal(ctx, input, worrySource(ctx));
  return { id };
}

/** Only the status of the worries this person passed on: never what happened with the person. */
export async function myWorries(ctx: TenantContext) {
  worrySource(ctx);
  return listOwnSignals(ctx);
}
