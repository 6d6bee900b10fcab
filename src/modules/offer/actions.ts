"use server";
/** Server actions for the support offer. Each checks authentication/permission itself. */
import type { ActionResult, FormState } from "@/lib/result";
import { publicAction, tenantAction, tenantFormAction } from "@/server/action";
import { OFFER_EDIT_FORM, OFFER_FORM } from "./form-fields";
import { confirmOfferByToken, createOffer, unpublishOffer, updateOffer } from "./server/offers";
import { proposeActivity, publishOffer } from "./server/proposals";
import type { TOffer } from "./schemas";

/** The staff page of the offer; AANBOD adds the public one. */
const STAFF = (slug: string) => [`/app/${slug}/aanbod`];
const AANBOD = (slug: string) => [...STAFF(slug), `/g/${slug}/aanbod`];

export async function createOfferAction(gemeenteSlug: string, _prev: FormState<TOffer>, fd: FormData): Promise<FormState<TOffer>> {
  return tenantFormAction("createOfferAction", gemeenteSlug, "coalition:manage", { data: fd, fields: OFFER_FORM }, createOffer, {
    refresh: AANBOD,
  });
}

/** Public on purpose: the signed token from the provider's mail is the authorisation. */
export async function confirmOfferAction(token: unknown): Promise<ActionResult<{ title: string; gemeenteName: string }>> {
  return publicAction("confirmOfferAction", () => confirmOfferByToken(token));
}

/** An entrepreneur proposes an activity they host (reviewed before it appears in the offer). */
export async function proposeActivityAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string; title: string }>> {
  return tenantAction("proposeActivityAction", gemeenteSlug, "organisation:self", (ctx) => proposeActivity(ctx, input), { refresh: STAFF });
}

/** A regisseur publishes a (proposed) entry in the support offer. */
export async function publishOfferAction(gemeenteSlug: string, id: unknown): Promise<ActionResult<{ id: string; title: string }>> {
  return tenantAction("publishOfferAction", gemeenteSlug, "coalition:manage", (ctx) => publishOffer(ctx, id), { refresh: AANBOD });
}

/** A regisseur changes an entry (same schema as adding one; counts as a confirmation). */
export async function updateOfferAction(
  gemeenteSlug: string,
  id: string,
  _prev: FormState<TOffer>,
  fd: FormData,
): Promise<FormState<TOffer>> {
  return tenantFormAction(
    "updateOfferAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: OFFER_EDIT_FORM },
    (ctx, input) => updateOffer(ctx, String(id), input),
    { refresh: AANBOD },
  );
}

/** A regisseur takes an entry off the public page. */
export async function unpublishOfferAction(gemeenteSlug: string, id: unknown): Promise<ActionResult<{ id: string; title: string }>> {
  return tenantAction("unpublishOfferAction", gemeenteSlug, "coalition:manage", (ctx) => unpublishOffer(ctx, id), { refresh: AANBOD });
}
