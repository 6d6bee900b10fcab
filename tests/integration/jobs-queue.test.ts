/**
 * The job queue against real PostgreSQL (pg-boss in schema "pgboss" of this file's database) and
 * real SMTP (the capture server).
 */
import net from "node:net";
import pg from "pg";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { AppError } from "@/lib/result";
import { appDatabaseUrl } from "@/lib/env";
import { defineJob, enqueueJob, startJobs, stopJobs, type JobDefinition } from "@/lib/jobs";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { JOBS } from "@/server/jobs";
import { onceId } from "@/lib/jobs/enqueue";
import { ownerQuery } from "../support/owner";

const attempts = new Map<string, number>();

// Fails on its first two attempts, then succeeds.
const flakyJob = defineJob(
  "test.flaky",
  z.object({ key: z.string() }),
  async ({ key }, ctx) => {
    attempts.set(key, (attempts.get(key) ?? 0) + 1);
    if (ctx.retryCount < 2) throw new Error(`temporary failure for ${key}`);
    return { doneAfter: ctx.retryCount + 1 };
  },
  { retryLimit: 3, retryDelay: 1, retryBackoff: false },
);

// Always fails, with personal data in its error message.
const brokenJob = defineJob(
  "test.broken",
  z.object({ email: z.string() }),
  async ({ email }) => {
    throw new Error(`mailbox ${email} does not exist`);
  },
  { retryLimit: 1, retryDelay: 1, retryBackoff: false },
);

// Runs on a cron schedule (never fires during the test: 03:00 on 1 January).
const nightlyJob = defineJob("test.nightly", z.object({ kind: z.literal("digest") }), async () => undefined, {
  schedule: { cron: "0 3 1 1 *", data: { kind: "digest" }, tz: "Europe/Amsterdam" },
});

let capture: CaptureServer;
let boss: PgBoss;

async function waitForJob(name: string, id: string, done: (j: PgBoss.JobWithMetadata) => boolean, timeoutMs = 20_000) {
  const start = Date.now();
  for (;;) {
    const job = await boss.getJobById<object>(name, id);
    if (job && done(job)) return job;
    if (Date.now() - start > timeoutMs) throw new Error(`job ${name} did not reach the expected state (now: ${job?.state})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = capture.url;
  boss = await startJobs([...(JOBS as readonly JobDefinition[]), flakyJob, brokenJob, nightlyJob], { pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await stopJobs();
  await capture?.stop();
  delete process.env.SMTP_URL;
});

describe("enqueue at most once (onceKey)", () => {
  it("drops a second job with the same key, also after the first has run; another key is a new job", async () => {
    const key = `once-${Date.now()}`;
    const first = await enqueueJob(mailSendJob, { to: "een@example.test", subject: `Eenmalig ${key}`, text: "x" }, { onceKey: key });
    expect(first).toBeTruthy();
    await capture.waitFor((m) => m.subject === `Eenmalig ${key}`);
    await waitForJob("mail.send", first!, (j) => j.state === "completed");
    expect(await enqueueJob(mailSendJob, { to: "een@example.test", subject: `Eenmalig ${key}`, text: "x" }, { onceKey: key })).toBeNull();
    const other = await enqueueJob(
      mailSendJob,
      { to: "een@example.test", subject: `Eenmalig ${key} b`, text: "x" },
      { onceKey: `${key}-b` },
    );
    expect(other).toBeTruthy();
    expect(other).not.toBe(first);
    await capture.waitFor((m) => m.subject === `Eenmalig ${key} b`);
    expect(capture.messages.filter((m) => m.subject === `Eenmalig ${key}`)).toHaveLength(1);
    // The same key for another job is not a duplicate.
    expect(onceId("mail.send", key)).not.toBe(onceId("events.cancelled", key));
  });

  it("singletonKey alone does not do this on our queues (why onceKey exists)", async () => {
    const key = `single-${Date.now()}`;
    const later = { startAfter: 3600 }; // never runs during the test
    const a = await enqueueJob(mailSendJob, { to: "twee@example.test", subject: "a", text: "x" }, { singletonKey: key, ...later });
    const b = await enqueueJob(mailSendJob, { to: "twee@example.test", subject: "a", text: "x" }, { singletonKey: key, ...later });
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    await boss.cancel("mail.send", [a!, b!]);
  });
});

describe("mail.send", () => {
  it("delivers an enqueued mail through SMTP", async () => {
    const id = await enqueueJob(mailSendJob, {
      to: "inwoner@example.test",
      subject: "Welkom bij de coalitie",
      text: "Fijn dat je meedoet.",
      html: "<p>Fijn dat je meedoet.</p>",
    });
    expect(id).toBeTruthy();
    const mail = await capture.waitFor((m) => m.subject === "Welkom bij de coalitie");
    expect(mail.to).toEqual(["inwoner@example.test"]);
    expect(mail.text.trim()).toBe("Fijn dat je meedoet.");
    expect(mail.html).toContain("<p>Fijn dat je meedoet.</p>");
    const job = await waitForJob("mail.send", id!, (j) => j.state === "completed");
    expect(job.retryCount).toBe(0);
  });

  it("refuses an invalid payload at enqueue with a Dutch validation error and stores nothing", async () => {
    const before = await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail.send'`);
    const error = await enqueueJob(mailSendJob, { to: "geen-adres", subject: "", text: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    expect((error as AppError).fieldErrors?.to).toEqual(["Vul een geldig e-mailadres in."]);
    expect((error as AppError).fieldErrors?.subject).toEqual(["Vul een onderwerp in."]);
    // A payload of the wrong shape altogether (as an untyped caller could send) is refused too.
    await expect(enqueueJob(mailSendJob, { to: "a@example.test" } as never)).rejects.toMatchObject({ code: "VALIDATION" });
    const after = await ownerQuery<{ n: string }>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail.send'`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("retries when the SMTP server is down and delivers once it is back", async () => {
    const port = await freePort();
    process.env.SMTP_URL = `smtp://localhost:${port}`; // nothing listens here yet
    const id = await enqueueJob(
      mailSendJob,
      { to: "later@example.test", subject: "Herinnering", text: "Tot morgen." },
      { retryDelay: 1, retryBackoff: false },
    );
    const retrying = await waitForJob("mail.send", id!, (j) => j.retryCount >= 1);
    expect(retrying.state).not.toBe("completed");
    const late = await startCaptureServer({ port });
    try {
      const mail = await late.waitFor((m) => m.subject === "Herinnering", 15_000);
      expect(mail.to).toEqual(["later@example.test"]);
      const job = await waitForJob("mail.send", id!, (j) => j.state === "completed");
      expect(job.retryCount).toBeGreaterThanOrEqual(1);
    } finally {
      await late.stop();
      process.env.SMTP_URL = capture.url;
    }
  });
});

