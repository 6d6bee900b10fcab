/**
 * `npm run db:seed`: the demo seed (prisma/seed/index.ts) against DATABASE_URL, as the owner.
 * Idempotent. Demo passwords only with SAMENKRACHT_DEMO=1.
 */
import { pathToFileURL } from "node:url";
import { createOwnerClient } from "../src/lib/db/owner-client";
import { seedDemo, type SeedResult } from "../prisma/seed/index";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

export async function runSeed(url = process.env.DATABASE_URL): Promise<SeedResult> {
  const db = createOwnerClient(url);
  try {
    return await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

export function describeSeed(result: SeedResult): string {
  const c = result.created;
  const what = Object.values(c).some((n) => n > 0)
    ? `created ${c.gemeenten} gemeenten, ${c.partners} partners, ${c.organisations} organisations, ${c.vestigingen} vestigingen, ${c.users} users, ${c.memberships} memberships`
    : "already seeded, nothing to do";
  const passwords = result.demoPasswords
    ? `demo password: ${DEMO_PASSWORD} (see prisma/seed/demo-accounts.ts)`
    : "no demo passwords set (SAMENKRACHT_DEMO is not 1)";
  return `Demo seed: ${what}; ${passwords}.`;
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? "").href;
if (isMain) {
  runSeed()
    .then((result) => console.log(describeSeed(result)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
