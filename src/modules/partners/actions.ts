"use server";
/**
 * Server actions for coalition partners. Each checks the session and the permission itself (server
 * actions are public POST endpoints); the domain functions validate the input and check again.
 */
import type { ActionResult } from "@/lib/result";
import { tenantAction } from "@/server/action";
import { createPartner } from "./server/create-partner";
import { updatePartner } from "./server/update-partner";
import { deletePartner } from "./server/delete-partner";
import type { TPartner } from "./schemas";

const PARTNERS = (slug: string) => [`/app/${slug}/partners`];

export async function createPartnerAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<TPartner>> {
  return tenantAction("createPartnerAction", gemeenteSlug, "partners:manage", (ctx) => createPartner(ctx, input), { refresh: PARTNERS });
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
