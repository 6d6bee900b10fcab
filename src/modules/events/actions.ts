"use server";
/** Server actions for the agenda. Each checks authentication and permission itself. */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import { cancelEvent, cancelRegistration, closeEvent, createEvent, recordAttendance, registerForEvent, updateEvent } from "./server/events";
import { inviteToEvent } from "./server/invitations";
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

export async function updateEventAction(gemeenteSlug: string, eventId: string, input: unknown): Promise<ActionResult<TEvent>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const e = await updateEvent(ctx, eventId, input);
    paths(ctx.gemeente.slug);
    revalidatePath(`/g/${ctx.gemeente.slug}/agenda`);
    return e;
  }, "updateEventAction");
}

export async function cancelEventAction(gemeenteSlug: string, eventId: string, input: unknown): Promise<ActionResult<{ id: string; title: string; notified: number }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const r = await cancelEvent(ctx, eventId, input);
    paths(ctx.gemeente.slug);
    revalidatePath(`/g/${ctx.gemeente.slug}/agenda`);
    return r;
  }, "cancelEventAction");
}

export async function inviteToEventAction(gemeenteSlug: string, eventId: string, input: unknown): Promise<ActionResult<{ invited: number; alreadyInvited: number }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const r = await inviteToEvent(ctx, eventId, input);
    paths(ctx.gemeente.slug);
    return r;
  }, "inviteToEventAction");
}

/** Close a meeting with its attendance (members, guests, walk-ins), organisations and report. */
export async function closeEventAction(gemeenteSlug: string, eventId: string, input: unknown): Promise<ActionResult<{ attended: number }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const r = await closeEvent(ctx, eventId, input);
    paths(ctx.gemeente.slug);
    revalidatePath(`/app/${ctx.gemeente.slug}/plan`);
    return r;
  }, "closeEventAction");
}
