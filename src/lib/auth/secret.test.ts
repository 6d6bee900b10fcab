import { afterEach, describe, expect, it, vi } from "vitest";
import { authSecret, secureCookiesEnabled } from "./secret";

afterEach(() => vi.unstubAllEnvs());

describe("authSecret", () => {
  it("is required (and long enough) in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET is required/);
    vi.stubEnv("NEXTAUTH_SECRET", "short");
    expect(() => authSecret()).toThrow(/at least 32/);
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
    expect(authSecret()).toBe("x".repeat(40));
  });
  it("falls back to a fixed derived dev secret outside production", () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    vi.stubEnv("AUTH_SECRET", "");
    const a = authSecret();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(authSecret()).toBe(a);
  });
});

describe("secure cookies", () => {
  it("follow the scheme of the app URL", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    vi.stubEnv("APP_URL", "https://samenkracht.example");
    expect(secureCookiesEnabled()).toBe(true);
    vi.stubEnv("APP_URL", "http://localhost:3000");
    expect(secureCookiesEnabled()).toBe(false);
  });
});
