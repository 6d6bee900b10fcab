/**
 * The permission table, as data (docs/decisions/0004-permissions.md). Names: `entity:action`.
 * The UI may call `can()` to hide a button; the server always enforces through requireTenant /
 * requirePlatform in src/lib/auth/context.ts. Unknown roles and permissions are refused.
 */
import { PlatformRole, Role, type SignalSource, type SignalStatus } from "@/generated/prisma/enums";
import { enumValues } from "../enum-values";

/** The tenant roles, from the database enum `Role` (schema order). */
export const TENANT_ROLES = enumValues(Role);
export type TenantRole = Role;

/** The platform roles, from the database enum `PlatformRole`. */
export const PLATFORM_ROLES = enumValues(PlatformRole);
export type PlatformRoleName = PlatformRole;

/** Any role a request can act in: a tenant role, the platform admin inside a gemeente, or the public. */
export type ActingRole = TenantRole | "PLATFORM_ADMIN" | "PUBLIC";

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

// ── Role groups: who counts as what, where a rule names roles rather than a permission ──────────

export const ROLE_GROUPS = {
  /** Staff of the gemeente: may raise a twijfel about a collaboration and be an accounthouder. */
  staff: ["AMBTENAAR", "REGISSEUR", "LOKET", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"],
  /** Close a twijfel with a decision. */
  doubtDeciders: ["AMBTENAAR", "REGISSEUR"],
  /** See and decide an entrepreneur's claim on an organisation. */
  claimDeciders: ["AMBTENAAR", "REGISSEUR"],
  /** May be given a signal to pick up (the signal page's "who picks it up" list). */
  signalAssignees: ["TEAM_WELZIJN", "TEAM_EENZAAMHEID", "VRIJWILLIGER"],
} as const satisfies Record<string, readonly TenantRole[]>;
export type RoleGroup = keyof typeof ROLE_GROUPS;

/** Is this role in the group? Fail closed for anything else. */
export function inRoleGroup(role: unknown, group: RoleGroup): boolean {
  return typeof role === "string" && (ROLE_GROUPS[group] as readonly string[]).includes(role);
}

// ── Signals ─────────────────────────────────────────────────────────────────────────────────────

/** Which roles may file a signal with which source (the intake and the phone intake page ask this). */
const SIGNAL_SOURCE_ROLES: Readonly<Record<SignalSource, readonly ActingRole[]>> = {
  PUBLIEK_FORMULIER: ["PUBLIC"],
  ONDERNEMER: ["ONDERNEMER"],
  PARTNER: ["PARTNER", "TEAM_WELZIJN", "TEAM_EENZAAMHEID", "AMBTENAAR", "REGISSEUR"],
  LOKET_TELEFOON: ["LOKET", "REGISSEUR"],
};

/** May this role file a signal with this source? */
export function mayFileWithSource(role: string, source: SignalSource): boolean {
  if (!Object.prototype.hasOwnProperty.call(SIGNAL_SOURCE_ROLES, source)) return false;
  return (SIGNAL_SOURCE_ROLES[source] as readonly string[]).includes(role);
}

/**
 * Which signals a worker reaches (lists them, and sees personal fields "onCase"):
 *   "all"       — every signal of the gemeente (regisseur, loket);
 *   "teamStep"  — assigned to them, or unassigned and in the step named like their team;
 *   "volunteer" — the signals they are linked to as volunteer.
 * Any other role reaches none.
 */
export const SIGNAL_REACH: Readonly<Partial<Record<ActingRole, "all" | "teamStep" | "volunteer">>> = {
  REGISSEUR: "all",
  LOKET: "all",
  TEAM_WELZIJN: "teamStep",
  TEAM_EENZAAMHEID: "teamStep",
  VRIJWILLIGER: "volunteer",
};

/** Who answers for an open signal in each step when nobody is assigned (the overdue digest). */
export const SIGNAL_STEP_ROLE: Readonly<Partial<Record<SignalStatus, TenantRole>>> = {
  ONTVANGEN: "REGISSEUR",
  BEOORDEELD: "REGISSEUR",
  EERSTE_INTAKE: "LOKET",
  TEAM_WELZIJN: "TEAM_WELZIJN",
  TEAM_EENZAAMHEID: "TEAM_EENZAAMHEID",
  VRIJWILLIGER: "REGISSEUR",
  DOORVERWEZEN: "REGISSEUR",
};

export const SIGNAL_PERSONAL_FIELDS = [
  "residentName",
  "residentContact",
  "situation",
  "reporterName",
  "reporterContact",
  "reporterEmail",
  "reason",
] as const;
export type SignalPersonalField = (typeof SIGNAL_PERSONAL_FIELDS)[number];
type FieldReach = "all" | "onCase";

const CASE_WORKERS = {
  REGISSEUR: "all",
  LOKET: "all",
  TEAM_WELZIJN: "onCase",
  TEAM_EENZAAMHEID: "onCase",
  VRIJWILLIGER: "onCase",
} as const;
const CONTACT_REPORTER = { REGISSEUR: "all", LOKET: "all" } as const;

/**
 * Need-to-know on a signal's personal fields, per field and role (read by
 * src/modules/signals/visibility.ts): "all" on every signal, "onCase" on signals the role reaches
 * (SIGNAL_REACH), absent never. The reporter's identity only for those who call the reporter back.
 */
export const SIGNAL_FIELD_VISIBILITY: Readonly<Record<SignalPersonalField, Partial<Record<TenantRole, FieldReach>>>> = {
  residentName: CASE_WORKERS,
  residentContact: CASE_WORKERS,
  situation: CASE_WORKERS,
  /** Reasons of the steps taken (may name people). */
  reason: CASE_WORKERS,
  reporterName: CONTACT_REPORTER,
  reporterContact: CONTACT_REPORTER,
  reporterEmail: CONTACT_REPORTER,
};

// Role labels live in the i18n catalogue (src/i18n/nl.ts `roles`), the one place for interface text.
