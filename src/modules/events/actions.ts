"use server";
/** Server actions for the agenda. Each checks authentication and permission itself. */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import { cancelRegistration, createEvent, recordAttendance, registerForEvent } from "./server/events";
import type { TEvent } from "./schemas";

const paths = (slug: string) => {
  revalidatePath(`/app/${slug}/agenda`);
  revalidatePath(`/app/${slug}/dashboard`);
};

export async function createEventAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<TEvent>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const e = await createEvent(ctx, input);
    paths(ctx.gemeente.slug);
    return e;
  }, "createEventAction");
}

export async function registerForEventAction(gemeenteSlug: string, eventId: string): Promise<ActionResult<{ registrations: number }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "gemeente:read");
    const r = await registerForEvent(ctx, eventId);
    paths(ctx.gemeente.slug);
    return r;
  }, "registerForEventAction");
}

export async function cancelRegistrationAction(gemeenteSlug: string, eventId: string): Promise<ActionResult<{ registrations: number }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "gemeente:read");
    const r = await cancelRegistration(ctx, eventId);
    paths(ctx.gemeente.slug);
    return r;
  }, "cancelRegistrationAction");
}

export async function recordAttendanceAction(gemeenteSlug: string, eventId: string, registrationIds: string[]): Promise<ActionResult<{ attended: number }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const r = await recordAttendance(ctx, eventId, registrationIds);
    paths(ctx.gemeente.slug);
    return r;
  }, "recordAttendanceAction");
}
