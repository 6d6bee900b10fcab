/**
 * The JSON API handler wrapper for /api/v1 (docs: src/lib/openapi). In the composition root because it
 * wires the api-keys module into every route. Framework-free apart from the
 * Web Request/Response types, so tests call route handlers directly.
 *
 * apiRoute(permission, handler, options?):
 *   1. refuses a body over MAX_BODY_BYTES (413) before anything else,
 *   2. authenticates ONLY by `Authorization: Bearer <API key>` — cookies are ignored on /api/v1,
 *      so there is no ambient authority and no CSRF surface,
 *   3. resolves the tenant from the route param [gemeente] (slug) with requireTenant and checks the
 *      permission (another gemeente → 404, role without permission → 403),
 *   4. parses the JSON body (415 for another content type, 400 for broken JSON) and, when
 *      options.body is given, validates it with zod (422 with Dutch fieldErrors),
 *   5. answers `{ data }` (or 204 when the handler returns undefined, or the handler's own Response),
 *   6. maps AppError to an application/problem+json body (RFC 9457: type, title, status, detail, plus
 *      our `code` and `fieldErrors`) with its HTTP status, and any other error to a generic Dutch
 *      500 (503 when the database is down) without a stack trace, logged through logError,
 *   7. sends the `API-Version` header on every response (NL API Design Rules), success or error.
 *
 * publicApiRoute(handler, options?) is the same without authentication (public register and the
 * like): ctx is publicTenant(slug) when the route has a [gemeente] param, else null.
 */
