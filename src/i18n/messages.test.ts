import { describe, expect, it } from "vitest";
import { en } from "./en";
import { nl } from "./nl";
import { toLocale } from "./locales";

function shape(value: unknown): unknown {
  if (typeof value === "function") return "fn";
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape((value as Record<string, unknown>)[k])]),
    );
  }
  return typeof value;
}

describe("i18n catalogues", () => {
  it("English has exactly the keys of the Dutch source", () => {
    expect(shape(en)).toEqual(shape(nl));
  });
  it("no catalogue value is empty, except the PUBLIC role intro", () => {
    const walk = (v: unknown, path: string): string[] =>
      typeof v === "string"
        ? v.trim() === "" && !path.endsWith("roleIntro.PUBLIC")
          ? [path]
          : []
        : v && typeof v === "object"
          ? Object.entries(v).flatMap(([k, c]) => walk(c, `${path}.${k}`))
          : [];
    expect(walk(nl, "nl")).toEqual([]);
    expect(walk(en, "en")).toEqual([]);
  });
  it("unknown or missing locales fall back to Dutch", () => {
    expect(toLocale("en")).toBe("en");
    expect(toLocale("fr")).toBe("nl");
    expect(toLocale(undefined)).toBe("nl");
    expect(toLocale("EN")).toBe("nl");
  });
});

describe("role labels", () => {
  it("has a Dutch label for every role in the permission table", async () => {
    const { ROLE_PERMISSIONS } = await import("@/lib/auth/permissions");
    for (const role of Object.keys(ROLE_PERMISSIONS)) {
      expect(nl.roles[role as keyof typeof nl.roles], role).toMatch(/\S/);
    }
  });
});
