/**
 * Who is acting, and in which gemeente: the permission choke point. Framework-free: server
 * actions, route handlers, API-key requests and jobs build an Actor and call requireTenant /
 * requirePlatform before touching data.
 */
import { cache } from "react";
import { AppError, forbidden, notFound, unauthenticated } from "../result";
import { platformDb, withTenant, type Db } from "../db/tenant";
import { can, isKnownRole, type Permission, type PlatformRoleName, type TenantRole } from "./permissions";

export type MembershipInfo = {
  gemeenteId: string;
  gemeenteSlug: string;
  gemeenteName: string;
  role: TenantRole;
  organisationId: string | null;
  coalitionPartnerId: string | null;
};

export type Actor =
  | {
      kind: "user";
      userId: string;
      platformRole: PlatformRoleName | null;
      memberships: MembershipInfo[];
      /** Display name, when known. */ name?: string;
    }
  | { kind: "apiKey"; keyId: string; gemeenteId: string; role: TenantRole }
  | { kind: "anonymous" };

export const ANONYMOUS: Actor = { kind: "anonymous" };

export type TenantContext = {
  gemeente: { id: string; slug: string; name: string; inhabitants: number };
  actor: Actor;
  /** The role the actor acts in within this gemeente. */
  role: TenantRole | "PLATFORM_ADMIN" | "PUBLIC";
  userId: string | null;
  membership: MembershipInfo | null;
  /** Run one transaction scoped to this gemeente. */
  run<T>(fn: (db: Db) => Promise<T>): Promise<T>;
};

function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

/** The gemeente a route names (NOT_FOUND when none): id, slug, name, inhabitants. Platform data, no RLS. */
export async function loadGemeente(slugOrId: { slug?: string; id?: string }) {
  const where = slugOrId.slug ? { slug: slugOrId.slug } : { id: slugOrId.id };
  if (!where.slug && !where.id) throw notFound();
  // A slug or id is plain ASCII (letters, digits, hyphens): anything else (a NUL, %00, a surrogate)
  // cannot name a gemeente and must not reach the database as a 500.
  if (!/^[A-Za-z0-9-]{1,100}$/.test(where.slug ?? where.id ?? "")) throw notFound();
  const gemeente = await platformDb().gemeente.findFirst({
    where,
    select: { id: true, slug: true, name: true, inhabitants: true },
  });
  if (!gemeente) throw notFound();
  return gemeente;
}

function makeContext(
  gemeente: TenantContext["gemeente"],
  actor: Actor,
  role: TenantContext["role"],
  membership: MembershipInfo | null,
): TenantContext {
  const userId = actorUserId(actor);
  return {
    gemeente,
    actor,
    role,
    userId,
    membership,
    run: (fn) => withTenant({ gemeenteId: gemeente.id, userId: userId ?? undefined }, fn),
  };
}

/**
 * Which gemeente: by slug (the route) or id, or `resolved` — a gemeente this request already looked up
 * on the server (e.g. the shell's TenantContext), never anything from client input. The permission
 * check below runs the same either way.
 */
export type GemeenteRef = { slug?: string; id?: string } | { resolved: TenantContext["gemeente"] };

/**
 * Resolve the gemeente from the route (slug) and the actor from the session or API key, and check
 * one permission. Someone without any role in the gemeente gets NOT_FOUND (nothing leaks);
 * someone with a role that lacks the permission gets FORBIDDEN.
 */
export async function requireTenant(actor: Actor, gemeente: GemeenteRef, permission: Permission): Promise<TenantContext> {
  if (actor.kind === "anonymous") throw unauthenticated();
  const g = "resolved" in gemeente ? gemeente.resolved : await loadGemeente(gemeente);

  if (actor.kind === "apiKey") {
    if (actor.gemeenteId !== g.id) throw notFound();
    if (!isKnownRole(actor.role)) throw forbidden();
    if (!can(actor.role, permission)) throw forbidden();
    return makeContext(g, actor, actor.role, null);
  }

  const membership = actor.memberships.find((m) => m.gemeenteId === g.id) ?? null;
  if (membership && isKnownRole(membership.role) && can(membership.role, permission)) {
    return makeContext(g, actor, membership.role, membership);
  }
  if (actor.platformRole === "PLATFORM_ADMIN" && can("PLATFORM_ADMIN", permission)) {
    return makeContext(g, actor, "PLATFORM_ADMIN", membership);
  }
  if (membership || actor.platformRole === "PLATFORM_ADMIN") throw forbidden();
  throw notFound();
}

/** Public pages and forms: the gemeente from the route, no login, read-only public data. */
export async function publicTenant(slug: string): Promise<TenantContext> {
  const g = await loadGemeente({ slug });
  return makeContext(g, ANONYMOUS, "PUBLIC", null);
}

/**
 * For public pages (/g/[gemeente]/…): publicTenant, but an unknown gemeente shows Next's 404 page.
 * Cached per request, so generateMetadata and the page share one lookup. next/navigation is loaded
 * only on that path, so this module stays importable outside Next (jobs, scripts, tests).
 */
export const publicTenantOrNotFound = cache(async (slug: string): Promise<TenantContext> => {
  try {
    return await publicTenant(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      const { notFound: nextNotFound } = await import("next/navigation");
      nextNotFound();
    }
    throw error;
  }
});

/** Platform-wide permissions (programme adviser, platform admin). */
export function requirePlatform(actor: Actor, permission: Permission): { userId: string; role: PlatformRoleName } {
  if (actor.kind === "anonymous") throw unauthenticated();
  if (actor.kind !== "user" || !actor.platformRole) throw forbidden();
  if (!can(actor.platformRole, permission)) throw forbidden();
  return { userId: actor.userId, role: actor.platformRole };
}

export function requireUser(actor: Actor): Extract<Actor, { kind: "user" }> {
  if (actor.kind !== "user") throw actor.kind === "anonymous" ? unauthenticated() : forbidden();
  return actor;
}

export { AppError };
