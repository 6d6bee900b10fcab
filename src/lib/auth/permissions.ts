/**
 * The permission table, as data (docs/decisions/0004-permissions.md). Names: `entity:action`.
 * The UI may call `can()` to hide a button; the server always enforces through requireTenant /
 * requirePlatform in src/lib/auth/context.ts. Unknown roles and permissions are refused.
 */
export const TENANT_ROLES = [
  "AMBTENAAR",
  "REGISSEUR",
  "LOKET",
  "TEAM_WELZIJN",
  "TEAM_EENZAAMHEID",
  "VRIJWILLIGER",
  "ONDERNEMER",
  "PARTNER",
] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export const PLATFORM_ROLES = ["PROGRAMME_ADVISER", "PLATFORM_ADMIN"] as const;
export type PlatformRoleName = (typeof PLATFORM_ROLES)[number];

export const PERMISSIONS = [
  "gemeente:read",
  "gemeente:manage",
  "theme:manage",
  "members:manage",
  "apikeys:manage",
  "partners:read",
  "partners:manage",
  "engagement:read",
  "engagement:manage",
  "organisation:self",
  "signals:create",
  "signals:work",
  "signals:assess",
  "coalition:manage",
  "dashboard:read",
  "audit:read",
  "national:read",
  "platform:admin",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_BASE: Permission[] = ["gemeente:read", "partners:read", "signals:create"];

export const ROLE_PERMISSIONS: Readonly<Record<TenantRole | PlatformRoleName, readonly Permission[]>> = Object.freeze({
  AMBTENAAR: [...STAFF_BASE, "engagement:read", "engagement:manage", "partners:manage", "dashboard:read"],
  REGISSEUR: [
    ...STAFF_BASE,
    "engagement:read",
    "engagement:manage",
    "partners:manage",
    "signals:work",
    "signals:assess",
    "coalition:manage",
    "dashboard:read",
    "members:manage",
    // The gemeente's house style (design tokens). Not gemeente:manage: that configures sign-in
    // (the identity provider) and stays with the platform admin.
    "theme:manage",
    // The gemeente's audit trail (who did what when), without resident data.
    "audit:read",
  ],
  LOKET: [...STAFF_BASE, "signals:work"],
  TEAM_WELZIJN: [...STAFF_BASE, "signals:work"],
  TEAM_EENZAAMHEID: [...STAFF_BASE, "signals:work"],
  VRIJWILLIGER: ["gemeente:read", "signals:work"],
  ONDERNEMER: ["gemeente:read", "organisation:self", "signals:create"],
  PARTNER: ["gemeente:read", "partners:read", "signals:create"],
  // Platform roles. The programme adviser sees aggregates across gemeenten, never a tenant's rows.
  PROGRAMME_ADVISER: ["national:read"],
  // The platform admin sets up gemeenten, their members and API keys.
  PLATFORM_ADMIN: ["platform:admin", "gemeente:read", "gemeente:manage", "theme:manage", "members:manage", "apikeys:manage"],
});

export function isKnownRole(role: unknown): role is TenantRole | PlatformRoleName {
  return typeof role === "string" && Object.prototype.hasOwnProperty.call(ROLE_PERMISSIONS, role);
}

/** Fail closed: unknown roles or permissions are never allowed. */
export function can(role: unknown, permission: Permission): boolean {
  if (!isKnownRole(role)) return false;
  return ROLE_PERMISSIONS[role].includes(permission);
}

// Role labels live in the i18n catalogue (src/i18n/nl.ts `roles`), the one place for interface text.
