/**
 * Login throttling over the LoginAttempt table (hashed e-mail and hashed address, no personal data).
 * Framework-free.
 *
 * THE RULE (all windows are 15 minutes; only failed password/code checks count, refused attempts are
 * not recorded, so a lock lifts by itself 15 minutes after the failures that caused it):
 *
 *  1. Account + address: after 5 failures for one account FROM ONE ADDRESS (counted since the last
 *     success of that account from that address), further attempts for that account from THAT
 *     address are refused. An attacker guessing from their own address only locks themselves out:
 *     the real user on another address (home, office) is not affected.
 *  2. Address: after 20 failures from one address across all accounts (credential stuffing), that
 *     address is refused for every account.
 *  3. Account, distributed: after 50 failures for one account from all addresses together (an
 *     attacker rotating addresses), the account is refused from every address EXCEPT addresses
 *     where this account logged in successfully in the last 30 days. So even a botnet cannot lock
 *     the real user out of their usual address.
 *
 * Known limit: people behind one shared address (NAT, VPN) share rule 2's budget.
 */
import { createHmac } from "node:crypto";
import { platformDb } from "../db/tenant";
import { authSecret } from "./secret";
import { clientAddressFrom } from "../http/client-address";

export const THROTTLE = {
  windowMs: 15 * 60_000,
  maxPerAccountAndAddress: 5,
  maxPerAddress: 20,
  maxPerAccountDistributed: 50,
  knownAddressMs: 30 * 24 * 60 * 60_000,
} as const;

type ThrottleReason = "ACCOUNT_ADDRESS" | "ADDRESS" | "ACCOUNT";
export type ThrottleDecision = { allowed: true } | { allowed: false; reason: ThrottleReason; retryAfterSeconds: number };

/** Keyed hash (HMAC-SHA256 with the auth secret): an address or e-mail cannot be guessed back. */
function keyedHash(kind: string, value: string): string {
  return createHmac("sha256", authSecret()).update(`${kind}:${value}`).digest("hex");
}
export const hashEmail = (email: string) => keyedHash("email", email.trim().toLowerCase());
export const hashIp = (ip: string) => keyedHash("ip", ip.trim().toLowerCase());

/**
 * The client address of a request: the socket's peer as stamped by the server wrapper, or the
 * address behind a proxy listed in TRUSTED_PROXIES (src/lib/http/client-address.ts). X-Real-IP and
 * X-Forwarded-For sent by a client never change it. "unknown" (one shared budget) without a stamp.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  return clientAddressFrom(headers);
}

function retryAfter(oldestCounted: Date | undefined, now: Date): number {
  if (!oldestCounted) return Math.ceil(THROTTLE.windowMs / 1000);
  return Math.max(1, Math.ceil((oldestCounted.getTime() + THROTTLE.windowMs - now.getTime()) / 1000));
}

/** May this address try a password for this account now? */
export async function checkLoginAllowed(email: string, ip: string, now = new Date()): Promise<ThrottleDecision> {
  const db = platformDb();
  const emailHash = hashEmail(email);
  const ipHash = hashIp(ip);
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);

  // Rule 2: the address across all accounts.
  const addressFailures = await db.loginAttempt.findMany({
    where: { ipHash, success: false, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    take: THROTTLE.maxPerAddress,
    select: { createdAt: true },
  });
  if (addressFailures.length >= THROTTLE.maxPerAddress) {
    return { allowed: false, reason: "ADDRESS", retryAfterSeconds: retryAfter(addressFailures.at(-1)?.createdAt, now) };
  }

  // Rule 1: this account from this address, since the last success there.
  const lastSuccessHere = await db.loginAttempt.findFirst({
    where: { emailHash, ipHash, success: true },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = lastSuccessHere && lastSuccessHere.createdAt > windowStart ? lastSuccessHere.createdAt : windowStart;
  const pairFailures = await db.loginAttempt.findMany({
    where: { emailHash, ipHash, success: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: THROTTLE.maxPerAccountAndAddress,
    select: { createdAt: true },
  });
  if (pairFailures.length >= THROTTLE.maxPerAccountAndAddress) {
    return { allowed: false, reason: "ACCOUNT_ADDRESS", retryAfterSeconds: retryAfter(pairFailures.at(-1)?.createdAt, now) };
  }

  // Rule 3: the account from everywhere, unless this is a known address for it.
  const accountFailures = await db.loginAttempt.findMany({
    where: { emailHash, success: false, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    take: THROTTLE.maxPerAccountDistributed,
    select: { createdAt: true },
  });
  if (accountFailures.length >= THROTTLE.maxPerAccountDistributed) {
    const knownSince = new Date(now.getTime() - THROTTLE.knownAddressMs);
    const known = lastSuccessHere && lastSuccessHere.createdAt > knownSince;
    if (!known) {
      return { allowed: false, reason: "ACCOUNT", retryAfterSeconds: retryAfter(accountFailures.at(-1)?.createdAt, now) };
    }
  }
  return { allowed: true };
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await platformDb().loginAttempt.create({ data: { emailHash: hashEmail(email), ipHash: hashIp(ip), success } });
}

/** Housekeeping (for a periodic job): attempts older than the known-address period are useless. */
export async function pruneLoginAttempts(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - THROTTLE.knownAddressMs);
  const { count } = await platformDb().loginAttempt.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
