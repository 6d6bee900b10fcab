/**
 * Password hashing and the credentials check that next-auth's `authorize` (src/server/next-auth.ts)
 * calls. Framework-free. Part of the users module: it reads the User table with the users' login schema
 * and answers with the users' login error codes.
 */
import bcrypt from "bcryptjs";
import { platformDb } from "@/lib/db/tenant";
import { ZPasswordLogin } from "../schemas";
import type { LoginErrorCode } from "../login-messages";
import { checkLoginAllowed, recordLoginAttempt } from "@/lib/auth/throttle";
import { acceptTotpCode } from "@/lib/auth/totp-store";

/**
 * bcrypt cost: 12 by default. BCRYPT_COST may lower it (min 4) for tests and development; in
 * production it is never below 12.
 */
export function bcryptCost(): number {
  const fromEnv = Number(process.env.BCRYPT_COST);
  const cost = Number.isInteger(fromEnv) && fromEnv >= 4 && fromEnv <= 15 ? fromEnv : 12;
  return process.env.NODE_ENV === "production" ? Math.max(12, cost) : cost;
}

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, bcryptCost());
}

// Compared against when the account does not exist, so the response time does not reveal that.
let dummyHash: string | undefined;
async function dummy(): Promise<string> {
  dummyHash ??= await bcrypt.hash("samenkracht-no-such-user", bcryptCost());
  return dummyHash;
}

type SessionUser = { id: string; email: string; name: string; sessionVersion: number };

export type CredentialsResult =
  | { ok: true; user: SessionUser }
  | { ok: false; code: Extract<LoginErrorCode, "INVALID" | "TOTP_REQUIRED" | "TOTP_INVALID" | "RATE_LIMITED" | "VALIDATION"> };

/**
 * Check e-mail + password (+ TOTP code when the account has it switched on) from one address.
 * Throttled (see throttle.ts). Unknown account, no password, disabled account and wrong password
 * all give the same INVALID answer. A correct password without a code on a TOTP account gives
 * TOTP_REQUIRED and is not counted as a failure; a wrong code is.
 */
export async function verifyCredentials(input: unknown, ip: string, now = new Date()): Promise<CredentialsResult> {
  const parsed = ZPasswordLogin.safeParse(input);
  if (!parsed.success) return { ok: false, code: "VALIDATION" };
  const { email, password, code } = parsed.data;

  const decision = await checkLoginAllowed(email, ip, now);
  if (!decision.allowed) return { ok: false, code: "RATE_LIMITED" };

  const user = await platformDb().user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      totpEnabled: true,
      totpSecret: true,
      disabledAt: true,
      sessionVersion: true,
    },
  });

  const passwordOk = await bcrypt.compare(password, user?.passwordHash ?? (await dummy()));
  if (!user || !user.passwordHash || user.disabledAt || !passwordOk) {
    await recordLoginAttempt(email, ip, false);
    return { ok: false, code: "INVALID" };
  }

  if (user.totpEnabled) {
    if (!code) return { ok: false, code: "TOTP_REQUIRED" };
    // A code works once (RFC 6238 §5.2): a replayed code counts as a failure like a wrong one.
    if ((await acceptTotpCode(user, code, now)) !== "ok") {
      await recordLoginAttempt(email, ip, false);
      return { ok: false, code: "TOTP_INVALID" };
    }
  }

  await recordLoginAttempt(email, ip, true);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
