"use server";
/** Server actions for the campaign year plan. Each checks authentication and permission itself. */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import { createCampaign, deleteCampaign, fillYear, updateCampaign } from "./server/campaigns";
import type { TCampaign } from "./schemas";

const manage = async (gemeenteSlug: string) => requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
const refresh = (slug: string) => revalidatePath(`/app/${slug}/campagnes`);

export async function createCampaignAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<TCampaign>> {
  return runAction(async () => {
    const ctx = await manage(gemeenteSlug);
    const c = await createCampaign(ctx, input);
    refresh(ctx.gemeente.slug);
    return c;
  }, "createCampaignAction");
}

export async function updateCampaignAction(gemeenteSlug: string, id: string, input: unknown): Promise<ActionResult<TCampaign>> {
  return runAction(async () => {
    const ctx = await manage(gemeenteSlug);
    const c = await updateCampaign(ctx, id, input);
    refresh(ctx.gemeente.slug);
    return c;
  }, "updateCampaignAction");
}

export async function deleteCampaignAction(gemeenteSlug: string, id: string): Promise<ActionResult<{ id: string; title: string }>> {
  return runAction(async () => {
    const ctx = await manage(gemeenteSlug);
    const c = await deleteCampaign(ctx, id);
    refresh(ctx.gemeente.slug);
    return c;
  }, "deleteCampaignAction");
}

export async function fillYearAction(gemeenteSlug: string, year: number): Promise<ActionResult<{ year: number; added: number }>> {
  return runAction(async () => {
    const ctx = await manage(gemeenteSlug);
    const r = await fillYear(ctx, year);
    refresh(ctx.gemeente.slug);
    return r;
  }, "fillYearAction");
}
