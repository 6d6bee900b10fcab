"use server";
/** Server actions for the support offer. Each checks authentication/permission itself. */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import { confirmOfferByToken, createOffer, unpublishOffer, updateOffer } from "./server/offers";
import { proposeActivity, publishOffer } from "./server/proposals";
import type { TOffer } from "./schemas";

export async function createOfferAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<TOffer>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const offer = await createOffer(ctx, input);
    revalidatePath(`/app/${ctx.gemeente.slug}/aanbod`);
    revalidatePath(`/g/${ctx.gemeente.slug}/aanbod`);
    return offer;
  }, "createOfferAction");
}

/** Public on purpose: the signed token from the provider's mail is the authorisation. */
export async function confirmOfferAction(token: unknown): Promise<ActionResult<{ title: string; gemeenteName: string }>> {
  return runAction(() => confirmOfferByToken(token), "confirmOfferAction");
}

/** An entrepreneur proposes an activity they host (reviewed before it appears in the offer). */
export async function proposeActivityAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string; title: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "organisation:self");
    const row = await proposeActivity(ctx, input);
    revalidatePath(`/app/${ctx.gemeente.slug}/aanbod`);
    return row;
  }, "proposeActivityAction");
}

/** A regisseur publishes a (proposed) entry in the support offer. */
export async function publishOfferAction(gemeenteSlug: string, id: unknown): Promise<ActionResult<{ id: string; title: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const row = await publishOffer(ctx, id);
    revalidatePath(`/app/${ctx.gemeente.slug}/aanbod`);
    revalidatePath(`/g/${ctx.gemeente.slug}/aanbod`);
    return row;
  }, "publishOfferAction");
}

/** A regisseur changes an entry (same schema as adding one; counts as a confirmation). */
export async function updateOfferAction(gemeenteSlug: string, id: string, input: unknown): Promise<ActionResult<TOffer>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const offer = await updateOffer(ctx, String(id), input);
    revalidatePath(`/app/${ctx.gemeente.slug}/aanbod`);
    revalidatePath(`/g/${ctx.gemeente.slug}/aanbod`);
    return offer;
  }, "updateOfferAction");
}

/** A regisseur takes an entry off the public page. */
export async function unpublishOfferAction(gemeenteSlug: string, id: unknown): Promise<ActionResult<{ id: string; title: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const row = await unpublishOffer(ctx, id);
    revalidatePath(`/app/${ctx.gemeente.slug}/aanbod`);
    revalidatePath(`/g/${ctx.gemeente.slug}/aanbod`);
    return row;
  }, "unpublishOfferAction");
}
