/**
 * What the logged-in shell needs for one request: the actor, their TenantContext in the gemeente
 * of the route (permission gemeente:read) and their display name. Cached per request, so the
 * layout and the page share one lookup.
 */
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/server/session";
import { requireTenant, type Actor, type TenantContext } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { AppError } from "@/lib/result";
import { headers } from "next/headers";
import { REQUEST_PATH_HEADER, returnPathFrom } from "@/lib/http/request-path";

export type Shell = { kind: "ok"; actor: Extract<Actor, { kind: "user" }>; ctx: TenantContext; userName: string } | { kind: "forbidden" };

export function loginUrl(next: string): string {
  return `/inloggen?next=${encodeURIComponent(next)}`;
}

export const loadShell = cache(async (slug: string): Promise<Shell> => {
  const actor = await getActor();
  let ctx: TenantContext;
  try {
    ctx = await requireTenant(actor, { slug }, "gemeente:read");
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "UNAUTHENTICATED") {
        // Back to the page that was asked for, with its query (proxy.ts stamps it), not just the home.
        const home = `/app/${encodeURIComponent(slug)}`;
        redirect(loginUrl(returnPathFrom((await headers()).get(REQUEST_PATH_HEADER), home, home)));
      }
      if (error.code === "NOT_FOUND") notFound();
      if (error.code === "FORBIDDEN") return { kind: "forbidden" };
    }
    throw error;
  }
  if (actor.kind !== "user") notFound(); // API keys never browse the shell
  // The actor from the session carries the name read in this request; otherwise read it.
  const userName = actor.name ?? (await platformDb().user.findUnique({ where: { id: actor.userId }, select: { name: true } }))?.name ?? "";
  return { kind: "ok", actor, ctx, userName };
});
