/**
 * Reads of accounts and memberships for pages and other modules (users owns these tables). Tenant reads run in
 * the caller's gemeente (row-level security); the names of accounts are read by id only.
 */
import type { TenantContext } from "@/lib/auth/context";
import { ROLE_GROUPS, type RoleGroup } from "@/lib/auth/permissions";
import { platformDb } from "@/lib/db/tenant";

/** Names of accounts by id (for "who did this" in a history); unknown ids are left out. */
export async function userNames(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await platformDb().user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Everyone with a role in the gemeente, by name (the people page). */
export async function listMembers(ctx: TenantContext) {
  return ctx.run((db) =>
    db.membership.findMany({
      select: { role: true, user: { select: { id: true, name: true, email: true, disabledAt: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  );
}

/** The members of the gemeente whose role is in a group (permissions.ts), by name. */
export async function membersInGroup(ctx: TenantContext, group: RoleGroup) {
  return ctx.run((db) =>
    db.membership.findMany({
      where: { role: { in: [...ROLE_GROUPS[group]] } },
      select: { userId: true, role: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  );
}

/** One's own account as the account page shows it. */
export async function ownAccount(userId: string) {
  return platformDb().user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, totpEnabled: true, passwordHash: true, jobTitle: true, workContact: true },
  });
}
