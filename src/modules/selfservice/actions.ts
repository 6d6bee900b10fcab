"use server";
/**
 * Server actions for the entrepreneur self-service. Each checks the session (and, inside a
 * gemeente, the permission) itself: server actions are public POST endpoints. The domain functions
 * validate the input with the same zod schemas the forms use.
 */
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/context";
import type { ActionResult } from "@/lib/result";
import { actorAction, tenantAction } from "@/server/action";
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

export async function registerOrganisationAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<RegisterResult>> {
  return actorAction(
    "registerOrganisationAction",
    async (actor) => {
      const user = requireUser(actor);
      return registerOrganisation(user, String(gemeenteSlug), input);
    },
    { refresh: () => ["/ondernemer"] },
  );
}

export async function joinCoalitionAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<JoinResult>> {
  // The pages to refresh are those of the gemeente the join answers with.
  return actorAction("joinCoalitionAction", async (actor) => joinCoalition(requireUser(actor), String(gemeenteSlug), input), {
    refresh: (joined) => ["/ondernemer", orgPath(joined.gemeente), `/g/${joined.gemeente}/partners`],
  });
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

export async function updateProfileAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string; held: boolean }>> {
  return tenantAction("updateProfileAction", gemeenteSlug, "organisation:self", (ctx) => updateProfile(ctx, input), {
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

export async function deleteMyAccountAction(input: unknown): Promise<ActionResult<{ deleted: boolean }>> {
  return actorAction(
    "deleteMyAccountAction",
    async (actor) => {
      const user = requireUser(actor);
      const result = await deleteMyAccount(user, input);
      return { deleted: result.deleted };
    },
    { refresh: () => [{ path: "/", layout: true }] },
  );
}

/**
 * "Zorgen doorgeven": the entrepreneur's entrance to the gemeente's signal point. The signal point's
 * own domain function stores it (same rules as every other intake); nothing is stored here.
 */
export async function passOnWorryAction(gemeenteSlug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return tenantAction("passOnWorryAction", gemeenteSlug, "signals:create", (ctx) => passOnWorry(ctx, input), {
    refresh: (slug) => [`/app/${slug}/zorgen`, `${orgPath(slug)}/zorgen`],
  });
}

export type WorryFormState = ActionResult<{ id: string }> | null;
const WORRY_FIELDS = ["situation", "residentName", "wijk", "residentContact"] as const;

/**
 * The same, as the worry form's own action (progressive enhancement): the form POSTs its fields to
 * this action even before JavaScript runs, so a name or a worry never lands in a URL or access log.
 */
export async function passOnWorryFormAction(gemeenteSlug: string, _prev: WorryFormState, fd: FormData): Promise<WorryFormState> {
  const input: Record<string, string> = {};
  if (fd instanceof FormData) {
    for (const f of WORRY_FIELDS) {
      const v = fd.get(f);
      if (typeof v === "string") input[f] = v;
    }
  }
  // No refresh here: without JavaScript the response renders the whole page anew anyway; with
  // JavaScript the form refreshes the list itself (router.refresh) after a success.
  return tenantAction("passOnWorryFormAction", gemeenteSlug, "signals:create", (ctx) => passOnWorry(ctx, input));
}

/** What the self-service forms that post FormData get back (useActionState). */
export type FormActionState<T = unknown> = ActionResult<T> | null;

/**
 * "Een activiteit voorstellen" as a form action (progressive enhancement): the form is in the page's
 * HTML and posts to this action even before JavaScript has loaded. The offer module's own function
 * validates (ZActivityProposal) and stores; its Dutch field errors come back into the form.
 */
export async function proposeActivityFormAction(
  gemeenteSlug: string,
  _prev: FormActionState<{ id: string; title: string }>,
  fd: FormData,
): Promise<FormActionState<{ id: string; title: string }>> {
  const text = (name: string) => (fd instanceof FormData && typeof fd.get(name) === "string" ? String(fd.get(name)) : "");
  const list = (name: string) => (fd instanceof FormData ? fd.getAll(name).filter((v): v is string => typeof v === "string") : []);
  const input = {
    title: text("title"),
    description: text("description"),
    howToJoin: text("howToJoin"),
    cost: text("cost"),
    targetGroups: list("targetGroups"),
    degrees: list("degrees"),
  };
  return tenantAction(
    "proposeActivityFormAction",
    gemeenteSlug,
    "organisation:self",
    async (ctx) => {
      const row = await proposeActivity(ctx, input);
      return { id: row.id, title: row.title };
    },
    { refresh: (slug) => [`/app/${slug}/aanbod`, orgPath(slug)] },
  );
}

/** "Account verwijderen" as a form action: posts without JavaScript; on success to the landing page. */
export async function deleteMyAccountFormAction(
  _prev: FormActionState<{ deleted: boolean }>,
  fd: FormData,
): Promise<FormActionState<{ deleted: boolean }>> {
  const confirm = fd instanceof FormData && typeof fd.get("confirm") === "string" ? String(fd.get("confirm")) : "";
  const result = await actorAction(
    "deleteMyAccountFormAction",
    async (actor) => {
      const user = requireUser(actor);
      const r = await deleteMyAccount(user, { confirm });
      return { deleted: r.deleted };
    },
    { refresh: () => [{ path: "/", layout: true }] },
  );
  if (result.ok) redirect("/");
  return result;
}
