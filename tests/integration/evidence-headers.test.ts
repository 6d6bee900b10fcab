/**
 * Evidence 6 — headers and session cookies, through the real configuration objects:
 * next.config.ts headers() (applied to every path), the per-request CSP and the Origin wall of
 * src/proxy.ts (called with real NextRequests), and next-auth's cookie options (the cookies it
 * actually sets, from next-auth's own defaults with our useSecureCookies). In a real browser:
 * tests/e2e/csp.spec.ts (zero CSP violations) and tests/e2e/action-replay.spec.ts (Origin).
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
  it("nosniff, referrer policy and framing on every path (the CSP comes from the proxy, below)", async () => {
    const h = await headersFor({ NODE_ENV: "production", APP_URL: "http://localhost:3305" });
    // One CSP only: a second, static one would be enforced too and block the nonce'd scripts.
    expect(h["content-security-policy"]).toBeUndefined();
    const csp = (await proxied("GET", "/")).res.headers.get("content-security-policy")!;
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toMatch(/strict-origin|no-referrer/);
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["strict-transport-security"]).toBeUndefined(); // plain http: no HSTS
    expect(csp).toMatch(/'nonce-/);
    writeFigures("headers", { headers: [...Object.keys(h), "content-security-policy"], csp: csp.replace(/'nonce-[^']+'/g, "'nonce-…'") });
  });

  it("HSTS when served over https, decided at runtime by the proxy (not by the build's header manifest)", async () => {
    // The build's static headers never carry it: the image is built without APP_URL.
    expect(
      (await headersFor({ NODE_ENV: "production", APP_URL: "https://samenkracht.example" }))["strict-transport-security"],
    ).toBeUndefined();
    const httpsEnv = { NODE_ENV: "production", APP_URL: "https://samenkracht.example" };
    const page = (await proxied("GET", "/", { host: "samenkracht.example" }, httpsEnv)).res.headers.get("strict-transport-security");
    const refused = (await proxied("POST", "/app/x", { origin: "https://evil.example" }, httpsEnv)).res.headers.get(
      "strict-transport-security",
    );
    expect(page).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(page!)![1])).toBeGreaterThanOrEqual(31_536_000);
    expect(refused).toBe(page);
    const plain = (await proxied("GET", "/")).res.headers.get("strict-transport-security");
    expect(plain).toBeNull();
    writeFigures("hsts", { https: page, plainHttp: plain });
  });
});

async function proxied(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  env: Record<string, string> = { NODE_ENV: "production", APP_URL: "http://localhost:3305" },
) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const { proxy } = await import("../../src/proxy");
  const { NextRequest } = await import("next/server");
  const req = new NextRequest(`http://localhost:3305${path}`, { method, headers: { host: "localhost:3305", ...headers } });
  return { res: proxy(req) };
}

describe("Content-Security-Policy (src/proxy.ts): a fresh nonce per request, no unsafe-inline", () => {
  it("scripts and styles only with the nonce; framing, plugins, base and form targets locked", async () => {
    const { res } = await proxied("GET", "/app/samenstad");
    const csp = res.headers.get("content-security-policy")!;
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(Buffer.from(nonce!, "base64").length).toBe(16);
    expect(csp).toMatch(new RegExp(`script-src 'self' 'nonce-${nonce!.replace(/[+/=]/g, "\\$&")}' 'strict-dynamic'(;|$)`));
    expect(csp).toMatch(/style-src 'self' 'nonce-/);
    expect(csp).not.toMatch(/unsafe-inline/);
    expect(csp).not.toMatch(/unsafe-eval/);
    for (const d of [
      "default-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "connect-src 'self'",
    ])
      expect(csp).toContain(d);
    expect(csp).not.toContain("upgrade-insecure-requests"); // plain http here
    // Next.js reads the nonce from the request's CSP header while rendering: the proxy forwards both.
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    // Unique per request.
    const nonces = new Set<string>();
    for (let i = 0; i < 50; i++)
      nonces.add(/'nonce-([^']+)'/.exec((await proxied("GET", "/")).res.headers.get("content-security-policy")!)![1]);
    expect(nonces.size).toBe(50);
    writeFigures("csp", { csp: csp.replaceAll(nonce!, "<nonce>"), noncesChecked: nonces.size });
  });

  it("over https: upgrade-insecure-requests; in development only: unsafe-eval (React's debugging aids)", async () => {
    const https = (await proxied("GET", "/", {}, { NODE_ENV: "production", APP_URL: "https://samenkracht.example" })).res.headers.get(
      "content-security-policy",
    )!;
    expect(https).toContain("upgrade-insecure-requests");
    const dev = (await proxied("GET", "/", {}, { NODE_ENV: "development", APP_URL: "http://localhost:3305" })).res.headers.get(
      "content-security-policy",
    )!;
    expect(dev).toContain("'unsafe-eval'");
    expect(dev).not.toContain("unsafe-inline");
  });
});

describe("Origin wall for cookie-authenticated writes (src/proxy.ts)", () => {
  const ACTION = { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" };
  it.each([
    ["no Origin", {}],
    ["Origin null", { origin: "null" }],
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["a look-alike Origin", { origin: "http://localhost:3305.evil.example" }],
    ["another port", { origin: "http://localhost:3999" }],
  ] as const)("a server-action POST with %s is refused with 403 before anything runs", async (_label, headers) => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      for (const path of ["/app/samenstad/partners", "/api/auth/callback/credentials", "/"]) {
        const { res } = await proxied(method, path, { ...ACTION, ...headers });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(await res.text()).toMatch(/niet van Samenkracht zelf/);
        expect(res.headers.get("x-middleware-next")).toBeNull(); // not passed on to the app
      }
    }
  });

  it("our own Origin passes, and so do GETs and /api/v1 (API key, no cookie)", async () => {
    expect(
      (await proxied("POST", "/app/samenstad/partners", { ...ACTION, origin: "http://localhost:3305" })).res.headers.get(
        "x-middleware-next",
      ),
    ).toBe("1");
    expect((await proxied("GET", "/app/samenstad/partners")).res.headers.get("x-middleware-next")).toBe("1");
    expect(
      (await proxied("POST", "/api/v1/gemeenten/samenstad/partners", { authorization: "Bearer x" })).res.headers.get("x-middleware-next"),
    ).toBe("1");
  });
});

describe("session cookie", () => {
  it("is httpOnly and sameSite=lax; Secure with the __Secure- prefix over https", async () => {
    vi.resetModules();
    vi.stubEnv("APP_URL", "https://samenkracht.example");
    vi.stubEnv("NEXTAUTH_URL", "https://samenkracht.example");
    const { authOptions } = await import("../../src/server/next-auth");
    const { defaultCookies } = (await import("../../node_modules/next-auth/core/lib/cookie.js" as string)) as {
      defaultCookies: (
        secure: boolean,
      ) => Record<string, { name: string; options: { httpOnly?: boolean; sameSite?: string; secure?: boolean } }>;
    };
    const cookies = { ...defaultCookies(!!authOptions.useSecureCookies), ...(authOptions.cookies ?? {}) };
    const session = cookies.sessionToken!;
    expect(session.options.httpOnly).toBe(true);
    expect(session.options.sameSite).toBe("lax");
    expect(authOptions.useSecureCookies).toBe(true);
    expect(session.options.secure).toBe(true);
    expect(session.name).toMatch(/^__Secure-/);
    // Every cookie next-auth sets (session, CSRF token, callback URL, PKCE/state/nonce): httpOnly, lax, Secure over https.
    for (const [name, c] of Object.entries(cookies)) {
      expect(c!.options.httpOnly, name).toBe(true);
      expect(c!.options.sameSite, name).toBe("lax");
      expect(c!.options.secure, name).toBe(true);
    }
    writeFigures("cookies", {
      cookies: Object.fromEntries(
        Object.values(cookies).map((c) => [
          c!.name,
          { httpOnly: c!.options.httpOnly, sameSite: c!.options.sameSite, secure: c!.options.secure },
        ]),
      ),
    });
  });

  it("over plain http (local development) the same, without Secure (a browser would drop it)", async () => {
    vi.resetModules();
    vi.stubEnv("APP_URL", "http://localhost:3305");
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3305");
    const { authOptions } = await import("../../src/server/next-auth");
    expect(authOptions.useSecureCookies).toBe(false);
  });
});
