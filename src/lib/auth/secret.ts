/**
 * The secret that signs/encrypts session tokens (next-auth JWT) and keys the hashes in LoginAttempt.
 *
 * Production (NODE_ENV=production): NEXTAUTH_SECRET (or AUTH_SECRET) is REQUIRED, at least 32
 * characters; we refuse to start without it.
 * Development and tests: when it is missing we derive a fixed, publicly known dev secret from the
 * database name, so sessions survive restarts of `npm run dev` and tests need no set-up. That secret
 * is not secret: never use development mode on a reachable server.
 */
import { createHash } from "node:crypto";

export function authSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (configured) {
    if (process.env.NODE_ENV === "production" && configured.length < 32) {
      throw new Error("NEXTAUTH_SECRET must be at least 32 characters in production");
    }
    return configured;
  }
  if (process.env.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET is required in production (see README.md)");
  }
  const seed = `samenkracht-dev-secret:${process.env.DATABASE_URL ?? "local"}`;
  return createHash("sha256").update(seed).digest("hex");
}

/** Session cookies get the Secure flag when the app is served over https. */
export function secureCookiesEnabled(): boolean {
  const url = process.env.NEXTAUTH_URL || process.env.APP_URL || "";
  return url.startsWith("https://");
}
