/**
 * Switch on a login code (TOTP) for one's own account, in two steps:
 * 1. startTotpSetup: a new secret is stored (not yet active) and shown as text + otpauth URI;
 * 2. confirmTotp: the user types a code from their app; when it matches, TOTP is on and all other
 *    sessions end (they were started without the code).
 */
import { AppError, requireUser, type Actor } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { parseInput } from "@/lib/result";
import { generateTotpSecret, totpUri, verifyTotp } from "@/lib/auth/totp";
import { ZTotpConfirm } from "../schemas";

export async function startTotpSetup(actor: Actor): Promise<{ secret: string; uri: string }> {
  const { userId } = requireUser(actor);
  const user = await platformDb().user.findUnique({ where: { id: userId }, select: { email: true, totpEnabled: true } });
  if (!user) throw new AppError("NOT_FOUND");
  if (user.totpEnabled) throw new AppError("TOTP_ALREADY_ENABLED", "De inlogcode staat al aan voor je account.", { status: 409 });
  const secret = generateTotpSecret();
  await platformDb().user.update({ where: { id: userId }, data: { totpSecret: secret, totpEnabled: false } });
  return { secret, uri: totpUri(secret, user.email) };
}

export async function confirmTotp(actor: Actor, input: unknown, now = new Date()): Promise<{ enabled: true }> {
  const { userId } = requireUser(actor);
  const { code } = parseInput(ZTotpConfirm, input);
  const user = await platformDb().user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabled: true } });
  if (!user) throw new AppError("NOT_FOUND");
  if (user.totpEnabled) throw new AppError("TOTP_ALREADY_ENABLED", "De inlogcode staat al aan voor je account.", { status: 409 });
  if (!user.totpSecret) throw new AppError("TOTP_NOT_STARTED", "Begin eerst opnieuw met het instellen van de inlogcode.");
  if (!verifyTotp(user.totpSecret, code, now.getTime())) {
    throw new AppError("TOTP_INVALID", "De code klopt niet. Vul de nieuwste code uit je app in.", { fieldErrors: { code: ["De code klopt niet."] } });
  }
  await platformDb().user.update({ where: { id: userId }, data: { totpEnabled: true, sessionVersion: { increment: 1 } } });
  return { enabled: true };
}
