/**
 * Has the gemeente itself confirmed that this person acts for their organisation? Only a claim a
 * staff member (AMBTENAAR/REGISSEUR) approved counts: signing up, creating a new organisation or a
 * matching e-mail domain involve no staff step (issue 21). Runs inside the caller's tenant scope.
 */
import type { Db } from "@/lib/db/tenant";

export async function confirmedByGemeente(db: Db, userId: string | null): Promise<boolean> {
  if (!userId) return false;
  const claim = await db.organisationClaim.findFirst({
    where: { userId, status: "APPROVED", confirmation: "GEMEENTE" },
    select: { id: true },
  });
  return !!claim;
}
