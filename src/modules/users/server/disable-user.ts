/**
 * Disable an account (platform admin only). Disabling voids all sessions at once:
 * disabledAt is checked on every request and sessionVersion is raised.
 */
import { AppError, requirePlatform, type Actor } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { parseInput } from "@/lib/result";
import { ZUserId } from "../schemas";

export async function disableUser(actor: Actor, input: unknown): Promise<{ userId: string }> {
  const admin = requirePlatform(actor, "platform:admin");
  const { userId } = parseInput(ZUserId, input);
  if (userId === admin.userId) throw new AppError("CANNOT_DISABLE_SELF", "Je kunt je eigen account niet uitzetten.");
  const { count } = await platformDb().user.updateMany({
    where: { id: userId },
    data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
  return { userId };
}
