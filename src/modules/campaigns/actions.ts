"use server";
/**
 * Server actions for the campaign year plan. Each checks authentication and permission itself. The
 * campaign form posts its FormData here (useActionForm), read with ./form-fields.ts.
 */
import type { ActionResult, FormState } from "@/lib/result";
import { tenantAction, tenantFormAction } from "@/server/action";
import { CAMPAIGN_FORM } from "./form-fields";
import { createCampaign, deleteCampaign, fillYear, updateCampaign } from "./server/campaigns";
import type { TCampaign } from "./schemas";

const CAMPAIGNS = (slug: string) => [`/app/${slug}/campagnes`];

export async function createCampaignAction(gemeenteSlug: string, _prev: FormState<TCampaign>, fd: FormData): Promise<FormState<TCampaign>> {
  return tenantFormAction("createCampaignAction", gemeenteSlug, "coalition:manage", { data: fd, fields: CAMPAIGN_FORM }, createCampaign, {
    refresh: CAMPAIGNS,
  });
}

export async function updateCampaignAction(
  gemeenteSlug: string,
  id: string,
  _prev: FormState<TCampaign>,
  fd: FormData,
): Promise<FormState<TCampaign>> {
  return tenantFormAction(
    "updateCampaignAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: CAMPAIGN_FORM },
    (ctx, input) => updateCampaign(ctx, id, input),
    { refresh: CAMPAIGNS },
  );
}

export async function deleteCampaignAction(gemeenteSlug: string, id: string): Promise<ActionResult<{ id: string; title: string }>> {
  return tenantAction("deleteCampaignAction", gemeenteSlug, "coalition:manage", (ctx) => deleteCampaign(ctx, id), {
    refresh: CAMPAIGNS,
  });
}

export async function fillYearAction(gemeenteSlug: string, year: number): Promise<ActionResult<{ year: number; added: number }>> {
  return tenantAction("fillYearAction", gemeenteSlug, "coalition:manage", (ctx) => fillYear(ctx, year), { refresh: CAMPAIGNS });
}
