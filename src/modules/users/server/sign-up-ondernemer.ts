/**
 * A new entrepreneur signs up with a name and an e-mail address. Creates the user (no password,
 * no membership: they claim or create their organisation and join gemeenten at /ondernemer) and
 * nothing else. An address that already has an account is left exactly as it is, and the answer
 * is the same, so the form reveals nobody. The login link itself is sent by the e-mail sign-in
 * (next-auth Email provider, throttled per address) that the page calls next.
 *
 * Throttled (issue 21): at most SIGN_UP_LIMIT.perAddress sign-ups per client address and
 * SIGN_UP_LIMIT.overall for everyone together per hour, counted in the database (table
 * SignUpRateLimit, the address only as a keyed hash), so every server process shares the count.
 * The name typed here never appears in a mail to an address that has not confirmed it
 * (next-auth.ts issueLoginLink greets by name only after the address was verified).
 */
import { hashIp } from "@/lib/auth/throttle";
import { platformDb } from "@/lib/db/tenant";
import { hitWindowCounter } from "@/lib/db/window-counter";
import { AppError, parseInput } from "@/lib/result";
import { ZOndernemerSignUp } from "../schemas";

export const SIGN_UP_LIMIT = { perAddress: 5, overall: 200, windowSeconds: 3_600 } as const;
export const SIGN_UP_THROTTLED = "Er zijn nu te veel aanmeldingen. Probeer het over een uur opnieuw.";

/** Count one sign-up in a bucket; returns the count in the current window. Atomic in PostgreSQL. */
const hit = (key: string) => hitWindowCounter("SignUpRateLimit", key, SIGN_UP_LIMIT.windowSeconds);

/** May this client sign up now? Counts the attempt (per address first, then overall). */
async function checkSignUpAllowed(clientAddress: string): Promise<boolean> {
  if ((await hit(`ip:${hashIp(clientAddress || "unknown")}`)) > SIGN_UP_LIMIT.perAddress) return false;
  return (await hit("all")) <= SIGN_UP_LIMIT.overall;
}

export async function signUpOndernemer(input: unknown, clientAddress: string): Promise<{ email: string }> {
  const { name, email } = parseInput(ZOndernemerSignUp, input);
  if (!(await checkSignUpAllowed(clientAddress))) throw new AppError("RATE_LIMITED", SIGN_UP_THROTTLED);
  await platformDb().user.upsert({ where: { email }, update: {}, create: { email, name } });
  return { email };
}