describe("retries", () => {
  it("retries a failing handler until it succeeds", async () => {
    const id = await enqueueJob(flakyJob, { key: "k1" });
    const job = await waitForJob("test.flaky", id!, (j) => j.state === "completed");
    expect(attempts.get("k1")).toBe(3);
    expect(job.retryCount).toBe(2);
    expect(job.output).toEqual({ doneAfter: 3 });
  });

  it("gives up after retryLimit and keeps no error message text in the job row", async () => {
    const id = await enqueueJob(brokenJob, { email: "geheim@example.test" });
    const job = await waitForJob("test.broken", id!, (j) => j.state === "failed");
    expect(job.retryCount).toBe(1);
    const row = await ownerQuery<{ output: unknown }>(`SELECT output FROM pgboss.job WHERE id = $1`, [id]);
    expect(JSON.stringify(row.rows[0].output)).not.toContain("geheim@example.test");
    expect(JSON.stringify(row.rows[0].output)).toContain("JobFailedError");
  });

  it("validates the payload at run time too, whatever the caller's types", async () => {
    await expect(enqueueJob(flakyJob, { key: 42 } as never)).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("schedules", () => {
  it("registers a job's cron schedule and removes it when the definition drops it", async () => {
    const schedules = await boss.getSchedules();
    expect(schedules.find((s) => s.name === "test.nightly")).toMatchObject({
      cron: "0 3 1 1 *",
      data: { kind: "digest" },
      options: { tz: "Europe/Amsterdam" },
    });
    // Login attempts, revoked sessions and used form tokens are pruned every hour (issue 14).
    expect(schedules.find((s) => s.name === "auth.housekeeping")).toMatchObject({ cron: "17 * * * *" });
    const unscheduled = defineJob("test.nightly", nightlyJob.schema, nightlyJob.handler);
    await startJobs([...(JOBS as readonly JobDefinition[]), flakyJob, brokenJob, unscheduled], { pollingIntervalSeconds: 0.5 });
    expect((await boss.getSchedules()).map((s) => s.name)).not.toContain("test.nightly");
  });
});

describe("separation from tenant data", () => {
  it("keeps the queue in schema pgboss, owned by the owner, out of reach of the app role", async () => {
    const owners = await ownerQuery<{ owner: string }>(`SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'pgboss'`);
    expect(owners.rows.map((r) => r.owner)).not.toContain("samenkracht_app");
    const app = new pg.Client({ connectionString: appDatabaseUrl() });
    await app.connect();
    try {
      await expect(app.query("SELECT count(*) FROM pgboss.job")).rejects.toMatchObject({ code: "42501" });
    } finally {
      await app.end();
    }
  });
});
