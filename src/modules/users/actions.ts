"use server";
/**
 * Server actions for user administration. Each one checks the session and the permission itself
 * (server actions are public POST endpoints); the domain functions in ./server do the work.
 */
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { requireUser } from "@/lib/auth/context";
import { clientIp } from "@/lib/auth/throttle";
import type { ActionResult } from "@/lib/result";
import { actorAction, publicAction, tenantAction } from "@/server/action";
import { changeRole } from "./server/change-role";
import { disableUser, enableUser } from "./server/disable-user";
import { confirmTotp, startTotpSetup } from "./server/enable-totp";
import { logOutEverywhere } from "./server/log-out-everywhere";
import { signUpOndernemer } from "./server/sign-up-ondernemer";
import { updateWorkDetails } from "./server/work-details";

export async function changeRoleAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ userId: string; role: string }>> {
  return tenantAction("users.changeRole", gemeenteSlug, "members:manage", (ctx) => changeRole(ctx, input));
}

export async function disableUserAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  return actorAction("users.disable", (actor) => disableUser(actor, input));
}

export async function enableUserAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  return actorAction("users.enable", (actor) => enableUser(actor, input));
}

export async function logOutEverywhereAction(): Promise<ActionResult<void>> {
  return actorAction("users.logOutEverywhere", async (actor) => {
    const user = requireUser(actor);
    return logOutEverywhere(user);
  });
}

export async function startTotpSetupAction(): Promise<ActionResult<{ secret: string; uri: string; qrSvg: string }>> {
  return actorAction("users.startTotp", async (actor) => {
    const user = requireUser(actor);
    return startTotpSetup(user);
  });
}

export async function confirmTotpAction(input: unknown): Promise<ActionResult<{ enabled: true }>> {
  return actorAction("users.confirmTotp", async (actor) => {
    const user = requireUser(actor);
    return confirmTotp(user, input);
  });
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
  return publicAction("users.signUpOndernemer", async () => signUpOndernemer(input, await requestAddress()));
}

/** Account page: one's function and contact details. Takes the form's data, so it also works without JavaScript. */
export async function updateWorkDetailsAction(_previous: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  return actorAction("users.updateWorkDetails", async (actor) => {
    // An anonymous caller is refused first; anything but form data then carries no fields.
    const user = requireUser(actor);
    const field = (name: string) => (form instanceof FormData ? String(form.get(name) ?? "") : undefined);
    return updateWorkDetails(user, { jobTitle: field("jobTitle"), workContact: field("workContact") });
  });
}
