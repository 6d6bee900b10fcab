/**
 * getActor(): who makes the current request (session cookie → Actor), for server components,
 * server actions and route handlers. Cached per request with React cache().
 *
 * The session is revocable: next-auth's jwt callback and loadActor() both re-read the user and
 * treat a disabled user or a changed sessionVersion as anonymous (session-user.ts).
 */
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth/next";
import { redirect } from "next/navigation";
import { ANONYMOUS, type Actor } from "./context";
import { authOptions } from "./next-auth";
import { loadActor } from "./session-user";
import { safeReturnPath } from "@/modules/users/login-messages";

export { safeReturnPath };

export const getActor = cache(async (): Promise<Actor> => {
  // A broken, expired or revoked cookie gives null here (next-auth clears it); real faults (database
  // down, NEXTAUTH_SECRET missing in production) throw and reach the error page: they are not
  // silently turned into "not logged in".
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return ANONYMOUS;
  const actor = await loadActor({ userId: session.user.id, sessionVersion: session.sessionVersion });
  return actor ?? ANONYMOUS;
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
