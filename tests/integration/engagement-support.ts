/** Shared arrangement for the engagement integration tests (not a test file itself). */
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import type { TenantRole } from "@/lib/auth/permissions";
import { actorWithRole, createGemeente, ownerDb } from "../support/factories";

export type Gem = Awaited<ReturnType<typeof createGemeente>>;

export async function contextFor(
  g: Gem,
  role: TenantRole,
  permission: Parameters<typeof requireTenant>[2] = "gemeente:read",
): Promise<TenantContext> {
  const actor = await actorWithRole(g, role);
  return requireTenant(actor, { slug: g.slug }, permission);
}

/** An ONDERNEMER acting for one organisation (self-service). */
export async function entrepreneurContext(g: Gem, organisationId: string): Promise<TenantContext> {
  const actor = await actorWithRole(g, "ONDERNEMER");
  await ownerDb().membership.updateMany({ where: { userId: actor.userId, gemeenteId: g.id }, data: { organisationId } });
  actor.memberships[0].organisationId = organisationId;
  return requireTenant(actor, { slug: g.slug }, "organisation:self");
}

export async function codeOf(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? `THREW:${(e as Error).message}`;
  }
}
