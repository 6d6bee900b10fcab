/**
 * Helpers for the /api/v1 integration tests (not a test file itself): build real Web Requests and
 * call the route modules' handlers directly, as Next 16 does (params as a Promise).
 */
import type { Actor } from "../../src/lib/auth/context";
import { requireTenant } from "../../src/lib/auth/context";
import type { TenantRole } from "../../src/lib/auth/permissions";
import { createApiKey } from "../../src/modules/api-keys/server/create-api-key";
import { createUser } from "../support/factories";

const BASE = "http://localhost:3203";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function call(
  handler: Handler,
  opts: {
    method?: string;
    path: string;
    params: Record<string, string>;
    key?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; json: any; res: Response }> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  const req = new Request(`${BASE}${opts.path}`, { method: opts.method ?? "GET", headers, body });
  const res = await handler(req, { params: Promise.resolve(opts.params) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null, res };
}

export async function platformAdmin(): Promise<Extract<Actor, { kind: "user" }>> {
  const user = await createUser({ platformRole: "PLATFORM_ADMIN" });
  return { kind: "user", userId: user.id, platformRole: "PLATFORM_ADMIN", memberships: [] };
}

/** Create a real API key through the domain function, as a platform admin. */
export async function keyFor(gemeente: { slug: string }, role: TenantRole, name = `Sleutel ${role}`) {
  const admin = await platformAdmin();
  const ctx = await requireTenant(admin, { slug: gemeente.slug }, "apikeys:manage");
  return createApiKey(ctx, { name, role });
}
