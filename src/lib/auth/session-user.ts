/**
 * Revocable sessions. Framework-free: next-auth's jwt callback and getActor() both call these.
 *
 * A session token carries the user id and the user's `sessionVersion` at login. On every request
 * the user row is read again; the session is void when the user is gone, disabled, or their
 * sessionVersion has moved on (raised by: disable, role or membership change, password change,
 * "log out everywhere").
 */
import { platformDb, withUser } from "../db/tenant";
import type { Actor, MembershipInfo } from "./context";
import { isKnownRole, type PlatformRoleName, type TenantRole } from "./permissions";

export type SessionClaims = { userId: unknown; sessionVersion: unknown };

/** The live user behind a session, or null when the session is void. */
export async function checkSessionUser(claims: SessionClaims) {
  const { userId, sessionVersion } = claims;
  if (typeof userId !== "string" || !userId || typeof sessionVersion !== "number") return null;
  const user = await platformDb().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, platformRole: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return user;
}

/** The Actor for a session (user + memberships), or null when the session is void. */
export async function loadActor(claims: SessionClaims): Promise<Extract<Actor, { kind: "user" }> | null> {
  const user = await checkSessionUser(claims);
  if (!user) return null;
  return actorForLiveUser(user);
}

/**
 * The Actor of a user whose session was checked against the database in this same request
 * (checkSessionUser: exists, enabled, current sessionVersion): only the memberships are read.
 */
export async function actorForLiveUser(user: { id: string; name: string; platformRole: string | null }): Promise<Extract<Actor, { kind: "user" }>> {
  const rows = await withUser(user.id, (db) =>
    db.membership.findMany({ include: { gemeente: { select: { slug: true, name: true } } }, orderBy: { createdAt: "asc" } }),
  );
  const memberships: MembershipInfo[] = rows
    .filter((m) => isKnownRole(m.role))
    .map((m) => ({
      gemeenteId: m.gemeenteId,
      gemeenteSlug: m.gemeente.slug,
      gemeenteName: m.gemeente.name,
      role: m.role as TenantRole,
      organisationId: m.organisationId,
      coalitionPartnerId: m.coalitionPartnerId,
    }));
  return {
    kind: "user",
    userId: user.id,
    platformRole: (user.platformRole as PlatformRoleName | null) ?? null,
    memberships,
    name: user.name,
  };
}

/**
 * Who may log in with a link by e-mail: any existing, enabled account WITHOUT a login code (TOTP).
 * An account with TOTP must use password + code, or the link would skip the second factor.
 */
export function mayUseEmailLink(user: { disabledAt: Date | null; totpEnabled: boolean } | null | undefined): boolean {
  return !!user && !user.disabledAt && !user.totpEnabled;
}

/** Void every session of a user (raise sessionVersion). Use inside the caller's transaction when there is one. */
export async function bumpSessionVersion(db: Pick<ReturnType<typeof platformDb>, "user">, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
