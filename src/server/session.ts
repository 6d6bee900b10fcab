/**
 * getActor(): who makes the current request (session cookie → Actor), for server components,
 * server actions and route handlers. Cached per request with React cache().
 *
 * The session is revocable: next-auth's jwt callback re-reads the user on every request and
 * treats a disabled user or a changed sessionVersion as anonymous (session-user.ts).
 */
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth/next";
import { cookies } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { ANONYMOUS, type Actor } from "@/lib/auth/context";
import { authOptions } from "./next-auth";
import { actorForLiveUser } from "@/lib/auth/session-user";
import { safeReturnPath } from "@/lib/http/return-path";

/** Is there a session cookie at all? (Outside a request, e.g. in tests or jobs, there is none.) */
async function hasSessionCookie(): Promise<boolean> {
  let names: string[];
  try {
    names = (await cookies()).getAll().map((c) => c.name);
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering, prerender bail-out) pass through
    return false; // called outside a request scope (tests, jobs): nobody is logged in there
  }
  // next-auth.session-token, __Secure-next-auth.session-token, or chunks of it (….0, ….1).
  return names.some((n) => n.includes("next-auth.session-token"));
}

export const getActor = cache(async (): Promise<Actor> => {
  if (!(await hasSessionCookie())) return ANONYMOUS;
  // A broken, expired or revoked cookie gives null here (next-auth clears it); real faults (database
  // down, NEXTAUTH_SECRET missing in production) throw and reach the error page: they are not
  // silently turned into "not logged in".
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return ANONYMOUS;
  // getServerSession ran our jwt callback for this request, and that callback re-read the user row
  // (checkSessionUser: exists, enabled, current sessionVersion) or voided the session: the id, name
  // and platform role here are from the database now, not from the cookie. Only memberships remain.
  return actorForLiveUser({ id: session.user.id, name: session.user.name, platformRole: session.platformRole ?? null });
});

/** For pages: the logged-in user, or a redirect to /inloggen?next=… (back to `returnTo` afterwards). */
export async function requireActor(returnTo?: string): Promise<Extract<Actor, { kind: "user" }>> {
  const actor = await getActor();
  if (actor.kind !== "user") redirect(`/inloggen?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return actor;
}

/** The user's first gemeente (for `/app` → `/app/[gemeente]`), or null when they have none. */
export function firstGemeenteSlug(actor: Actor): string | null {
  return actor.kind === "user" ? (actor.memberships[0]?.gemeenteSlug ?? null) : null;
}
