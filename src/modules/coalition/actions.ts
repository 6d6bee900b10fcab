"use server";
/**
 * Server actions for the coalition circles and the klankbordgroep. Each checks the session and the
 * permission itself (server actions are public POST endpoints); the domain functions validate the
 * input and check again.
 */
import type { ActionResult } from "@/lib/result";
import { tenantAction } from "@/server/action";
import type { TPartner } from "@/modules/partners";
import { movePartner, placeVestiging, type TCircleVestiging } from "./server/circles";
import {
  createKlankbordInput,
  createKlankbordMeeting,
  createKlankbordMember,
  deleteKlankbordMember,
  setKlankbordInputStatus,
} from "./server/klankbord";

const PARTNERS = (slug: string) => [`/app/${slug}/partners`];
const KLANKBORD = (slug: string) => [`/app/${slug}/klankbordgroep`];

/** Move a partner to another circle (with its ambassadeur). A partner always sits in a circle. */
export async function movePartnerAction(gemeenteSlug: string, id: string, input: unknown): Promise<ActionResult<TPartner>> {
  return tenantAction("movePartnerAction", gemeenteSlug, "partners:manage", (ctx) => movePartner(ctx, String(id), input), {
    refresh: PARTNERS,
  });
}

export async function placeVestigingAction(gemeenteSlug: string, id: string, input: unknown): Promise<ActionResult<TCircleVestiging>> {
  return tenantAction("placeVestigingAction", gemeenteSlug, "partners:manage", (ctx) => placeVestiging(ctx, String(id), input), {
    refresh: PARTNERS,
  });
}

export async function createKlankbordMemberAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return tenantAction("createKlankbordMemberAction", gemeenteSlug, "coalition:manage", (ctx) => createKlankbordMember(ctx, input), {
    refresh: KLANKBORD,
  });
}

export async function deleteKlankbordMemberAction(gemeenteSlug: string, id: string): Promise<ActionResult<{ id: string }>> {
  return tenantAction("deleteKlankbordMemberAction", gemeenteSlug, "coalition:manage", (ctx) => deleteKlankbordMember(ctx, String(id)), {
    refresh: KLANKBORD,
  });
}

export async function createKlankbordMeetingAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return tenantAction("createKlankbordMeetingAction", gemeenteSlug, "coalition:manage", (ctx) => createKlankbordMeeting(ctx, input), {
    refresh: KLANKBORD,
  });
}

export async function createKlankbordInputAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return tenantAction("createKlankbordInputAction", gemeenteSlug, "coalition:manage", (ctx) => createKlankbordInput(ctx, input), {
    refresh: KLANKBORD,
  });
}

export async function setKlankbordInputStatusAction(
  gemeenteSlug: string,
  id: string,
  input: unknown,
): Promise<ActionResult<{ id: string }>> {
  return tenantAction(
    "setKlankbordInputStatusAction",
    gemeenteSlug,
    "coalition:manage",
    (ctx) => setKlankbordInputStatus(ctx, String(id), input),
    { refresh: KLANKBORD },
  );
}