import type { z } from "zod";
import { loadGemeente, publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { AppError, assertStorableText, parseInput, statusOf, toFailure } from "@/lib/result";
import { authenticateApiKey } from "@/modules/api-keys/server/authenticate-api-key";
import { API_VERSION, API_VERSION_HEADER, problem, problemResponse } from "@/lib/http/problem";

export const MAX_BODY_BYTES = 100 * 1024;

const API_MESSAGES = {
  NO_KEY: "Geen geldige API-sleutel. Stuur een sleutel mee in de kop 'Authorization: Bearer <sleutel>'.",
  TOO_LARGE: `Het verzoek is te groot. Stuur hoogstens ${MAX_BODY_BYTES / 1024} kB.`,
  NOT_JSON: "Stuur de gegevens als JSON (Content-Type: application/json).",
  BAD_JSON: "De gegevens zijn geen geldige JSON.",
} as const;

type RawParams = Record<string, string | string[] | undefined>;
type RouteContext = { params: Promise<RawParams> };
export type RouteHandler = (req: Request, context: RouteContext) => Promise<Response>;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiOptions<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> = {
  /** zod schema for the JSON body; the validated value arrives as `input`. */
  body?: B;
  /** zod schema for the query string (an object of strings); arrives as `query`. */
  query?: Q;
  /** HTTP status on success (default 200). */
  status?: number;
  /**
   * A body that is not JSON (the CSV import): read as bytes up to maxBytes (413 with tooLarge),
   * only for a Content-Type matching accept (415 with wrongType). Arrives as `raw`.
   */
  raw?: { maxBytes: number; tooLarge: string; accept: RegExp; wrongType: string };
};

export type ApiArgs<C, B, Q> = {
  ctx: C;
  req: Request;
  params: Record<string, string>;
  /** The validated body when options.body is set, else undefined. */
  input: Parsed<B>;
  /** The raw parsed JSON body (undefined when empty) — for domain functions that validate it themselves. */
  body: unknown;
  /** The body's bytes when options.raw is set (empty array without a body), else undefined. */
  raw: Uint8Array | undefined;
  /** The validated query when options.query is set, else the raw search params as an object. */
  query: Q extends z.ZodType ? z.output<Q> : Record<string, string>;
};

const JSON_HEADERS = { "Cache-Control": "no-store", [API_VERSION_HEADER]: API_VERSION } as const;

export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(data, { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** Map any thrown value to an application/problem+json answer. Unexpected errors are logged, never shown. */
export function errorResponse(error: unknown, where = "api"): Response {
  if (error instanceof AppError) {
    const extra: Record<string, string> = error.status === 401 ? { "WWW-Authenticate": 'Bearer realm="samenkracht"' } : {};
    return problemResponse(problem(error.status, error.code, error.message, error.fieldErrors), extra);
  }
  const failure = toFailure(error, where);
  return problemResponse(problem(statusOf(failure), failure.code, failure.message, failure.fieldErrors));
}

function tooLarge() {
  return new AppError("PAYLOAD_TOO_LARGE", API_MESSAGES.TOO_LARGE, { status: 413 });
}

function checkDeclaredLength(req: Request, max = MAX_BODY_BYTES, message: string = API_MESSAGES.TOO_LARGE): void {
  const declared = req.headers.get("content-length");
  if (declared && Number(declared) > max) throw new AppError("PAYLOAD_TOO_LARGE", message, { status: 413 });
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Read the body's bytes with a hard limit (also for chunked bodies without Content-Length). */
async function readBytes(req: Request, max: number, onTooLarge: () => AppError): Promise<Buffer> {
  if (!BODY_METHODS.has(req.method.toUpperCase()) || !req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw onTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readJsonBody(req: Request): Promise<unknown> {
  const bytes = await readBytes(req, MAX_BODY_BYTES, tooLarge);
  if (bytes.byteLength === 0) return undefined;
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (!/^application\/(?:[\w.+-]+\+)?json\b/.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", API_MESSAGES.NOT_JSON, { status: 415 });
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_JSON", API_MESSAGES.BAD_JSON, { status: 400 });
  }
  // Every domain function gets a body without NUL or lone surrogates (422, nothing written).
  assertStorableText(parsed);
  return parsed;
}

type Settled<T> = Promise<{ ok: true; value: T } | { ok: false; error: unknown }>;
/** A promise that never rejects (so it may wait while another await runs), and back. */
function settle<T>(p: Promise<T>): Settled<T> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
async function unsettle<T>(p: Settled<T>): Promise<T> {
  const r = await p;
  if (r.ok) return r.value;
  throw r.error;
}

async function resolveParams(context: RouteContext | undefined): Promise<Record<string, string>> {
  const raw = (await context?.params) ?? {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v)) out[k] = v.join("/");
  }
  return out;
}

async function finish<C, B extends z.ZodType | undefined, Q extends z.ZodType | undefined>(
  req: Request,
  ctx: C,
  params: Record<string, string>,
  handler: (args: ApiArgs<C, B, Q>) => Promise<unknown>,
  options: ApiOptions<B, Q> | undefined,
): Promise<Response> {
  let raw: Uint8Array | undefined;
  let body: unknown;
  if (options?.raw) {
    const spec = options.raw;
    if (!spec.accept.test((req.headers.get("content-type") ?? "").toLowerCase())) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", spec.wrongType, { status: 415 });
    }
    raw = await readBytes(req, spec.maxBytes, () => new AppError("PAYLOAD_TOO_LARGE", spec.tooLarge, { status: 413 }));
  } else {
    body = await readJsonBody(req);
  }
  const input = (options?.body ? parseInput(options.body, body ?? {}) : undefined) as Parsed<B>;
  const rawQuery = Object.fromEntries(new URL(req.url).searchParams);
  const query = (options?.query ? parseInput(options.query, rawQuery) : rawQuery) as ApiArgs<C, B, Q>["query"];
  const result = await handler({ ctx, req, params, input, body, raw, query });
  if (result instanceof Response) return result;
  if (result === undefined) return new Response(null, { status: 204, headers: JSON_HEADERS });
  return jsonResponse({ data: result }, options?.status ?? 200);
}

/** An authenticated, tenant-scoped JSON endpoint. See the module comment. */
export function apiRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  permission: Permission,
  handler: (args: ApiArgs<TenantContext, B, Q>) => Promise<unknown>,
  options?: ApiOptions<B, Q>,
): RouteHandler {
  return async (req, context) => {
    const where = `api ${req.method}`;
    try {
      if (options?.raw) checkDeclaredLength(req, options.raw.maxBytes, options.raw.tooLarge);
      else checkDeclaredLength(req);
      const params = await resolveParams(context);
      // The key and the gemeente are looked up at the same time (two round trips in parallel instead
      // of one after the other); a missing or wrong key still answers 401 before any 404, and a request
      // without a key costs no lookup.
      const authorization = req.headers.get("authorization");
      const gemeente = params.gemeente && authorization ? settle(loadGemeente({ slug: params.gemeente })) : null;
      const actor = await authenticateApiKey(authorization);
      if (actor.kind !== "apiKey") throw new AppError("UNAUTHENTICATED", API_MESSAGES.NO_KEY);
      if (!gemeente) throw new AppError("NOT_FOUND");
      const ctx = await requireTenant(actor, { resolved: await unsettle(gemeente) }, permission);
      return await finish(req, ctx, params, handler, options);
    } catch (error) {
      return errorResponse(error, where);
    }
  };
}

/** A JSON endpoint without authentication. ctx is the public tenant when the route has [gemeente]. */
export function publicApiRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  handler: (args: ApiArgs<TenantContext | null, B, Q>) => Promise<unknown>,
  options?: ApiOptions<B, Q>,
): RouteHandler {
  return async (req, context) => {
    const where = `public-api ${req.method}`;
    try {
      if (options?.raw) checkDeclaredLength(req, options.raw.maxBytes, options.raw.tooLarge);
      else checkDeclaredLength(req);
      const params = await resolveParams(context);
      const ctx = params.gemeente ? await publicTenant(params.gemeente) : null;
      return await finish(req, ctx, params, handler, options);
    } catch (error) {
      return errorResponse(error, where);
    }
  };
}
