/**
 * Evidence 6 — headers and session cookies, through the real configuration objects:
 * next.config.ts headers() (applied to every path) and next-auth's cookie options (the cookies it
 * actually sets, from next-auth's own defaults with our useSecureCookies).
 * Login throttling and session revocation are proven by auth-credentials / auth-sessions tests
 * (see docs/security.md); they are not duplicated here.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeFigures } from "../support/evidence/catalog";

async function headersFor(env: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const { default: config } = await import("../../next.config");
  const rules = await config.headers!();
  const all = rules.find((r) => r.source === "/:path*");
  expect(all, "one header rule covers every path").toBeDefined();
  return Object.fromEntries(all!.headers.map((h) => [h.key.toLowerCase(), h.value]));
}

afterEach(() => vi.unstubAllEnvs());

describe("security headers", () => {
  it("CSP (with frame-ancestors), nosniff, referrer policy and framing on every path", async () => {
    const h = await headersFor({ NODE_ENV: "production", APP_URL: "http://localhost:3305" });
    const csp = h["content-security-policy"];
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/base-uri 'self'/);
    expect(csp).toMatch(/form-action 'self'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toMatch(/strict-origin|no-referrer/);
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["strict-transport-security"]).toBeUndefined(); // plain http: no HSTS
    writeFigures("headers", { headers: Object.keys(h), csp });
  });

  it("HSTS when served over https in production", async () => {
    const h = await headersFor({ NODE_ENV: "production", APP_URL: "https://samenkracht.example" });
    expect(h["strict-transport-security"]).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(h["strict-transport-security"])![1])).toBeGreaterThanOrEqual(31_536_000);
  });
});

describe("session cookie", () => {
  it("is httpOnly and sameSite=lax; Secure with the __Secure- prefix over https", async () => {
    vi.resetModules();
    vi.stubEnv("APP_URL", "https://samenkracht.example");
    vi.stubEnv("NEXTAUTH_URL", "https://samenkracht.example");
    const { authOptions } = await import("../../src/lib/auth/next-auth");
    const { defaultCookies } = (await import("../../node_modules/next-auth/core/lib/cookie.js" as string)) as { defaultCookies: (secure: boolean) => Record<string, { name: string; options: { httpOnly?: boolean; sameSite?: string; secure?: boolean } }> };
    const cookies = { ...defaultCookies(!!authOptions.useSecureCookies), ...(authOptions.cookies ?? {}) };
    const session = cookies.sessionToken!;
    expect(session.options.httpOnly).toBe(true);
    expect(session.options.sameSite).toBe("lax");
    expect(authOptions.useSecureCookies).toBe(true);
    expect(session.options.secure).toBe(true);
    expect(session.name).toMatch(/^__Secure-/);
  });
});
