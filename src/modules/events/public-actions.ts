"use server";
/**
 * Server actions for people without an account: registering on the public agenda, answering a
 * personal invitation and cancelling through the link in the confirmation mail. No session is read;
 * the signed token or the public gemeente is the only authority (server/guests.ts). The forms post
 * without JavaScript too (useActionState / plain form actions). Inputs are never logged.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { publicTenant } from "@/lib/auth/context";
import { clientIp } from "@/lib/auth/throttle";
import { AppError, runAction, type ActionResult } from "@/lib/result";
import { cancelGuestByToken, registerPublicGuest, respondToInvitation } from "./server/guests";

export type GuestRegisterState = (ActionResult<{ registered: true }> & { values?: { name: string; email: string } }) | null;

/** Public agenda: name and e-mail for one public event. Bound on the server page to slug and event. */
export async function registerPublicGuestAction(gemeenteSlug: string, eventId: string, _prev: GuestRegisterState, fd: FormData): Promise<GuestRegisterState> {
  const values = fd instanceof FormData ? { name: String(fd.get("name") ?? ""), email: String(fd.get("email") ?? "") } : { name: "", email: "" };
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
  redirect(`${base}?fout=${encodeURIComponent(r.code === "EVENT_FULL" ? "vol" : r.code === "EVENT_CANCELLED" ? "afgelast" : r.code === "EVENT_PAST" ? "voorbij" : "link")}`);
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
