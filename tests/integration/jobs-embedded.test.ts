/**
 * The job queue on the embedded PostgreSQL: pg-boss creates its schema as the owner and delivers
 * mail, while the app role (its own login, its own sessions) cannot reach the queue — the same
 * split as on a production server (src/lib/jobs/boss.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { connectionConfig } from "@/lib/db/connection";
import { appDatabaseUrl } from "@/lib/env";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { enqueueJob, startJobs, stopJobs } from "@/lib/jobs";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { JOBS } from "@/server/jobs";
import { migrateDeploy } from "../../scripts/migrate";

const saved = {
  DATABASE_URL: process.env.DATABASE_URL,
  APP_DATABASE_PASSWORD: process.env.APP_DATABASE_PASSWORD,
  SMTP_URL: process.env.SMTP_URL,
};
let embedded: EmbeddedPostgres;
let capture: CaptureServer;
let app: pg.Client;
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sk-jobs-embedded-"));
  fs.chmodSync(tmp, 0o755); // run as root, the server's user must reach the data folder
  embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, "postgres"), port: 0, ephemeral: true, fast: true });
  await migrateDeploy({ ...process.env, DATABASE_URL: embedded.url, APP_DATABASE_PASSWORD: embedded.appPassword }, { quiet: true });
  process.env.DATABASE_URL = embedded.url;
  process.env.APP_DATABASE_PASSWORD = embedded.appPassword;
  app = new pg.Client(connectionConfig(appDatabaseUrl()));
  await app.connect();
  capture = await startCaptureServer();
  process.env.SMTP_URL = capture.url;
}, 120_000);

afterAll(async () => {
  await stopJobs();
  await app?.end().catch(() => {});
  await capture?.stop();
  await embedded?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("jobs on the embedded PostgreSQL", () => {
  it("creates its schema as the owner and delivers mail; the app role cannot reach the queue", async () => {
    await startJobs(JOBS, { pollingIntervalSeconds: 0.5 });
    const id = await enqueueJob(mailSendJob, { to: "embedded@example.test", subject: "Ingebouwd", text: "Het werkt." });
    expect(id).toBeTruthy();
    const mail = await capture.waitFor((m) => m.subject === "Ingebouwd", 20_000);
    expect(mail.to).toEqual(["embedded@example.test"]);

    const who = await app.query<{ current_user: string }>("SELECT current_user");
    expect(who.rows[0].current_user).toBe("samenkracht_app");
    await expect(app.query("SELECT count(*) FROM pgboss.job")).rejects.toMatchObject({ code: "42501" });
    const owners = await app.query<{ owner: string }>("SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'pgboss'");
    expect(owners.rows.length).toBeGreaterThan(0);
    expect(owners.rows.map((r) => r.owner)).not.toContain("samenkracht_app");
  });
});
