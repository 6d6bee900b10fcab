import { afterAll, describe, expect, it } from "vitest";
import net from "node:net";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPool, prismaOnPool } from "@/lib/db/driver";
import { checkHealth } from "@/lib/http/health";
import { platformDb } from "@/lib/db/tenant";
import { GET } from "@/app/api/health/route";

/** A TCP port on localhost that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "localhost", r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** A port that accepts TCP but never answers (a hung database). */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((s) => sockets.push(s));
  await new Promise<void>((r) => server.listen(0, "localhost", r));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((r) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => r());
      }),
  };
}

function clientOn(port: number) {
  return prismaOnPool(
    createPool(
      { host: "localhost", port, user: "samenkracht_app", database: "postgres" },
      { connectionTimeoutMillis: 10_000, resilient: true },
    ),
  );
}

const clients: PrismaClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect().catch(() => {})));
});

describe("checkHealth", () => {
  it("reports ok when the app client answers SELECT 1", async () => {
    // Warm: the first connection (password auth, pool start) is not what this checks.
    await platformDb().$queryRaw`SELECT 1`;
    const report = await checkHealth(() => platformDb().$queryRaw`SELECT 1`);
    expect(report).toEqual({ status: 200, body: { status: "ok", db: "ok" } });
  });

  it("reports degraded when the database refuses connections", async () => {
    const client = clientOn(await closedPort());
    clients.push(client);
    const report = await checkHealth(() => client.$queryRaw`SELECT 1`);
    expect(report).toEqual({ status: 503, body: { status: "degraded", db: "down" } });
  });

  it("reports degraded within the timeout when the database hangs", async () => {
    const silent = await silentServer();
    const client = clientOn(silent.port);
    clients.push(client);
    const started = Date.now();
    const report = await checkHealth(() => client.$queryRaw`SELECT 1`, 300);
    expect(report.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(2000);
    await silent.close();
  });
});

describe("GET /api/health", () => {
  it("answers 200 with JSON through the real app client", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });
});
