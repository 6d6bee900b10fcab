"use server";
/**
 * Server actions for the entrepreneur self-service. Each checks the session (and, inside a
 * gemeente, the permission) itself: server actions are public POST endpoints. The domain functions
 * validate the input with the same zod schemas the forms use.
 */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant, requireUser } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import { decideClaim, joinCoalition, leaveCoalition, registerOrganisation, type JoinResult, type RegisterResult } from "./server/self-service";
import { deleteMyAccount, updateProfile } from "./server/own-data";
import { passOnWorry } from "./server/pass-on-worry";

const orgPath = (slug: string) => `/app/${slug}/mijn-organisatie`;

export async function registerOrganisationAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<RegisterResult>> {
  return runAction(async () => {
    const actor = requireUser(await getActor());
    const result = await registerOrganisation(actor, String(gemeenteSlug), input);
    revalidatePath("/ondernemer");
    return result;
  }, "registerOrganisationAction");
}

export async function joinCoalitionAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<JoinResult>> {
  return runAction(async () => {
    const actor = requireUser(await getActor());
    const result = await joinCoalition(actor, String(gemeenteSlug), input);
    revalidatePath("/ondernemer");
    revalidatePath(orgPath(result.gemeente));
    revalidatePath(`/g/${result.gemeente}/partners`);
    return result;
  }, "joinCoalitionAction");
}

export async function leaveCoalitionAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ stopped: number }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "organisation:self");
    const result = await leaveCoalition(ctx, input);
    revalidatePath(orgPath(ctx.gemeente.slug));
    revalidatePath(`/g/${ctx.gemeente.slug}/partners`);
    return result;
  }, "leaveCoalitionAction");
}

export async function updateProfileAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string; held: boolean }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "organisation:self");
    const result = await updateProfile(ctx, input);
    revalidatePath(orgPath(ctx.gemeente.slug));
    return result;
  }, "updateProfileAction");
}

export async function decideClaimAction(gemeenteSlug: string, claimId: string, input: unknown): Promise<ActionResult<{ id: string; status: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "engagement:manage");
    return decideClaim(ctx, String(claimId), input);
  }, "decideClaimAction");
}

export async function deleteMyAccountAction(input: unknown): Promise<ActionResult<{ deleted: boolean }>> {
  return runAction(async () => {
    const actor = requireUser(await getActor());
    const result = await deleteMyAccount(actor, input);
    revalidatePath("/", "layout");
    return { deleted: result.deleted };
  }, "deleteMyAccountAction");
}

/**
 * "Zorgen doorgeven": the entrepreneur's entrance to the gemeente's signal point. The signal point's
 * own domain function stores it (same rules as every other intake); nothing is stored here.
 */
export async function passOnWorryAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "signals:create");
    const result = await passOnWorry(ctx, input);
    revalidatePath(`${orgPath(ctx.gemeente.slug)}/zorgen`);
    return result;
  }, "passOnWorryAction");
}

export type WorryFormState = ActionResult<{ id: string }> | null;
const WORRY_FIELDS = ["situation", "residentName", "wijk", "residentContact"] as const;

/**
 * The same, as the worry form's own action (progressive enhancement): the form POSTs its fields to
 * this action even before JavaScript runs, so a name or a worry never lands in a URL or access log.
 */
export async function passOnWorryFormAction(gemeenteSlug: string, _prev: WorryFormState, fd: FormData): Promise<WorryFormState> {
  const input: Record<string, string> = {};
  if (fd instanceof FormData) {
    for (const f of WORRY_FIELDS) {
      const v = fd.get(f);
      if (typeof v === "string") input[f] = v;
    }
  }
  // No revalidatePath here: without JavaScript the response renders the whole page anew anyway; with
  // JavaScript the form refreshes the list itself (router.refresh) after a success.
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "signals:create");
    return passOnWorry(ctx, input);
  }, "passOnWorryFormAction");
}
