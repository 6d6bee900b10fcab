/**
 * Database URLs → node-postgres connection settings, parsed by `pg-connection-string` (the parser
 * node-postgres itself uses), never by hand. Framework-free; used by the app client, the owner
 * client, the job queue, the Prisma CLI config (prisma.config.ts), scripts and tests.
 *
 * - TLS: `?sslmode=` has libpq's meaning, as in psql: `require` encrypts without checking the
 *   certificate, `verify-ca` / `verify-full` check it (`sslrootcert=` names a CA file),
 *   `disable` (or no sslmode) connects in plain text.
 * - Unix sockets: `postgresql://user@/db?host=/var/run/postgresql` (or a %2F-encoded host).
 * - Missing parts default as before: host localhost, port 5432, user and database "postgres".
 */
import type pg from "pg";
import { parse, toClientConfig } from "pg-connection-string";

export type DbConnectionConfig = pg.ClientConfig & { host: string; port: number; user: string; database: string };

/** Settings for pg.Client / pg.Pool (and pg-boss) from a postgres:// URL. */
export function connectionConfig(url: string): DbConnectionConfig {
  const config = toClientConfig(parse(url, { useLibpqCompat: true }));
  // Query parameters node-postgres does not know are passed through by the parser; keep only its own.
  for (const key of ["sslmode", "sslrootcert", "sslcert", "sslkey", "uselibpqcompat", "schema", "connection_limit", "pool_timeout"]) {
    delete (config as Record<string, unknown>)[key];
  }
  return {
    ...config,
    host: config.host || "localhost",
    port: Number(config.port) || 5432,
    user: config.user || "postgres",
    password: config.password || undefined,
    database: config.database || "postgres",
  };
}

/** True when the URL points at a Unix socket folder instead of a TCP host. */
function isSocketHost(host: string): boolean {
  return host.startsWith("/");
}

/** A short description of where the URL points, for logs: never the user or password. */
export function describeDatabaseUrl(url: string): string {
  const c = connectionConfig(url);
  const where = isSocketHost(c.host) ? `socket ${c.host}` : `${c.host}:${c.port}`;
  return `${where}/${c.database}${c.ssl ? " (TLS)" : ""}`;
}

/**
 * The same server with another database and/or user: the result is a URL again (the Prisma CLI,
 * child processes and tests take URLs). Every query parameter of the original (sslmode, host for a
 * socket, …) is kept, so TLS and sockets survive the change.
 */
export function databaseUrlWith(url: string, changes: { database?: string; user?: string; password?: string | null }): string {
  const c = connectionConfig(url);
  const user = changes.user ?? c.user;
  const password = changes.password === undefined ? c.password : (changes.password ?? undefined);
  const database = changes.database ?? c.database;
  const query = new URLSearchParams(url.includes("?") ? url.slice(url.indexOf("?") + 1) : "");
  for (const key of ["user", "password", "host", "port", "dbname", "db"]) query.delete(key);
  const auth =
    typeof password === "string" && password !== ""
      ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
      : encodeURIComponent(user);
  let authority: string;
  if (isSocketHost(c.host)) {
    query.set("host", c.host);
    query.set("port", String(c.port));
    authority = `${auth}@`;
  } else {
    const host = c.host.includes(":") ? `[${c.host}]` : c.host;
    authority = `${auth}@${host}:${c.port}`;
  }
  const search = query.toString();
  return `postgresql://${authority}/${encodeURIComponent(database)}${search ? `?${search}` : ""}`;
}
