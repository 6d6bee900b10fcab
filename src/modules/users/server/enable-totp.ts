/**
 * Switch on a login code (TOTP) for one's own account, in two steps:
 * 1. startTotpSetup: a new secret is stored encrypted (not yet active) and shown as text, otpauth
 *    URI and QR code (SVG); refused for an account without a password (it logs in by link only);
 * 2. confirmTotp: the user types a code from their app; when it matches, TOTP is on and all other
 *    sessions end (they were started without the code).
 */
import { AppError, requireUser, type Actor } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { parseInput } from "@/lib/result";
import QRCode from "qrcode";
import { generateTotpSecret, totpUri } from "@/lib/auth/totp";
import { acceptTotpCode, sealTotpSecret } from "@/lib/auth/totp-store";
import { ZTotpConfirm } from "../schemas";

/** An account without a password logs in with a link by e-mail; with TOTP on it could not log in at all. */
const NO_PASSWORD = new AppError(
  "TOTP_NEEDS_PASSWORD",
  "Je logt in met een link per e-mail. Een inlogcode werkt alleen samen met een wachtwoord. Vraag de beheerder om een wachtwoord voor je account.",
  { status: 409 },
);

export async function startTotpSetup(actor: Actor): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const { userId } = requireUser(actor);
  const user = await platformDb().user.findUnique({
    where: { id: userId },
    select: { email: true, totpEnabled: true, passwordHash: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  if (user.totpEnabled) throw new AppError("TOTP_ALREADY_ENABLED", "De inlogcode staat al aan voor je account.", { status: 409 });
  if (!user.passwordHash) throw NO_PASSWORD;
  const secret = generateTotpSecret();
  // Stored encrypted with the key ring; a new secret starts without a used step.
  await platformDb().user.update({
    where: { id: userId },
    data: { totpSecret: sealTotpSecret(userId, secret), totpEnabled: false, totpLastCounter: null },
  });
  const uri = totpUri(secret, user.email);
  // The QR code as SVG, made on the server (no third party, no script; fits the CSP).
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrSvg };
}

export async function confirmTotp(actor: Actor, input: unknown, now = new Date()): Promise<{ enabled: true }> {
  const { userId } = requireUser(actor);
  const { code } = parseInput(ZTotpConfirm, input);
  const user = await platformDb().user.findUnique({
    where: { id: userId },
    select: { id: true, totpSecret: true, totpEnabled: true, passwordHash: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  if (user.totpEnabled) throw new AppError("TOTP_ALREADY_ENABLED", "De inlogcode staat al aan voor je account.", { status: 409 });
  // Issue 21: without a password no login link is sent once TOTP is on — the account would be locked.
  if (!user.passwordHash) throw NO_PASSWORD;
  if (!user.totpSecret) throw new AppError("TOTP_NOT_STARTED", "Begin eerst opnieuw met het instellen van de inlogcode.");
  // The confirming code is used up too: the same code cannot log in afterwards.
  if ((await acceptTotpCode(user, code, now)) !== "ok") {
    throw new AppError("TOTP_INVALID", "De code klopt niet. Vul de nieuwste code uit je app in.", {
      fieldErrors: { code: ["De code klopt niet."] },
    });
  }
  await platformDb().user.update({ where: { id: userId }, data: { totpEnabled: true, sessionVersion: { increment: 1 } } });
  return { enabled: true };
}
