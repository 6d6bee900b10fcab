import { describe, expect, it } from "vitest";
import { can, isKnownRole, PERMISSIONS, ROLE_PERMISSIONS, TENANT_ROLES } from "./permissions";

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
