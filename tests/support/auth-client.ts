/**
 * Drives next-auth's real request handler (AuthHandler from next-auth/core, the same one the
 * /api/auth/[...nextauth] route runs) with a cookie jar, without a web server.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { AuthOptions } from "next-auth";

// next-auth/core is not in the package's "exports"; load it by file path (same module the route uses).
const require = createRequire(import.meta.url);
type InternalResponse = {
  status?: number;
  redirect?: string;
  body?: unknown;
  cookies?: { name: string; value: string; options: Record<string, unknown> }[];
};
const { AuthHandler } = require(path.resolve(import.meta.dirname, "../../node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: Request; options: AuthOptions }) => Promise<InternalResponse>;
};

export const BASE = process.env.NEXTAUTH_URL ?? "http://localhost:3201";

export type AuthResult = {
  status: number;
  redirect?: string;
  body: unknown;
  setCookies: { name: string; value: string; options: Record<string, unknown> }[];
};

export class AuthClient {
  jar = new Map<string, string>();
  constructor(
    private options: AuthOptions,
    private headers: Record<string, string> = {},
  ) {}

  private cookieHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async call(path: string, init: { method?: string; body?: Record<string, string> } = {}): Promise<AuthResult> {
    const url = path.startsWith("http") ? path : `${BASE}/api/auth/${path}`;
    const req = new Request(url, {
      method: init.method ?? "GET",
      headers: { cookie: this.cookieHeader(), "content-type": "application/json", ...this.headers },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    const res = await AuthHandler({ req, options: this.options });
    const setCookies = (res.cookies ?? []).map((c) => ({ name: c.name, value: c.value, options: c.options }));
    for (const c of setCookies) {
      const expired = c.options.maxAge === 0 || (c.options.expires instanceof Date && c.options.expires.getTime() < Date.now());
      if (expired || c.value === "") this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
    return { status: res.status ?? 200, redirect: res.redirect, body: res.body, setCookies };
  }

  async csrf(): Promise<string> {
    const res = await this.call("csrf");
    return (res.body as { csrfToken: string }).csrfToken;
  }

  async session(): Promise<Record<string, unknown>> {
    const res = await this.call("session");
    return (res.body ?? {}) as Record<string, unknown>;
  }

  async passwordLogin(input: { email: string; password: string; code?: string }): Promise<AuthResult> {
    const csrfToken = await this.csrf();
    return this.call("callback/credentials", {
      method: "POST",
      body: { ...input, code: input.code ?? "", csrfToken, callbackUrl: `${BASE}/app`, json: "true" },
    });
  }

  async requestLink(email: string): Promise<AuthResult> {
    const csrfToken = await this.csrf();
    return this.call("signin/email", { method: "POST", body: { email, csrfToken, callbackUrl: `${BASE}/app`, json: "true" } });
  }

  hasSessionCookie(): boolean {
    return [...this.jar.keys()].some((k) => k.endsWith("next-auth.session-token"));
  }
}
