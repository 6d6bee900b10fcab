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

/** sessionId: the session's own id ("sid"), set at sign-in; signing out revokes exactly that session. */
export type SessionClaims = { userId: unknown; sessionVersion: unknown; sessionId?: unknown };

/** The live user behind a session, or null when the session is void (user gone/disabled, version moved on, signed out). */
export async function checkSessionUser(claims: SessionClaims) {
  const { userId, sessionVersion, sessionId } = claims;
  if (typeof userId !== "string" || !userId || typeof sessionVersion !== "number") return null;
  const db = platformDb();
  const [user, revoked] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, platformRole: true, sessionVersion: true, disabledAt: true },
    }),
    typeof sessionId === "string" && sessionId ? db.revokedSession.findUnique({ where: { id: sessionId }, select: { id: true } }) : null,
  ]);
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion || revoked) return null;
  return user;
}

/**
 * End one session on the server (sign-out): its id is kept until the session would have expired,
 * so the old cookie opens nothing any more, even when someone kept a copy. Expired ids are pruned
 * by the housekeeping job (pruneRevokedSessions).
 */
export async function revokeSession(sessionId: unknown, expiresAt: Date): Promise<void> {
  if (typeof sessionId !== "string" || !sessionId || sessionId.length > 100) return;
  await platformDb().revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, expiresAt }, update: {} });
}

export async function pruneRevokedSessions(now = new Date()): Promise<number> {
  const { count } = await platformDb().revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
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
export async function actorForLiveUser(user: {
  id: string;
  name: string;
  platformRole: string | null;
}): Promise<Extract<Actor, { kind: "user" }>> {
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
