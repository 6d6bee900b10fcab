import net from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { connectionConfig, databaseUrlWith, describeDatabaseUrl } from "./connection";
import { appDatabaseUrl } from "../env";

describe("connectionConfig: TLS from sslmode (libpq's meaning)", () => {
  it("sslmode=require encrypts without checking the certificate", () => {
    expect(connectionConfig("postgresql://u:p@db.example.nl:5432/sam?sslmode=require").ssl).toEqual({ rejectUnauthorized: false });
  });

  it("sslmode=verify-full encrypts and checks the certificate and host name", () => {
    const ssl = connectionConfig("postgresql://u:p@db.example.nl/sam?sslmode=verify-full").ssl;
    expect(ssl).toBeTypeOf("object");
    expect((ssl as { rejectUnauthorized?: boolean }).rejectUnauthorized).not.toBe(false);
    expect((ssl as { checkServerIdentity?: unknown }).checkServerIdentity).toBeUndefined();
  });

  it("no sslmode, or sslmode=disable, is plain text", () => {
    expect(connectionConfig("postgresql://u@db/sam").ssl).toBeUndefined();
    expect(connectionConfig("postgresql://u@db/sam?sslmode=disable").ssl).toBe(false);
  });

  it("keeps host, port, user, database and a decoded password; drops the URL-only parameters", () => {
    const c = connectionConfig("postgresql://own%40er:p%40ss%2Fw@db.example.nl:6432/samen%20kracht?sslmode=require&schema=public");
    expect(c).toMatchObject({ host: "db.example.nl", port: 6432, user: "own@er", password: "p@ss/w", database: "samen kracht" });
    expect(c).not.toHaveProperty("sslmode");
    expect(c).not.toHaveProperty("schema");
  });

  it("defaults like before: localhost:5432, user and database postgres, no password", () => {
    expect(connectionConfig("postgresql://")).toMatchObject({
      host: "localhost",
      port: 5432,
      user: "postgres",
      database: "postgres",
      password: undefined,
    });
  });
});

describe("connectionConfig: Unix socket hosts", () => {
  it("reads ?host=/folder", () => {
    expect(connectionConfig("postgresql://postgres@/samenkracht?host=/var/run/postgresql")).toMatchObject({
      host: "/var/run/postgresql",
      database: "samenkracht",
      user: "postgres",
    });
  });

  it("reads an encoded socket folder as host", () => {
    expect(connectionConfig("postgresql://postgres@%2Fvar%2Frun%2Fpostgresql/samenkracht")).toMatchObject({
      host: "/var/run/postgresql",
      database: "samenkracht",
    });
  });

  it("describes the target without credentials", () => {
    expect(describeDatabaseUrl("postgresql://u:secret@/db?host=/var/run/postgresql")).toBe("socket /var/run/postgresql/db");
    expect(describeDatabaseUrl("postgresql://u:secret@db.example.nl/sam?sslmode=require")).toBe("db.example.nl:5432/sam (TLS)");
  });
});

describe("databaseUrlWith keeps TLS and sockets", () => {
  it("changes database and user, keeps sslmode", () => {
    const url = databaseUrlWith("postgresql://owner:s3cret@db.example.nl:5432/sam?sslmode=verify-full", {
      database: "other",
      user: "samenkracht_app",
      password: "a b&c",
    });
    expect(connectionConfig(url)).toMatchObject({
      host: "db.example.nl",
      database: "other",
      user: "samenkracht_app",
      password: "a b&c",
      ssl: {},
    });
  });

  it("keeps a socket host", () => {
    const url = databaseUrlWith("postgresql://postgres@/sam?host=/var/run/postgresql", { database: "it_1" });
    expect(connectionConfig(url)).toMatchObject({ host: "/var/run/postgresql", database: "it_1", user: "postgres", port: 5432 });
  });

  it("password: null removes it", () => {
    expect(connectionConfig(databaseUrlWith("postgresql://o:pw@h/d", { password: null })).password).toBeUndefined();
  });

  it("the app role's URL (derived from DATABASE_URL) keeps sslmode", () => {
    const saved = { url: process.env.DATABASE_URL, app: process.env.APP_DATABASE_URL, pw: process.env.APP_DATABASE_PASSWORD };
    try {
      process.env.DATABASE_URL = "postgresql://owner:x@db.example.nl/sam?sslmode=require";
      delete process.env.APP_DATABASE_URL;
      process.env.APP_DATABASE_PASSWORD = "app-pw";
      expect(connectionConfig(appDatabaseUrl())).toMatchObject({
        user: "samenkracht_app",
        password: "app-pw",
        host: "db.example.nl",
        ssl: { rejectUnauthorized: false },
      });
    } finally {
      for (const [k, v] of [
        ["DATABASE_URL", saved.url],
        ["APP_DATABASE_URL", saved.app],
        ["APP_DATABASE_PASSWORD", saved.pw],
      ] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe("on the wire: sslmode=require makes node-postgres ask for TLS first", () => {
  let server: net.Server | undefined;
  afterEach(() => server?.close());

  /** The first packet a client sends to a fake server: SSLRequest (80877103) or StartupMessage (196608). */
  async function firstPacketCode(query: string): Promise<number> {
    const code = new Promise<number>((resolve) => {
      server = net.createServer((socket) => {
        socket.once("data", (buf) => {
          resolve(buf.readInt32BE(4));
          socket.destroy();
        });
      });
    });
    await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
    const port = (server!.address() as net.AddressInfo).port;
    const client = new pg.Client({ ...connectionConfig(`postgresql://u:p@127.0.0.1:${port}/d${query}`), connectionTimeoutMillis: 2000 });
    client.on("error", () => {});
    await client.connect().catch(() => {});
    return code;
  }

  it("sends SSLRequest with sslmode=require and verify-full", async () => {
    expect(await firstPacketCode("?sslmode=require")).toBe(80877103);
    expect(await firstPacketCode("?sslmode=verify-full")).toBe(80877103);
  });

  it("sends a plain StartupMessage without sslmode", async () => {
    expect(await firstPacketCode("")).toBe(196608);
  });
});
