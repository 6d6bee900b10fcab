"use server";
/**
 * Server actions for the entrepreneur self-service. Each checks the session (and, inside a
 * gemeente, the permission) itself: server actions are public POST endpoints. The domain functions
 * validate the input with the same zod schemas the forms use.
 */
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/context";
import type { ActionResult, FormState } from "@/lib/result";
import { formValues } from "@/lib/input/form-values";
import { actorAction, tenantAction, tenantFormAction } from "@/server/action";
import { DELETE_ACCOUNT_FORM, joinForm, PROFILE_FORM, PROPOSAL_FORM, REGISTER_FORM, WORRY_FORM } from "./form-fields";
import {
  decideClaim,
  joinCoalition,
  leaveCoalition,
  registerOrganisation,
  type JoinResult,
  type RegisterResult,
} from "./server/self-service";
import { deleteMyAccount, updateProfile } from "./server/own-data";
import { passOnWorry } from "./server/pass-on-worry";
import { proposeActivity } from "@/modules/offer/server";

const orgPath = (slug: string) => `/app/${slug}/mijn-organisatie`;

/** The gemeente a form names in its `gemeente` field ("" when missing: the domain refuses it). */
const chosenGemeente = (fd: FormData) =>
  fd instanceof FormData && typeof fd.get("gemeente") === "string" ? String(fd.get("gemeente")) : "";

/** Register or claim an organisation (the form on /ondernemer; posts with and without JavaScript). */
export async function registerOrganisationAction(_prev: FormState<RegisterResult>, fd: FormData): Promise<FormState<RegisterResult>> {
  return actorAction(
    "registerOrganisationAction",
    async (actor) => registerOrganisation(requireUser(actor), chosenGemeente(fd), formValues(fd, REGISTER_FORM)),
    { form: fd, refresh: () => ["/ondernemer"] },
  );
}

/** Join the coalition of the gemeente in the form's `gemeente` field (the sector only where the form asks for it). */
export async function joinCoalitionAction(_prev: FormState<JoinResult>, fd: FormData): Promise<FormState<JoinResult>> {
  const withSector = fd instanceof FormData && fd.has("sector");
  // The pages to refresh are those of the gemeente the join answers with.
  return actorAction(
    "joinCoalitionAction",
    async (actor) => joinCoalition(requireUser(actor), chosenGemeente(fd), formValues(fd, joinForm(withSector))),
    { form: fd, refresh: (joined) => ["/ondernemer", orgPath(joined.gemeente), `/g/${joined.gemeente}/partners`] },
  );
}

/**
 * Pause or stop from a plain form (works without JavaScript): the page itself shows the result from the
 * stored state. Only an entrepreneur of this gemeente sees the form; the result (also a refusal) is
 * returned like every action's, for callers and tests.
 */
export async function leaveFormAction(gemeenteSlug: string, fd: FormData): Promise<ActionResult<{ stopped: number }>> {
  return tenantAction(
    "leaveFormAction",
    gemeenteSlug,
    "organisation:self",
    (ctx) => leaveCoalition(ctx, { kind: fd instanceof FormData ? fd.get("kind") : null }),
    { refresh: (slug) => [orgPath(slug), `/g/${slug}/partners`] },
  );
}

/** The profile form on /mijn-organisatie (posts with and without JavaScript). */
export async function updateProfileAction(
  gemeenteSlug: string,
  _prev: FormState<{ id: string; held: boolean }>,
  fd: FormData,
): Promise<FormState<{ id: string; held: boolean }>> {
  return tenantFormAction("updateProfileAction", gemeenteSlug, "organisation:self", { data: fd, fields: PROFILE_FORM }, updateProfile, {
    refresh: (slug) => [orgPath(slug)],
  });
}

export async function decideClaimAction(
  gemeenteSlug: string,
  claimId: string,
  input: unknown,
): Promise<ActionResult<{ id: string; status: string }>> {
  return tenantAction("decideClaimAction", gemeenteSlug, "engagement:manage", (ctx) => decideClaim(ctx, String(claimId), input));
}

/**
 * "Zorgen doorgeven": the entrepreneur's entrance to the gemeente's signal point. The signal point's
 * own domain function stores it (same rules as every other intake); nothing is stored here.
 */
/**
 * "Zorgen doorgeven": the entrepreneur's entrance to the gemeente's signal point, as the worry form's
 * action (progressive enhancement): the form POSTs its fields to this action even before JavaScript
 * runs, so a name or a worry never lands in a URL or access log. The signal point's own domain
 * function stores it (same rules as every other intake); nothing is stored here.
 */
export async function passOnWorryFormAction(
  gemeenteSlug: string,
  _prev: FormState<{ id: string }>,
  fd: FormData,
): Promise<FormState<{ id: string }>> {
  // No refresh here: without JavaScript the response renders the whole page anew anyway; with
  // JavaScript the form refreshes the list itself (router.refresh) after a success.
  return tenantFormAction("passOnWorryFormAction", gemeenteSlug, "signals:create", { data: fd, fields: WORRY_FORM }, passOnWorry);
}

/**
 * "Een activiteit voorstellen" as a form action (progressive enhancement): the form is in the page's
 * HTML and posts to this action even before JavaScript has loaded. The offer module's own function
 * validates (ZActivityProposal) and stores; its Dutch field errors come back into the form.
 */
export async function proposeActivityFormAction(
  gemeenteSlug: string,
  _prev: FormState<{ id: string; title: string }>,
  fd: FormData,
): Promise<FormState<{ id: string; title: string }>> {
  return tenantFormAction(
    "proposeActivityFormAction",
    gemeenteSlug,
    "organisation:self",
    { data: fd, fields: PROPOSAL_FORM },
    async (ctx, input) => {
      const row = await proposeActivity(ctx, input);
      return { id: row.id, title: row.title };
    },
    { refresh: (slug) => [`/app/${slug}/aanbod`, orgPath(slug)] },
  );
}

/** "Account verwijderen" as a form action: posts without JavaScript; on success to the landing page. */
export async function deleteMyAccountFormAction(
  _prev: FormState<{ deleted: boolean }>,
  fd: FormData,
): Promise<FormState<{ deleted: boolean }>> {
  const result = await actorAction(
    "deleteMyAccountFormAction",
    async (actor) => {
      const user = requireUser(actor);
      const r = await deleteMyAccount(user, formValues(fd, DELETE_ACCOUNT_FORM));
      return { deleted: r.deleted };
    },
    { form: fd, refresh: () => [{ path: "/", layout: true }] },
  );
  if (result.ok) redirect("/");
  return result;
}
