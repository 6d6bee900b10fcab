"use server";
/** Server actions for the campaign year plan. Each checks authentication and permission itself. */
import type { ActionResult } from "@/lib/result";
import { tenantAction } from "@/server/action";
import { createCampaign, deleteCampaign, fillYear, updateCampaign } from "./server/campaigns";
import type { TCampaign } from "./schemas";

const CAMPAIGNS = (slug: string) => [`/app/${slug}/campagnes`];

export async function createCampaignAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<TCampaign>> {
  return tenantAction("createCampaignAction", gemeenteSlug, "coalition:manage", (ctx) => createCampaign(ctx, input), {
    refresh: CAMPAIGNS,
  });
}

export async function updateCampaignAction(gemeenteSlug: string, id: string, input: unknown): Promise<ActionResult<TCampaign>> {
  return tenantAction("updateCampaignAction", gemeenteSlug, "coalition:manage", (ctx) => updateCampaign(ctx, id, input), {
    refresh: CAMPAIGNS,
  });
}

export async function deleteCampaignAction(gemeenteSlug: string, id: string): Promise<ActionResult<{ id: string; title: string }>> {
  return tenantAction("deleteCampaignAction", gemeenteSlug, "coalition:manage", (ctx) => deleteCampaign(ctx, id), {
    refresh: CAMPAIGNS,
  });
}

export async function fillYearAction(gemeenteSlug: string, year: number): Promise<ActionResult<{ year: number; added: number }>> {
  return tenantAction("fillYearAction", gemeenteSlug, "coalition:manage", (ctx) => fillYear(ctx, year), { refresh: CAMPAIGNS });
}
