/**
 * A new entrepreneur signs up with a name and an e-mail address. Creates the user (no password,
 * no membership: they claim or create their organisation and join gemeenten at /ondernemer) and
 * nothing else. An address that already has an account is left exactly as it is, and the answer
 * is the same, so the form reveals nobody. The login link itself is sent by the e-mail sign-in
 * (next-auth Email provider, throttled per address) that the page calls next.
 */
import { platformDb } from "@/lib/db/tenant";
import { parseInput } from "@/lib/result";
import { ZOndernemerSignUp } from "../schemas";

export async function signUpOndernemer(input: unknown): Promise<{ email: string }> {
  const { name, email } = parseInput(ZOndernemerSignUp, input);
  await platformDb().user.upsert({ where: { email }, update: {}, create: { email, name } });
  return { email };
}
