/**
 * Regression: Next.js loads src/lib/db/tenant.ts once per bundle (route handlers vs. server
 * components). The cached scoped client lives on globalThis, so its scope store must too — else a
 * page's withUser() after a route handler's platformDb() failed with TenantScopeError (seen with
 * /api/health followed by /app/[gemeente]/partners in `next dev`).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type * as Tenant from "@/lib/db/tenant";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";

let g: Awaited<ReturnType<typeof createGemeente>>;
beforeAll(async () => {
  g = await createGemeente();
  await ownerDb().coalitionPartner.create({ data: { gemeenteId: g.id, name: "Kopie-test", kind: "ZORG" } });
});
afterAll(closeOwnerDb);

it("a second copy of tenant.ts shares the scope with the first", async () => {
  // A query string makes Vite load a separate module instance, as a second Next.js bundle would.
  const copy = (name: string): Promise<typeof Tenant> => import(/* @vite-ignore */ `../../src/lib/db/tenant.ts?copy=${name}`);
  const first = await copy("route-handlers");
  const second = await copy("server-components");
  expect(first.withTenant).not.toBe(second.withTenant); // really two module instances
  await first.platformDb().$queryRaw`SELECT 1`; // the first copy creates the cached client
  const rows = await second.withTenant({ gemeenteId: g.id }, (db) => db.coalitionPartner.findMany({ select: { name: true } }));
  expect(rows).toEqual([{ name: "Kopie-test" }]);
});
