"use server";
/**
 * Server actions for coalition partners. Each checks the session and the permission itself (server
 * actions are public POST endpoints); the domain functions validate the input and check again.
 */
import type { ActionResult, FormState } from "@/lib/result";
import { tenantAction, tenantFormAction } from "@/server/action";
import { PARTNER_FORM } from "./form-fields";
import { createPartner } from "./server/create-partner";
import { updatePartner } from "./server/update-partner";
import { deletePartner } from "./server/delete-partner";
import type { TPartner } from "./schemas";

const PARTNERS = (slug: string) => [`/app/${slug}/partners`];

/** The partner form (posts with and without JavaScript). */
export async function createPartnerAction(gemeenteSlug: string, _prev: FormState<TPartner>, fd: FormData): Promise<FormState<TPartner>> {
  return tenantFormAction("createPartnerAction", gemeenteSlug, "partners:manage", { data: fd, fields: PARTNER_FORM }, createPartner, {
    refresh: PARTNERS,
  });
}

export async function updatePartnerAction(gemeenteSlug: string, id: string, input: unknown): Promise<ActionResult<TPartner>> {
  return tenantAction("updatePartnerAction", gemeenteSlug, "partners:manage", (ctx) => updatePartner(ctx, String(id), input), {
    refresh: PARTNERS,
  });
}

export async function deletePartnerAction(gemeenteSlug: string, id: string): Promise<ActionResult<{ id: string }>> {
  return tenantAction("deletePartnerAction", gemeenteSlug, "partners:manage", (ctx) => deletePartner(ctx, String(id)), {
    refresh: PARTNERS,
  });
}
