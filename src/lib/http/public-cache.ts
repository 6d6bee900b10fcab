/**
 * The public page cache (issue 20, docs/decisions/0020-public-page-cache-and-precomputed-national-figures.md). Framework-free: the
 * production server (scripts/serve.ts) puts it in front of Next.js; tests put it in front of any
 * request handler.
 *
 * THE RULES
 * - Only the public pages of a gemeente are cached: its home, register, aanbod, agenda, help and the
 *   .ics feed (PUBLIC_PAGES). Everything else — staff, entrepreneur and personal pages, forms with
 *   a token, the API — always goes to Next.js.
 * - Only anonymous GET requests are answered from (or stored in) the cache: a request with any
 *   cookie other than the language choice, or with an Authorization header, or a Next.js router /
 *   server-action request, passes straight through. So a signed-in person never gets a cached page
 *   and a cached page was always rendered for nobody in particular.
 * - An entry is keyed by (path and query, language, the gemeente's public version). The version is
 *   "Gemeente"."publicVersion", which PostgreSQL triggers raise in the same transaction as every
 *   change to what these pages show (migration *_public_version) — whichever process, job, import
 *   or script made it. It is read per request (one indexed query, shared by requests that arrive
 *   while it runs), so every process sees a change on its next request; no process-local
 *   invalidation is needed. Entries also expire after PUBLIC_CACHE_TTL_SECONDS (60) for what
 *   changes with time alone (an event that has passed).
 * - Only complete 200 answers without Set-Cookie, of type HTML or iCalendar, are stored. The CSP
 *   nonce of the stored render is replaced by a fresh one in every answer (header and body), so
 *   every answer still has its own nonce (docs/decisions/0010-csp-nonces.md).
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export const PUBLIC_CACHE_HEADER = "x-samenkracht-cache";
const SLUG = "[A-Za-z0-9-]{1,100}";
/** The public pages that are the same for every visitor (and the .ics feed). */
const PUBLIC_PAGES = [new RegExp(`^/g/(${SLUG})(?:/(?:partners|aanbod|agenda|help))?/?$`), new RegExp(`^/api/ics/(${SLUG})/?$`)];
/** Request headers of Next.js client navigation, prefetch and server actions: never cached. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
  "authorization",
];
const CACHEABLE_TYPES = /^(text\/html|text\/calendar)\b/i;
/** Response headers that belong to one answer, not to the page. */
const HOP_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "etag",
  "set-cookie",
  PUBLIC_CACHE_HEADER,
]);
const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/=]+)'/;
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

export type PublicTarget = { slug: string; key: string };

/** Which cache entry a request may be answered from, or null when it must go to Next.js. */
export function publicCacheTarget(req: Pick<IncomingMessage, "method" | "url" | "headers">): PublicTarget | null {
  if (req.method !== "GET" || !req.url || req.url.length > 1000) return null;
  const q = req.url.indexOf("?");
  const path = q < 0 ? req.url : req.url.slice(0, q);
  let slug: string | null = null;
  for (const re of PUBLIC_PAGES) {
    const m = re.exec(path);
    if (m) {
      slug = m[1];
      break;
    }
  }
  if (!slug) return null;
  if (q >= 0 && /(?:^|&)_rsc=/.test(req.url.slice(q + 1))) return null;
  for (const h of ROUTER_HEADERS) if (req.headers[h] !== undefined) return null;
  const lang = anonymousLanguage(req.headers.cookie);
  if (lang === false) return null;
  return { slug, key: `${lang}|${req.url}` };
}

/** The `lang` cookie's value ("" without it), or false when the request carries any other cookie. */
function anonymousLanguage(cookie: string | undefined): string | false {
  if (!cookie || !cookie.trim()) return "";
  let lang = "";
  for (const part of cookie.split(";")) {
    const p = part.trim();
    if (!p) continue;
    const eq = p.indexOf("=");
    const name = eq < 0 ? p : p.slice(0, eq);
    if (name !== "lang") return false;
    const value = eq < 0 ? "" : p.slice(eq + 1);
    if (!/^[a-z]{2}$/.test(value)) return false;
    lang = value;
  }
  return lang;
}

