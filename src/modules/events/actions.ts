"use server";
/**
 * Server actions for the agenda. Each checks authentication and permission itself. The last three
 * are for people without an account (registering on the public agenda, the personal invitation link,
 * the cancel link): no session is read; the public gemeente or the signed token is the only authority
 * (server/guests.ts). Their forms post without JavaScript too.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { publicTenant } from "@/lib/auth/context";
import { clientIp } from "@/lib/auth/throttle";
import { cancelGuestByToken, registerPublicGuest, respondToInvitation } from "./server/guests";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { AppError, runAction, type ActionResult } from "@/lib/result";
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

export async function recordAttendanceAction(
  gemeenteSlug: string,
  eventId: string,
  registrationIds: string[],
): Promise<ActionResult<{ attended: number }>> {
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

export async function cancelEventAction(
  gemeenteSlug: string,
  eventId: string,
  input: unknown,
): Promise<ActionResult<{ id: string; title: string; notified: number }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    const r = await cancelEvent(ctx, eventId, input);
    paths(ctx.gemeente.slug);
    revalidatePath(`/g/${ctx.gemeente.slug}/agenda`);
    return r;
  }, "cancelEventAction");
}

export async function inviteToEventAction(
  gemeenteSlug: string,
  eventId: string,
  input: unknown,
): Promise<ActionResult<{ invited: number; alreadyInvited: number }>> {
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

// ---------- People without an account ----------

export type GuestRegisterState = (ActionResult<{ registered: true }> & { values?: { name: string; email: string } }) | null;

/** Public agenda: name and e-mail for one public event. Bound on the server page to slug and event. */
export async function registerPublicGuestAction(
  gemeenteSlug: string,
  eventId: string,
  _prev: GuestRegisterState,
  fd: FormData,
): Promise<GuestRegisterState> {
  const values =
    fd instanceof FormData ? { name: String(fd.get("name") ?? ""), email: String(fd.get("email") ?? "") } : { name: "", email: "" };
  const r = await runAction(async () => {
    if (!(fd instanceof FormData)) throw new AppError("VALIDATION");
    const ctx = await publicTenant(String(gemeenteSlug));
    const res = await registerPublicGuest(ctx, String(eventId), values, clientIp(await headers()));
    revalidatePath(`/g/${ctx.gemeente.slug}/agenda`);
    return res;
  }, "registerPublicGuestAction");
  // The typed values come back only to refill the form after an error.
  return r.ok ? r : { ...r, values };
}

/** The personal invitation link's buttons ("ja" / "nee"). Answers by going back to the same page. */
export async function respondToInvitationAction(gemeenteSlug: string, token: string, fd: FormData): Promise<void> {
  const answer = fd instanceof FormData ? fd.get("antwoord") : null;
  const r = await runAction(async () => {
    const ctx = await publicTenant(String(gemeenteSlug));
    return respondToInvitation(ctx.gemeente.id, String(token), answer);
  }, "respondToInvitationAction");
  const base = `/g/${encodeURIComponent(String(gemeenteSlug))}/uitnodiging/${encodeURIComponent(String(token))}`;
  if (r.ok) redirect(`${base}?antwoord=${r.data.registered ? "ja" : "nee"}`);
  redirect(
    `${base}?fout=${encodeURIComponent(r.code === "EVENT_FULL" ? "vol" : r.code === "EVENT_CANCELLED" ? "afgelast" : r.code === "EVENT_PAST" ? "voorbij" : "link")}`,
  );
}

/** The cancel link's button: removes that one registration. */
export async function cancelGuestAction(gemeenteSlug: string, token: string): Promise<void> {
  const r = await runAction(async () => {
    const ctx = await publicTenant(String(gemeenteSlug));
    const res = await cancelGuestByToken(ctx.gemeente.id, String(token));
    revalidatePath(`/g/${ctx.gemeente.slug}/agenda`);
    return res;
  }, "cancelGuestAction");
  const base = `/g/${encodeURIComponent(String(gemeenteSlug))}/aanmelding/${encodeURIComponent(String(token))}`;
  redirect(r.ok ? `${base}?afgemeld=1` : `${base}?fout=link`);
}
