/**
 * The queue on the embedded database (PGlite over pglite-socket), where every connection shares
 * one backend session and the app's `SET ROLE samenkracht_app` applies to all of them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { enqueue, startJobs, stopJobs } from "@/lib/jobs";

const saved = { DATABASE_URL: process.env.DATABASE_URL, SET_ROLE: process.env.SAMENKRACHT_DB_SET_ROLE };
let embedded: EmbeddedPostgres;
let capture: CaptureServer;
let app: pg.Client;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sk-jobs-pglite-"));
  embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  const owner = new pg.Client({ connectionString: embedded.url });
  await owner.connect();
  await owner.query("CREATE ROLE samenkracht_app NOLOGIN NOSUPERUSER NOBYPASSRLS");
  await owner.end();
  // The app connects and switches role, as src/lib/db/client.ts does in embedded mode.
  app = new pg.Client({ connectionString: embedded.url });
  await app.connect();
  await app.query("SET ROLE samenkracht_app");

  process.env.DATABASE_URL = embedded.url;
  process.env.SAMENKRACHT_DB_SET_ROLE = "1";
  capture = await startCaptureServer();
  process.env.SMTP_URL = capture.url;
}, 60_000);

afterAll(async () => {
  await stopJobs();
  await app?.end().catch(() => {});
  await capture?.stop();
  await embedded?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.env.DATABASE_URL = saved.DATABASE_URL;
  if (saved.SET_ROLE === undefined) delete process.env.SAMENKRACHT_DB_SET_ROLE;
  else process.env.SAMENKRACHT_DB_SET_ROLE = saved.SET_ROLE;
  delete process.env.SMTP_URL;
});

describe("jobs on the embedded database", () => {
  it("creates its schema as the owner and delivers mail while the shared session runs as the app role", async () => {
    await startJobs({ pollingIntervalSeconds: 0.5 });
    const id = await enqueue("mail.send", { to: "embedded@example.test", subject: "Ingebouwd", text: "Het werkt." });
    expect(id).toBeTruthy();
    const mail = await capture.waitFor((m) => m.subject === "Ingebouwd", 20_000);
    expect(mail.to).toEqual(["embedded@example.test"]);

    // The app's role is untouched, and it still cannot reach the queue.
    const who = await app.query<{ current_user: string }>("SELECT current_user");
    expect(who.rows[0].current_user).toBe("samenkracht_app");
    await expect(app.query("SELECT count(*) FROM pgboss.job")).rejects.toMatchObject({ code: "42501" });
    // Nothing in pgboss is owned by the app role.
    const owners = await app.query<{ owner: string }>(
      "SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'pgboss'",
    );
    expect(owners.rows.length).toBeGreaterThan(0);
    expect(owners.rows.map((r) => r.owner)).not.toContain("samenkracht_app");
  });
});