type Entry = {
  version: string;
  storedAt: number;
  status: number;
  headers: [string, string | string[]][];
  /** The body cut at every occurrence of the render's nonce (one part when it has none). */
  parts: Buffer[];
  /** The render's nonce (in the CSP header, and in others such as Link), replaced in every answer. */
  nonce: string | null;
  bytes: number;
};

/**
 * The version of a gemeente's public pages, read from PostgreSQL. Requests for the same gemeente
 * that arrive while a read is running share the NEXT read (never one that began before they
 * arrived): a change committed before a request arrived is always seen by that request.
 */
export type VersionQuery = (slug: string) => Promise<string | null>;

export function coalescedVersionReader(query: VersionQuery): (slug: string) => Promise<string | null> {
  type Slot = { running: Promise<string | null> | null; next: Promise<string | null> | null };
  const slots = new Map<string, Slot>();
  return (slug) => {
    let slot = slots.get(slug);
    if (!slot) {
      slot = { running: null, next: null };
      slots.set(slug, slot);
    }
    const s = slot;
    const start = (): Promise<string | null> => {
      const p = query(slug).finally(() => {
        if (s.running === p) s.running = null;
        if (!s.running && !s.next) slots.delete(slug);
      });
      s.running = p;
      return p;
    };
    if (!s.running) return start();
    // A read is running that began before this request: wait for it, then share one new read.
    if (!s.next) {
      const after = s.running.catch(() => null);
      s.next = after.then(() => {
        s.next = null;
        return start();
      });
    }
    return s.next;
  };
}

/** The version query against PostgreSQL (any role: "Gemeente" has no row-level security). */
export function pgVersionQuery(pool: {
  query: (q: { name: string; text: string; values: unknown[] }) => Promise<{ rows: { v: string }[] }>;
}): VersionQuery {
  return async (slug) => {
    const { rows } = await pool.query({
      name: "public-version",
      text: 'SELECT "publicVersion"::text AS v FROM "Gemeente" WHERE slug = $1',
      values: [slug],
    });
    return rows[0]?.v ?? null;
  };
}

export type PublicCacheOptions = {
  /** The gemeente's public version, or null when there is no such gemeente. */
  version: (slug: string) => Promise<string | null>;
  ttlMs?: number;
  maxBytes?: number;
  now?: () => number;
};

export class PublicPageCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private inflight = new Map<string, Promise<Entry | null>>();
  private readonly ttlMs: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  readonly stats = { hits: 0, misses: 0, passes: 0, stored: 0 };

  constructor(private readonly options: PublicCacheOptions) {
    this.ttlMs = options.ttlMs ?? Number(process.env.PUBLIC_CACHE_TTL_SECONDS || 60) * 1000;
    this.maxBytes = options.maxBytes ?? Number(process.env.PUBLIC_CACHE_MB || 64) * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Answer `req` from the cache, or let `render` (Next.js) answer it and keep the answer when it may
   * be kept. `render` gets the request with Accept-Encoding removed when the answer is to be stored
   * (the stored body is plain, so the nonce can be replaced).
   */
  async handle(req: IncomingMessage, res: ServerResponse, render: (req: IncomingMessage, res: ServerResponse) => void): Promise<void> {
    const target = publicCacheTarget(req);
    if (!target) {
      this.stats.passes++;
      render(req, res);
      return;
    }
    let version: string | null;
    try {
      version = await this.options.version(target.slug);
    } catch {
      version = null; // the database is unreachable: Next.js answers (and reports) as without a cache
    }
    if (version === null) {
      this.stats.passes++;
      render(req, res);
      return;
    }
    const key = `${target.slug}|${target.key}`;
    const hit = this.entries.get(key);
    if (hit && hit.version === version && this.now() - hit.storedAt < this.ttlMs) {
      this.entries.delete(key); // LRU: move to the end
      this.entries.set(key, hit);
      this.stats.hits++;
      send(res, hit, "hit");
      return;
    }
    const flightKey = `${key}|${version}`;
    const pending = this.inflight.get(flightKey);
    if (pending) {
      const entry = await pending;
      if (entry) {
        this.stats.hits++;
        send(res, entry, "hit");
        return;
      }
      this.stats.passes++;
      render(req, res);
      return;
    }
    this.stats.misses++;
    const captured = capture(req, res, render);
    this.inflight.set(flightKey, captured);
    try {
      const entry = await captured;
      if (entry) {
        entry.version = version;
        entry.storedAt = this.now();
        this.store(key, entry);
      }
    } finally {
      this.inflight.delete(flightKey);
    }
  }

  private store(key: string, entry: Entry) {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.stats.stored++;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }
}

