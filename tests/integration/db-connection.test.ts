/**
 * Database URLs against real servers (src/lib/db/connection.ts): a Unix socket host reaches the
 * machine's PostgreSQL, and `sslmode` really switches TLS on — checked in pg_stat_ssl on an
 * embedded PostgreSQL started with ssl=on and a throw-away self-signed certificate.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionConfig, databaseUrlWith } from "@/lib/db/connection";
import { createOwnerClient } from "@/lib/db/owner-client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";

const SOCKET_DIR = "/var/run/postgresql";
const socketPresent = fs.existsSync(path.join(SOCKET_DIR, ".s.PGSQL.5432"));

async function one<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T> {
  const client = new pg.Client({ ...connectionConfig(url), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows[0];
  } finally {
    await client.end();
  }
}

describe.skipIf(!socketPresent)(`a Unix socket host (${SOCKET_DIR})`, () => {
  it("connects with ?host=/folder, through node-postgres and through the Prisma owner client", async () => {
    const url = `postgresql://postgres@/postgres?host=${SOCKET_DIR}`;
    // inet_server_addr() is NULL on a Unix-socket connection, an address over TCP.
    expect(await one<{ addr: string | null }>(url, "SELECT inet_server_addr()::text AS addr")).toEqual({ addr: null });
    const db = createOwnerClient(url);
    try {
      const rows = await db.$queryRaw<{ addr: string | null; one: number }[]>`SELECT inet_server_addr()::text AS addr, 1::int AS one`;
      expect(rows).toEqual([{ addr: null, one: 1 }]);
    } finally {
      await db.$disconnect();
    }
  });

  it("keeps the socket when the database is changed (as the test databases are)", async () => {
    const url = databaseUrlWith(`postgresql://postgres@%2Fvar%2Frun%2Fpostgresql/postgres`, { database: "template1" });
    expect(
      await one<{ db: string; addr: string | null }>(url, "SELECT current_database()::text AS db, inet_server_addr()::text AS addr"),
    ).toEqual({ db: "template1", addr: null });
  });
});

describe("sslmode against a server with TLS", () => {
  let server: EmbeddedPostgres;
  let tmp: string;
  let certFile: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sk-tls-"));
    fs.chmodSync(tmp, 0o755);
    certFile = path.join(tmp, "server.crt");
    const keyFile = path.join(tmp, "server.key");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost",
        "-keyout",
        keyFile,
        "-out",
        certFile,
      ],
      { stdio: "ignore" },
    );
    fs.chmodSync(keyFile, 0o600);
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
      fs.chownSync(keyFile, uid, gid);
    }
    server = await startEmbeddedPostgres({
      dataDir: path.join(tmp, "postgres"),
      port: 0,
      ephemeral: true,
      fast: true,
      settings: ["ssl=on", `ssl_cert_file=${certFile}`, `ssl_key_file=${keyFile}`],
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const sslInUse = (url: string) => one<{ ssl: boolean }>(url, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
  const viaLocalhost = (query: string) => `${server.url.replace("127.0.0.1", "localhost")}${query}`;

  it("sslmode=require: the session is encrypted", async () => {
    expect(await sslInUse(viaLocalhost("?sslmode=require"))).toEqual({ ssl: true });
  });

  it("no sslmode: plain text (as with psql's default against this URL form)", async () => {
    expect(await sslInUse(server.url)).toEqual({ ssl: false });
  });

  it("sslmode=verify-full checks the certificate: refused without the CA, encrypted with sslrootcert", async () => {
    await expect(sslInUse(viaLocalhost("?sslmode=verify-full"))).rejects.toThrow(/self.signed|certificate/i);
    expect(await sslInUse(viaLocalhost(`?sslmode=verify-full&sslrootcert=${encodeURIComponent(certFile)}`))).toEqual({ ssl: true });
  });

  it("the Prisma owner client honours sslmode too", async () => {
    const db = createOwnerClient(viaLocalhost("?sslmode=require"));
    try {
      const rows = await db.$queryRaw<{ ssl: boolean }[]>`SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()`;
      expect(rows).toEqual([{ ssl: true }]);
    } finally {
      await db.$disconnect();
    }
  });
});
