/**
 * The client's network address, which rate limits and login throttling are keyed on. Framework-free.
 *
 * THE RULE: the address is the TCP peer of the request (the socket), unless that peer is a proxy
 * listed in TRUSTED_PROXIES (comma-separated addresses or CIDRs, e.g. "10.0.0.0/8, 127.0.0.1";
 * also "loopback", "linklocal", "uniquelocal"): then X-Forwarded-For is read from the right, past
 * every trusted proxy, to the first address that is not one (the `proxy-addr` library, as Express
 * does). X-Real-IP and any X-Forwarded-For from an untrusted peer are ignored: a client cannot
 * choose the key its limits are counted under.
 *
 * Next.js does not show route handlers or server actions the socket, so the server wrapper
 * (scripts/serve.ts, which `npm start`, the cluster and the tests run) stamps every request with
 * CLIENT_ADDRESS_HEADER before Next sees it, overwriting whatever the client sent. The stamp
 * carries a random per-process token: clientIp() only believes a stamp with this process's token,
 * so without the wrapper (or with a forged header) every request counts as "unknown" — one shared,
 * strict budget, never a client-chosen one.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-samenkracht-client-address";
const UNKNOWN_ADDRESS = "unknown";
const TOKEN_KEY = Symbol.for("samenkracht.client-address-token");

type Global = typeof globalThis & { [TOKEN_KEY]?: string };

function processToken(create: boolean): string | undefined {
  const g = globalThis as Global;
  if (!g[TOKEN_KEY] && create) g[TOKEN_KEY] = randomBytes(24).toString("base64url");
  return g[TOKEN_KEY];
}

/** The TRUSTED_PROXIES setting as a list (empty: trust no proxy, use the socket's peer). */
export function trustedProxyList(value = process.env.TRUSTED_PROXIES): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A trust function for proxy-addr; throws on a malformed entry, so a bad setting stops the start. */
export function compileTrust(list = trustedProxyList()): (addr: string, i: number) => boolean {
  return proxyaddr.compile(list);
}

/** The stamp value for an address (the wrapper's, and tests'). */
export function clientAddressStamp(address: string): string {
  return `${processToken(true)} ${address}`;
}

/** For the server wrapper: replace any client-sent stamp with the real client address. */
export function stampClientAddress(req: IncomingMessage, trust: (addr: string, i: number) => boolean): string {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  let address = UNKNOWN_ADDRESS;
  try {
    address = req.socket?.remoteAddress ? proxyaddr(req, trust) : UNKNOWN_ADDRESS;
  } catch {
    address = UNKNOWN_ADDRESS;
  }
  // IPv4 on an IPv6 socket ("::ffff:203.0.113.8") is the IPv4 address.
  address = address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressStamp(address);
  return address;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The client address the wrapper stamped on these request headers, or "unknown". */
export function clientAddressFrom(headers: HeaderSource): string {
  const stamp = readHeader(headers, CLIENT_ADDRESS_HEADER)?.trim();
  const token = processToken(false);
  if (!stamp || !token) return UNKNOWN_ADDRESS;
  const space = stamp.indexOf(" ");
  if (space < 1) return UNKNOWN_ADDRESS;
  const given = Buffer.from(stamp.slice(0, space));
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return UNKNOWN_ADDRESS;
  const address = stamp.slice(space + 1).trim();
  return address && address.length <= 64 ? address : UNKNOWN_ADDRESS;
}