/** A fresh CSP nonce, as src/lib/http/csp.ts makes them (16 random bytes, base64). */
function freshNonce(): string {
  return randomBytes(16).toString("base64");
}

function send(res: ServerResponse, entry: Entry, state: "hit" | "miss") {
  const nonce = entry.nonce ? freshNonce() : "";
  const nonceBuf = Buffer.from(nonce);
  const chunks: Buffer[] = [];
  entry.parts.forEach((p, i) => {
    if (i > 0) chunks.push(nonceBuf);
    chunks.push(p);
  });
  const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const old = entry.nonce;
  const renew = (v: string) => (old && v.includes(old) ? v.split(old).join(nonce) : v);
  for (const [name, value] of entry.headers) res.setHeader(name, Array.isArray(value) ? value.map(renew) : renew(value));
  res.setHeader("content-length", body.length);
  res.setHeader(PUBLIC_CACHE_HEADER, state);
  res.statusCode = entry.status;
  res.end(body);
}

/**
 * Let `render` answer the request while keeping a copy of what it writes; resolves to the entry to
 * store, or null when the answer may not be kept (not a complete 200 of a cacheable type, a cookie,
 * compressed, too large).
 */
function capture(
  req: IncomingMessage,
  res: ServerResponse,
  render: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<Entry | null> {
  delete req.headers["accept-encoding"];
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || tooLarge) return;
    const buf = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > MAX_ENTRY_BYTES) {
      tooLarge = true;
      chunks.length = 0;
    } else chunks.push(buf);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  (res as unknown as { write: (...args: unknown[]) => boolean }).write = (...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  };
  (res as unknown as { end: (...args: unknown[]) => ServerResponse }).end = (...args: unknown[]) => {
    keep(args[0], args[1]);
    return end(...args);
  };
  if (!res.headersSent) res.setHeader(PUBLIC_CACHE_HEADER, "miss");
  return new Promise((resolve) => {
    res.once("finish", () => resolve(tooLarge ? null : toEntry(res, chunks)));
    res.once("close", () => resolve(null));
    render(req, res);
  });
}

function toEntry(res: ServerResponse, chunks: Buffer[]): Entry | null {
  if (res.statusCode !== 200) return null;
  const headers = res.getHeaders();
  if (headers["set-cookie"] !== undefined) return null;
  if (headers["content-encoding"] !== undefined && String(headers["content-encoding"]) !== "identity") return null;
  if (!CACHEABLE_TYPES.test(String(headers["content-type"] ?? ""))) return null;
  const kept: [string, string | string[]][] = [];
  const nonce = NONCE_IN_CSP.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? null;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    kept.push([name, Array.isArray(value) ? value : String(value)]);
  }
  const body = Buffer.concat(chunks);
  const parts = nonce ? splitBuffer(body, Buffer.from(nonce)) : [body];
  return { version: "", storedAt: 0, status: 200, headers: kept, parts, nonce, bytes: body.length + 512 };
}

function splitBuffer(buf: Buffer, sep: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = buf.indexOf(sep, from); at >= 0; at = buf.indexOf(sep, from)) {
    parts.push(buf.subarray(from, at));
    from = at + sep.length;
  }
  parts.push(buf.subarray(from));
  return parts;
}
