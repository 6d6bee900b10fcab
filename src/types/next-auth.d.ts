import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
    /** The user's sessionVersion when this session started (see src/lib/auth/session-user.ts). */
    sessionVersion: number;
    /** The user's platform role as read from the database by the jwt callback of THIS request. */
    platformRole?: string | null;
    expires: DefaultSession["expires"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** sessionVersion at login; the session is void when the user's current one differs. */
    sv?: number;
    /** Platform role, refreshed from the user row on every request (never trusted from the cookie). */
    pr?: string | null;
    /** This session's id, set at sign-in; sign-out revokes it on the server (RevokedSession). */
    sid?: string;
    /** Signed in through a gemeente's OpenID Connect provider: the session ends at this time (seconds). */
    oe?: number;
  }
}
