"use server";
/**
 * Server actions for the coalition circles and the klankbordgroep. Each checks the session and the
 * permission itself (server actions are public POST endpoints); the domain functions validate the
 * input and check again.
 */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import type { TPartner } from "@/modules/partners/schemas";
import { movePartner, placeVestiging, type TCircleVestiging } from "./server/circles";
import {
  createKlankbordInput,
  createKlankbordMeeting,
  createKlankbordMember,
  deleteKlankbordMember,
  setKlankbordInputStatus,
} from "./server/klankbord";

const partnersPath = (slug: string) => `/app/${slug}/partners`;
const klankbordPath = (slug: string) => `/app/${slug}/klankbordgroep`;

/** Move a partner to another circle (with its ambassadeur). A partner always sits in a circle. */
export async function movePartnerAction(gemeenteSlug: string, id: string, input: unknown): Promise<ActionResult<TPartner>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "partners:manage");
    const partner = await movePartner(ctx, String(id), input);
    revalidatePath(partnersPath(ctx.gemeente.slug));
    return partner;
  }, "movePartnerAction");
}

export async function placeVestigingAction(gemeenteSlug: string, id: string, input: unknown): Promise<ActionResult<TCircleVestiging>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "partners:manage");
    const result = await placeVestiging(ctx, String(id), input);
    revalidatePath(partnersPath(ctx.gemeente.slug));
    return result;
  }, "placeVestigingAction");
}

export async function createKlankbordMemberAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const result = await createKlankbordMember(ctx, input);
    revalidatePath(klankbordPath(ctx.gemeente.slug));
    return result;
  }, "createKlankbordMemberAction");
}

export async function deleteKlankbordMemberAction(gemeenteSlug: string, id: string): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const result = await deleteKlankbordMember(ctx, String(id));
    revalidatePath(klankbordPath(ctx.gemeente.slug));
    return result;
  }, "deleteKlankbordMemberAction");
}

export async function createKlankbordMeetingAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const result = await createKlankbordMeeting(ctx, input);
    revalidatePath(klankbordPath(ctx.gemeente.slug));
    return result;
  }, "createKlankbordMeetingAction");
}

export async function createKlankbordInputAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const result = await createKlankbordInput(ctx, input);
    revalidatePath(klankbordPath(ctx.gemeente.slug));
    return result;
  }, "createKlankbordInputAction");
}

export async function setKlankbordInputStatusAction(
  gemeenteSlug: string,
  id: string,
  input: unknown,
): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const result = await setKlankbordInputStatus(ctx, String(id), input);
    revalidatePath(klankbordPath(ctx.gemeente.slug));
    return result;
  }, "setKlankbordInputStatusAction");
}
