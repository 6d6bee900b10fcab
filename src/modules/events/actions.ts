"use server";
/**
 * Server actions for the agenda. Each checks authentication and permission itself. The last three
 * are for people without an account (registering on the public agenda, the personal invitation link,
 * the cancel link): no session is read; the public gemeente or the signed token is the only authority
 * (server/guests.ts). Their forms post without JavaScript too.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicTenant } from "@/lib/auth/context";
import { clientIp } from "@/lib/auth/throttle";
import { cancelGuestByToken, registerPublicGuest, respondToInvitation } from "./server/guests";
import { formValues } from "@/lib/input/form-values";
import type { ActionResult, FormState } from "@/lib/result";
import { publicAction, tenantAction, tenantFormAction } from "@/server/action";
import { cancelEvent, cancelRegistration, closeEvent, createEvent, registerForEvent, updateEvent } from "./server/events";
import { inviteToEvent } from "./server/invitations";
import { CANCEL_FORM, CLOSE_FORM, EVENT_FORM, eventInput, GUEST_FORM, INVITE_FORM } from "./form-fields";
import { amsterdamLocalToIso, type TEvent } from "./schemas";

const paths = (slug: string) => [`/app/${slug}/agenda`, `/app/${slug}/dashboard`];
/** With the public agenda. */
const WITH_PUBLIC = (slug: string) => [...paths(slug), `/g/${slug}/agenda`];
/** With the plan page (closing a meeting). */
const WITH_PLAN = (slug: string) => [...paths(slug), `/app/${slug}/plan`];

/** The event form's input: its fields, with the wall times read as Amsterdam time (form-fields.ts). */
const eventForm = (input: Record<string, unknown>) => eventInput(input, amsterdamLocalToIso);

export async function createEventAction(gemeenteSlug: string, _prev: FormState<TEvent>, fd: FormData): Promise<FormState<TEvent>> {
  return tenantFormAction(
    "createEventAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: EVENT_FORM },
    (ctx, input) => createEvent(ctx, eventForm(input)),
    { refresh: paths },
  );
}

export async function registerForEventAction(gemeenteSlug: string, eventId: string): Promise<ActionResult<{ registrations: number }>> {
  return tenantAction("registerForEventAction", gemeenteSlug, "gemeente:read", (ctx) => registerForEvent(ctx, eventId), {
    refresh: paths,
  });
}

export async function cancelRegistrationAction(gemeenteSlug: string, eventId: string): Promise<ActionResult<{ registrations: number }>> {
  return tenantAction("cancelRegistrationAction", gemeenteSlug, "gemeente:read", (ctx) => cancelRegistration(ctx, eventId), {
    refresh: paths,
  });
}

export async function updateEventAction(
  gemeenteSlug: string,
  eventId: string,
  _prev: FormState<TEvent>,
  fd: FormData,
): Promise<FormState<TEvent>> {
  return tenantFormAction(
    "updateEventAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: EVENT_FORM },
    (ctx, input) => updateEvent(ctx, eventId, eventForm(input)),
    { refresh: WITH_PUBLIC },
  );
}

export async function cancelEventAction(
  gemeenteSlug: string,
  eventId: string,
  _prev: FormState<{ id: string; title: string; notified: number }>,
  fd: FormData,
): Promise<FormState<{ id: string; title: string; notified: number }>> {
  return tenantFormAction(
    "cancelEventAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: CANCEL_FORM },
    (ctx, input) => cancelEvent(ctx, eventId, input),
    { refresh: WITH_PUBLIC },
  );
}

export async function inviteToEventAction(
  gemeenteSlug: string,
  eventId: string,
  _prev: FormState<{ invited: number; alreadyInvited: number }>,
  fd: FormData,
): Promise<FormState<{ invited: number; alreadyInvited: number }>> {
  return tenantFormAction(
    "inviteToEventAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: INVITE_FORM },
    (ctx, input) => inviteToEvent(ctx, eventId, input),
    { refresh: paths },
  );
}

/** Close a meeting with its attendance (members, guests, walk-ins), organisations and report. */
export async function closeEventAction(
  gemeenteSlug: string,
  eventId: string,
  _prev: FormState<{ attended: number }>,
  fd: FormData,
): Promise<FormState<{ attended: number }>> {
  return tenantFormAction(
    "closeEventAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: CLOSE_FORM },
    (ctx, input) => closeEvent(ctx, eventId, input),
    { refresh: WITH_PLAN },
  );
}

// ---------- People without an account ----------

/**
 * The public agenda of the gemeente: refreshed only after publicTenant found it, whose slug is the
 * one asked for (an exact match).
 */
const publicAgenda = (gemeenteSlug: string) => [`/g/${String(gemeenteSlug)}/agenda`];

/** The register form's result (after an error with the typed values, as every refused form: src/server/action.ts). */
export type GuestRegisterState = FormState<{ registered: true }>;

/** Public agenda: name and e-mail for one public event. Bound on the server page to slug and event. */
export async function registerPublicGuestAction(
  gemeenteSlug: string,
  eventId: string,
  _prev: GuestRegisterState,
  fd: FormData,
): Promise<GuestRegisterState> {
  const read = formValues(fd, GUEST_FORM);
  const values = { name: String(read.name), email: String(read.email) };
  return publicAction(
    "registerPublicGuestAction",
    async () => {
      const ctx = await publicTenant(String(gemeenteSlug));
      return registerPublicGuest(ctx, String(eventId), values, clientIp(await headers()));
    },
    { form: fd, refresh: () => publicAgenda(gemeenteSlug) },
  );
}

/** The personal invitation link's buttons ("ja" / "nee"). Answers by going back to the same page. */
export async function respondToInvitationAction(gemeenteSlug: string, token: string, fd: FormData): Promise<void> {
  const answer = fd instanceof FormData ? fd.get("antwoord") : null;
  const r = await publicAction("respondToInvitationAction", async () => {
    const ctx = await publicTenant(String(gemeenteSlug));
    return respondToInvitation(ctx.gemeente.id, String(token), answer);
  });
  const base = `/g/${encodeURIComponent(String(gemeenteSlug))}/uitnodiging/${encodeURIComponent(String(token))}`;
  if (r.ok) redirect(`${base}?antwoord=${r.data.registered ? "ja" : "nee"}`);
  redirect(
    `${base}?fout=${encodeURIComponent(r.code === "EVENT_FULL" ? "vol" : r.code === "EVENT_CANCELLED" ? "afgelast" : r.code === "EVENT_PAST" ? "voorbij" : "link")}`,
  );
}

/** The cancel link's button: removes that one registration. */
export async function cancelGuestAction(gemeenteSlug: string, token: string): Promise<void> {
  const r = await publicAction(
    "cancelGuestAction",
    async () => {
      const ctx = await publicTenant(String(gemeenteSlug));
      return cancelGuestByToken(ctx.gemeente.id, String(token));
    },
    { refresh: () => publicAgenda(gemeenteSlug) },
  );
  const base = `/g/${encodeURIComponent(String(gemeenteSlug))}/aanmelding/${encodeURIComponent(String(token))}`;
  redirect(r.ok ? `${base}?afgemeld=1` : `${base}?fout=link`);
}
