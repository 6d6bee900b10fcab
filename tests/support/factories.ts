/** Factories with unique values, writing as the owner (arrangement bypasses RLS on purpose). */
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { createOwnerClient, type OwnerClient } from "../../src/lib/db/owner-client";
import { requireTenant, type Actor, type MembershipInfo, type TenantContext } from "../../src/lib/auth/context";
import type { Permission, TenantRole } from "../../src/lib/auth/permissions";

let owner: OwnerClient | undefined;
export function ownerDb(): OwnerClient {
  owner ??= createOwnerClient();
  return owner;
}
export async function closeOwnerDb() {
  await owner?.$disconnect();
  owner = undefined;
}

const uid = () => randomUUID().slice(0, 8);

/** The wijken a test gemeente has unless told otherwise (a signal's wijk must be one of its own). */
const TEST_WIJKEN = ["Noord", "Oost", "Zuid", "West", "Midden", "Centrum", "Kleine Hof", "B-wijk"];

export async function createGemeente(overrides: Partial<{ slug: string; name: string; inhabitants: number; wijken: string[] }> = {}) {
  const id = uid();
  return ownerDb().gemeente.create({
    data: {
      slug: overrides.slug ?? `gem-${id}`,
      name: overrides.name ?? `Gemeente ${id}`,
      inhabitants: overrides.inhabitants ?? 50_000,
      settings: { wijken: overrides.wijken ?? TEST_WIJKEN },
    },
  });
}

export async function createUser(
  overrides: Partial<{ email: string; name: string; password: string; platformRole: "PROGRAMME_ADVISER" | "PLATFORM_ADMIN" }> = {},
) {
  const id = uid();
  return ownerDb().user.create({
    data: {
      email: overrides.email ?? `user-${id}@example.test`,
      name: overrides.name ?? `Gebruiker ${id}`,
      passwordHash: overrides.password ? await bcrypt.hash(overrides.password, 4) : null,
      platformRole: overrides.platformRole ?? null,
    },
  });
}

export async function addMembership(userId: string, gemeenteId: string, role: TenantRole) {
  return ownerDb().membership.create({ data: { userId, gemeenteId, role } });
}

/** A user with one role in one gemeente, as an Actor ready for requireTenant. */
export async function actorWithRole(
  gemeente: { id: string; slug: string; name: string },
  role: TenantRole,
): Promise<Extract<Actor, { kind: "user" }>> {
  const user = await createUser();
  await addMembership(user.id, gemeente.id, role);
  const m: MembershipInfo = {
    gemeenteId: gemeente.id,
    gemeenteSlug: gemeente.slug,
    gemeenteName: gemeente.name,
    role,
    organisationId: null,
    coalitionPartnerId: null,
  };
  return { kind: "user", userId: user.id, platformRole: null, memberships: [m] };
}

/** A new user with one role in one gemeente, through the real permission check (requireTenant). */
export async function ctxFor(
  gemeente: { id: string; slug: string; name: string },
  role: TenantRole,
  permission: Permission = "gemeente:read",
): Promise<TenantContext> {
  return requireTenant(await actorWithRole(gemeente, role), { slug: gemeente.slug }, permission);
}
