"use server";
/**
 * Server actions for user administration. Each one checks the session and the permission itself
 * (server actions are public POST endpoints); the domain functions in ./server do the work.
 */
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { requireTenant } from "@/lib/auth/context";
import { clientIp } from "@/lib/auth/throttle";
import { getActor } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/result";
import { changeRole } from "./server/change-role";
import { disableUser, enableUser } from "./server/disable-user";
import { confirmTotp, startTotpSetup } from "./server/enable-totp";
import { logOutEverywhere } from "./server/log-out-everywhere";
import { signUpOndernemer } from "./server/sign-up-ondernemer";
import { updateWorkDetails } from "./server/work-details";

export async function changeRoleAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ userId: string; role: string }>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "members:manage");
    return changeRole(ctx, input);
  }, "users.changeRole");
}

export async function disableUserAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  return runAction(async () => disableUser(await getActor(), input), "users.disable");
}

export async function enableUserAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  return runAction(async () => enableUser(await getActor(), input), "users.enable");
}

export async function logOutEverywhereAction(): Promise<ActionResult<void>> {
  return runAction(async () => logOutEverywhere(await getActor()), "users.logOutEverywhere");
}

export async function startTotpSetupAction(): Promise<ActionResult<{ secret: string; uri: string; qrSvg: string }>> {
  return runAction(async () => startTotpSetup(await getActor()), "users.startTotp");
}

export async function confirmTotpAction(input: unknown): Promise<ActionResult<{ enabled: true }>> {
  return runAction(async () => confirmTotp(await getActor(), input), "users.confirmTotp");
}

/** Public on purpose: a new entrepreneur signs up (see server/sign-up-ondernemer.ts). */
/** The client address of this request; outside a request (tests, scripts) one shared "unknown" budget. */
async function requestAddress(): Promise<string> {
  try {
    return clientIp(await headers());
  } catch (error) {
    unstable_rethrow(error);
    return "unknown";
  }
}

export async function signUpOndernemerAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => signUpOndernemer(input, await requestAddress()), "users.signUpOndernemer");
}

/** Account page: one's function and contact details. Takes the form's data, so it also works without JavaScript. */
export async function updateWorkDetailsAction(_previous: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  return runAction(async () => {
    const actor = await getActor();
    // Anything but form data carries no fields: the domain then refuses an anonymous caller first.
    const field = (name: string) => (form instanceof FormData ? String(form.get(name) ?? "") : undefined);
    return updateWorkDetails(actor, { jobTitle: field("jobTitle"), workContact: field("workContact") });
  }, "users.updateWorkDetails");
}
