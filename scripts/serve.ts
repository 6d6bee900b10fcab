/**
 * The production HTTP server: Next.js (`next start` equivalent, through Next's own request handler)
 * behind a few lines that stamp every request with the client's real network address before Next
 * sees it (src/lib/http/client-address.ts): the socket's peer, or — only when that peer is a proxy
 * listed in TRUSTED_PROXIES — the address it forwarded. Rate limits and login throttling read that
 * stamp through clientIp(); a client-sent X-Real-IP / X-Forwarded-For cannot change it.
 *
 *   node --import tsx scripts/serve.ts -p 3000 [-H 0.0.0.0]
 *
 * Used by `npm start` (scripts/start.ts), each worker of scripts/cluster-start.mjs and the e2e
 * server. A malformed TRUSTED_PROXIES stops the start with a message.
 *
 * Anonymous requests for a gemeente's public pages are answered from the public page cache
 * (src/lib/http/public-cache.ts, docs/decisions/0020) when the gemeente's public version in
 * PostgreSQL has not changed since the page was rendered; PUBLIC_CACHE=0 turns it off.
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import pg from "pg";
import { compileTrust, stampClientAddress, trustedProxyList } from "../src/lib/http/client-address";
import { coalescedVersionReader, pgVersionQuery, PublicPageCache } from "../src/lib/http/public-cache";
import { appDatabaseUrl } from "../src/lib/env";
import { connectionConfig } from "../src/lib/db/connection";

const root = path.resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const flag = (...names: string[]) => {
  const i = argv.findIndex((a) => names.includes(a));
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = Number(flag("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = flag("-H", "--hostname") ?? process.env.HOSTNAME_BIND;

let trust: ReturnType<typeof compileTrust>;
try {
  trust = compileTrust();
} catch (error) {
  console.error(
    `[samenkracht] TRUSTED_PROXIES is not a list of addresses or CIDRs: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// One small pool of its own: the version check must not wait behind the app's page queries.
const versionPool =
  process.env.PUBLIC_CACHE === "0" ? null : new pg.Pool({ ...connectionConfig(appDatabaseUrl()), max: 2, idleTimeoutMillis: 30_000 });
versionPool?.on("error", () => {});
const cache = versionPool ? new PublicPageCache({ version: coalescedVersionReader(pgVersionQuery(versionPool)) }) : null;
const render = (req: http.IncomingMessage, res: http.ServerResponse) => void handle(req, res);

const server = http.createServer((req, res) => {
  stampClientAddress(req, trust);
  if (cache) void cache.handle(req, res, render);
  else render(req, res);
});
// As `next start`: keep-alive connections outlive a load balancer's idle timeout.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  const proxies = trustedProxyList();
  console.log(
    `[samenkracht] listening on ${hostname ?? "*"}:${port}; client address from ${proxies.length ? `X-Forwarded-For behind ${proxies.join(", ")}` : "the connection (no trusted proxies)"}`,
  );
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  const deadline = setTimeout(() => process.exit(0), 10_000);
  deadline.unref();
  server.close(() => {
    void versionPool?.end().catch(() => {});
    void app.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections?.();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
