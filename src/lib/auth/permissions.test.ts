import { describe, expect, it } from "vitest";
import type { PlatformRole, Role } from "@/generated/prisma/enums";
import {
  can,
  inRoleGroup,
  isKnownRole,
  mayFileWithSource,
  PERMISSIONS,
  PLATFORM_ROLES,
  ROLE_GROUPS,
  ROLE_PERMISSIONS,
  SIGNAL_REACH,
  SIGNAL_STEP_ROLE,
  TENANT_ROLES,
} from "./permissions";

describe("permission table", () => {
  it("refuses unknown roles and permissions (fail closed)", () => {
    expect(can("SUPERHERO", "gemeente:read")).toBe(false);
    expect(can(undefined, "gemeente:read")).toBe(false);
    expect(can("__proto__", "gemeente:read")).toBe(false);
    expect(can("toString", "gemeente:read")).toBe(false);
    expect(isKnownRole("constructor")).toBe(false);
    // @ts-expect-error unknown permission
    expect(can("REGISSEUR", "everything:*")).toBe(false);
  });

  it("only lists known permissions", () => {
    for (const perms of Object.values(ROLE_PERMISSIONS)) {
      for (const p of perms) expect(PERMISSIONS).toContain(p);
    }
  });

  it("keeps role boundaries", () => {
    expect(can("AMBTENAAR", "engagement:manage")).toBe(true);
    expect(can("ONDERNEMER", "engagement:read")).toBe(false);
    expect(can("PARTNER", "signals:work")).toBe(false);
    expect(can("ONDERNEMER", "signals:create")).toBe(true);
    expect(can("LOKET", "engagement:manage")).toBe(false);
    expect(can("VRIJWILLIGER", "partners:read")).toBe(false);
    // The programme adviser sees aggregates only: no tenant permission at all.
    expect(ROLE_PERMISSIONS.PROGRAMME_ADVISER).toEqual(["national:read"]);
    for (const role of TENANT_ROLES) {
      expect(can(role, "platform:admin")).toBe(false);
      expect(can(role, "national:read")).toBe(false);
      expect(can(role, "apikeys:manage")).toBe(false);
    }
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(ROLE_PERMISSIONS)).toBe(true);
  });
});

describe("role lists come from the database enums", () => {
  it("keep the order the interface lists them in", () => {
    expect(TENANT_ROLES).toEqual([
      "AMBTENAAR",
      "REGISSEUR",
      "LOKET",
      "TEAM_WELZIJN",
      "TEAM_EENZAAMHEID",
      "VRIJWILLIGER",
      "ONDERNEMER",
      "PARTNER",
    ]);
    expect(PLATFORM_ROLES).toEqual(["PROGRAMME_ADVISER", "PLATFORM_ADMIN"]);
  });

  it("type-level: each list's type is exactly the Prisma enum type", () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const checks: [Same<(typeof TENANT_ROLES)[number], Role>, Same<(typeof PLATFORM_ROLES)[number], PlatformRole>] = [true, true];
    expect(checks.every(Boolean)).toBe(true);
  });
});

describe("role groups and signal rules", () => {
  it("staff, deciders, sources, reach and step owners are as before", () => {
    expect(ROLE_GROUPS.staff).toEqual(["AMBTENAAR", "REGISSEUR", "LOKET", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"]);
    expect(inRoleGroup("VRIJWILLIGER", "staff")).toBe(false);
    expect(inRoleGroup("__proto__", "staff")).toBe(false);
    expect(inRoleGroup("AMBTENAAR", "doubtDeciders")).toBe(true);
    expect(inRoleGroup("LOKET", "claimDeciders")).toBe(false);
    expect(mayFileWithSource("PUBLIC", "PUBLIEK_FORMULIER")).toBe(true);
    expect(mayFileWithSource("LOKET", "PARTNER")).toBe(false);
    expect(mayFileWithSource("LOKET", "LOKET_TELEFOON")).toBe(true);
    expect(mayFileWithSource("ONDERNEMER", "toString" as never)).toBe(false);
    expect(SIGNAL_REACH.AMBTENAAR).toBeUndefined();
    expect(SIGNAL_STEP_ROLE.EERSTE_INTAKE).toBe("LOKET");
    expect(SIGNAL_STEP_ROLE.AFGESLOTEN).toBeUndefined();
  });
});
