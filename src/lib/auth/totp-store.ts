/**
 * A user's TOTP secret at rest and the one-use rule for codes. Framework-free.
 *
 * - The secret is encrypted with the key ring of src/lib/crypto (AES-256-GCM, SIGNAL_KEYS), bound
 *   to the user's row and the field name, so a copied value does not decrypt elsewhere. A value
 *   stored before this (plain base32) is still read, and re-encrypted at its next successful use.
 * - A code is accepted once (RFC 6238 §5.2): the accepted time step is stored in totpLastCounter,
 *   and only a LATER step is accepted afterwards — atomically, so two requests with the same code
 *   cannot both win.
 */
import { decryptField, encryptField, type FieldBinding } from "../crypto/fields";
import { platformDb } from "../db/tenant";
import { matchTotpStep } from "./totp";

const binding = (userId: string): FieldBinding => ({ gemeenteId: "platform", rowId: userId, field: "User.totpSecret" });

export function sealTotpSecret(userId: string, secretBase32: string): string {
  return encryptField(secretBase32, binding(userId));
}

/** The plain base32 secret from its stored form (encrypted, or a plain value from before encryption). */
function openTotpSecret(userId: string, stored: string): string {
  return stored.startsWith("v1:") ? decryptField(stored, binding(userId)) : stored;
}

export type TotpCheck = "ok" | "invalid" | "reused";

/** Check a code for a user and use it up. "reused": right code, but its step (or a later one) was used already. */
export async function acceptTotpCode(user: { id: string; totpSecret: string | null }, code: string, now = new Date()): Promise<TotpCheck> {
  if (!user.totpSecret) return "invalid";
  let secret: string;
  try {
    secret = openTotpSecret(user.id, user.totpSecret);
  } catch {
    return "invalid";
  }
  const step = matchTotpStep(secret, code, now.getTime());
  if (step === null) return "invalid";
  const { count } = await platformDb().user.updateMany({
    where: { id: user.id, OR: [{ totpLastCounter: null }, { totpLastCounter: { lt: step } }] },
    data: { totpLastCounter: step, ...(user.totpSecret.startsWith("v1:") ? {} : { totpSecret: sealTotpSecret(user.id, secret) }) },
  });
  return count === 1 ? "ok" : "reused";
}
