"use server";
/**
 * Server actions for coalition partners. Each checks the session and the permission itself (server
 * actions are public POST endpoints); the domain functions validate the input and check again.
 */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import { createPartner } from "./server/create-partner";
import { updatePartner } from "./server/update-partner";
import { deletePartner } from "./server/delete-partner";
import type { TPartner } from "./schemas";

const partnersPath = (slug: string) => `/app/${slug}/partners`;

export async function createPartnerAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<TPartner>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "partners:manage");
    const partner = await createPartner(ctx, input);
    revalidatePath(partnersPath(ctx.gemeente.slug));
    return partner;
  }, "createPartnerAction");
}

export async function updatePartnerAction(gemeenteSlug: string, id: string, input: unknown): Promise<ActionResult<TPartner>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "partners:manage");
    const partner = await updatePartner(ctx, String(id), input);
    revalidatePath(partnersPath(ctx.gemeente.slug));
    return partner;
  }, "updatePartnerAction");
}

export async function deletePartnerAction(gemeenteSlug: string, id: string): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "partners:manage");
    const result = await deletePartner(ctx, String(id));
    revalidatePath(partnersPath(ctx.gemeente.slug));
    return result;
  }, "deletePartnerAction");
}
