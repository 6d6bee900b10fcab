"use server";
/**
 * Server actions for user administration. Each one checks the session and the permission itself
 * (server actions are public POST endpoints); the domain functions in ./server do the work.
 */
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { requireUser } from "@/lib/auth/context";
import { clientIp } from "@/lib/auth/throttle";
import { formValues } from "@/lib/input/form-values";
import type { ActionResult, FormState } from "@/lib/result";
import { actorAction, publicAction, tenantFormAction } from "@/server/action";
import { ROLE_FORM, TOTP_CONFIRM_FORM, WORK_DETAILS_FORM } from "./form-fields";
import { changeRole } from "./server/change-role";
import { confirmTotp, startTotpSetup } from "./server/enable-totp";
import { logOutEverywhere } from "./server/log-out-everywhere";
import { signUpOndernemer } from "./server/sign-up-ondernemer";
import { SIGN_UP_FORM } from "./sign-up-fields";
import { updateWorkDetails } from "./server/work-details";

/** The role form on the people page (posts with and without JavaScript). */
export async function changeRoleAction(
  gemeenteSlug: string,
  _prev: FormState<{ userId: string; role: string }>,
  fd: FormData,
): Promise<FormState<{ userId: string; role: string }>> {
  return tenantFormAction("users.changeRole", gemeenteSlug, "members:manage", { data: fd, fields: ROLE_FORM }, changeRole);
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

/** The code form of the login-code setup (it only exists once the setup has started, with JavaScript). */
export async function confirmTotpAction(_prev: FormState<{ enabled: true }>, fd: FormData): Promise<FormState<{ enabled: true }>> {
  return actorAction("users.confirmTotp", async (actor) => confirmTotp(requireUser(actor), formValues(fd, TOTP_CONFIRM_FORM)), {
    form: fd,
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

/** The sign-up form posts here (its FormData); `form` refuses anything else. */
export async function signUpOndernemerAction(_prev: FormState<{ email: string }>, fd: FormData): Promise<FormState<{ email: string }>> {
  return publicAction("users.signUpOndernemer", async () => signUpOndernemer(formValues(fd, SIGN_UP_FORM), await requestAddress()), {
    form: fd,
  });
}

/** Account page: one's function and contact details. Takes the form's data, so it also works without JavaScript. */
export async function updateWorkDetailsAction(
  _prev: FormState<{ jobTitle: string | null; workContact: string | null }>,
  fd: FormData,
): Promise<FormState<{ jobTitle: string | null; workContact: string | null }>> {
  return actorAction("users.updateWorkDetails", async (actor) => updateWorkDetails(requireUser(actor), formValues(fd, WORK_DETAILS_FORM)), {
    form: fd,
  });
}
