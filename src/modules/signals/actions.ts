"use server";
/**
 * Server actions for signals. Each checks the session/permission itself (server actions are public
 * POST endpoints); the domain functions validate and check again. Inputs are never logged.
 */
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { clientIp } from "@/lib/auth/throttle";
import { AppError, runAction, type ActionResult } from "@/lib/result";
import { submitPublicSignal } from "./server/public-intake";
import { createSignal } from "./server/create-signal";
import { transitionSignal } from "./server/transition-signal";

export type IntakeState = ActionResult<{ statusCode: string }> | null;

const FIELDS = ["residentName", "residentContact", "wijk", "situation", "reporterName", "reporterContact", "reporterEmail", "token", "website"] as const;
function formObject(fd: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = fd.get(f);
    if (typeof v === "string") out[f] = v;
  }
  return out;
}

/** The public form (no login). */
export async function submitPublicSignalAction(gemeenteSlug: string, _prev: IntakeState, fd: FormData): Promise<IntakeState> {
  return runAction(async () => {
    // Anything but the form's own data is bad input, not a server fault.
    if (!(fd instanceof FormData)) throw new AppError("VALIDATION");
    const address = clientIp(await headers());
    const r = await submitPublicSignal(String(gemeenteSlug), formObject(fd), address);
    return { statusCode: r.statusCode };
  }, "submitPublicSignalAction");
}

/** Phone intake by the loket, on behalf of the caller. */
export async function phoneIntakeAction(gemeenteSlug: string, _prev: IntakeState, fd: FormData): Promise<IntakeState> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "signals:create");
    const r = await createSignal(ctx, formObject(fd), "LOKET_TELEFOON");
    revalidatePath(`/app/${ctx.gemeente.slug}/signalen`);
    return { statusCode: r.statusCode };
  }, "phoneIntakeAction");
}

export type TransitionState = ActionResult<{ status: string }> | null;

/** Next step in the follow-up. */
export async function transitionSignalAction(gemeenteSlug: string, id: string, _prev: TransitionState, fd: FormData): Promise<TransitionState> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "signals:work");
    const input: Record<string, string> = {};
    for (const f of ["to", "reason", "assigneeUserId", "volunteerUserId", "referralTo", "outcome"]) {
      const v = fd.get(f);
      if (typeof v === "string" && v !== "") input[f] = v;
    }
    const r = await transitionSignal(ctx, String(id), input);
    revalidatePath(`/app/${ctx.gemeente.slug}/signalen`);
    return { status: r.status };
  }, "transitionSignalAction");
}
