/**
 * Users owns the User and Membership tables (tests/unit/table-owners.test.ts): other modules add an account, a
 * membership or a platform role, or delete an account, only through these functions.
 */
import type { Db } from "@/lib/db/tenant";
import { platformDb } from "@/lib/db/tenant";
import type { OwnerClient } from "@/lib/db/owner-client";
import { AppError } from "@/lib/result";
import type { Role } from "@/generated/prisma/enums";

/** An entrepreneur's membership of a gemeente for their organisation (joining, a confirmed or approved claim). */
export async function addEntrepreneurMembership(
  db: Pick<Db, "membership">,
  m: { gemeenteId: string; userId: string; organisationId: string },
): Promise<void> {
  await db.membership.create({
    data: { gemeenteId: m.gemeenteId, userId: m.userId, role: "ONDERNEMER", organisationId: m.organisationId },
  });
}

/** Deletes one's own account (the rows that hang on it go by the schema's cascades). */
export async function deleteAccount(userId: string): Promise<void> {
  await platformDb().user.delete({ where: { id: userId } });
}

type OwnerTx = Parameters<Parameters<OwnerClient["$transaction"]>[0]>[0];

/** For the platform operator creating a gemeente: the account of an address, made when there is none. */
export async function findOrCreateUser(tx: OwnerTx, email: string, name: string, who: string) {
  const existing = await tx.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, email: true, disabledAt: true, platformRole: true },
  });
  if (existing?.disabledAt)
    throw new AppError("CONFLICT", `Het account van de ${who} (${email}) is uitgeschakeld. Zet het eerst weer aan.`);
  if (existing) return { user: existing, created: false };
  const user = await tx.user.create({
    data: { email, name },
    select: { id: true, email: true, disabledAt: true, platformRole: true },
  });
  return { user, created: true };
}

/** A staff membership of a gemeente, by the platform operator. */
export async function grantMembership(tx: OwnerTx, m: { gemeenteId: string; userId: string; role: Role }): Promise<void> {
  await tx.membership.create({ data: m });
}

/** Makes an account platform administrator; its sessions end, so the new role takes effect at the next sign-in. */
export async function makePlatformAdmin(tx: OwnerTx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { platformRole: "PLATFORM_ADMIN", sessionVersion: { increment: 1 } } });
}
