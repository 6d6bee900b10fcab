/**
 * A minimal seed for the e2e run while the demo seed (prisma/seed/index.ts) is not there: two
 * gemeenten and the accounts in accounts.ts. Writes as the owner.
 */
import bcrypt from "bcryptjs";
import { createOwnerClient } from "../../../src/lib/db/owner-client";
import { E2E_ACCOUNTS, E2E_GEMEENTEN } from "./accounts";

export async function seedMinimal(databaseUrl: string): Promise<void> {
  const db = createOwnerClient(databaseUrl);
  try {
    const ids: Record<string, string> = {};
    for (const g of Object.values(E2E_GEMEENTEN)) {
      const row = await db.gemeente.upsert({ where: { slug: g.slug }, update: {}, create: { ...g } });
      ids[g.slug] = row.id;
    }
    const hash = await bcrypt.hash(Object.values(E2E_ACCOUNTS)[0].password, 4);
    for (const a of Object.values(E2E_ACCOUNTS)) {
      const user = await db.user.upsert({
        where: { email: a.email },
        update: {},
        create: { email: a.email, name: a.name, passwordHash: hash, emailVerified: new Date() },
      });
      for (const m of a.memberships) {
        await db.membership.upsert({
          where: { gemeenteId_userId: { gemeenteId: ids[m.gemeente], userId: user.id } },
          update: {},
          create: { gemeenteId: ids[m.gemeente], userId: user.id, role: m.role },
        });
      }
    }
  } finally {
    await db.$disconnect();
  }
}
