/** Shared checks for the engagement domain functions. Framework-free. */
import type { TenantContext } from "@/lib/auth/context";
import { can, inRoleGroup, ROLE_GROUPS, type Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/tenant";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import type { z } from "zod";
import { assertPrinciplesInInput } from "../principles";

/** Defence in depth: the caller did requireTenant, the domain checks the permission again. */
export function assertCan(ctx: TenantContext, permission: Permission): void {
  if (!can(ctx.role, permission)) throw forbidden();
}

/** Staff (ROLE_GROUPS.staff in the permission table): may raise a twijfel about a collaboration. */
export function isStaff(ctx: TenantContext): boolean {
  return inRoleGroup(ctx.role, "staff");
}

/** Scan raw input for principle breaches first, then parse it with a strict schema. */
export function parseEngagementInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  opts: { money?: boolean; exposure?: boolean } = {},
): z.infer<S> {
  assertPrinciplesInInput(input, opts);
  return parseInput(schema, input);
}

export function parseId(id: unknown): string {
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  return id;
}

/** Load a vestiging of the current gemeente (wall 1 + RLS), or NOT_FOUND. */
export async function loadVestiging(db: Db, id: unknown) {
  const v = await db.vestiging.findFirst({ where: { id: parseId(id) } });
  if (!v) throw notFound();
  return v;
}

export async function openDoubtCount(db: Db, vestigingId: string): Promise<number> {
  return db.doubt.count({ where: { vestigingId, status: "OPEN" } });
}

/** The accounthouder must be a staff member of this gemeente. */
export async function assertAccountHolder(db: Db, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const m = await db.membership.findFirst({ where: { userId, role: { in: [...ROLE_GROUPS.staff] } }, select: { id: true } });
  if (!m) {
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: { accountHolderId: ["De vaste contactpersoon moet een medewerker van deze gemeente zijn."] },
    });
  }
}
