/** "Log out everywhere": raise the user's sessionVersion, which voids every session they have. */
import { requireUser, type Actor } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { bumpSessionVersion } from "@/lib/auth/session-user";

export async function logOutEverywhere(actor: Actor): Promise<void> {
  const user = requireUser(actor);
  await bumpSessionVersion(platformDb(), user.userId);
}
