/**
 * Starting the queue while the database is down: no crash, retries with backoff, logs without
 * connection details, enqueue answers DB_UNAVAILABLE, and work starts once the database is back.
 */
import net from "node:net";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { startCaptureServer } from "@/lib/mail/capture-server";
import { AppError } from "@/lib/result";
import { enqueueJob, startJobs, stopJobs } from "@/lib/jobs";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { JOBS } from "@/server/jobs";

const realUrl = process.env.DATABASE_URL!;

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function until(check: () => boolean, timeoutMs = 10_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterEach(async () => {
  process.env.DATABASE_URL = realUrl;
  delete process.env.JOBS_ENQUEUE_WAIT_MS;
  vi.restoreAllMocks();
  await stopJobs();
});
afterAll(() => {
  delete process.env.SMTP_URL;
});

describe("queue start while the database is down", () => {
  it("keeps retrying without crashing, refuses enqueue with DB_UNAVAILABLE, and starts once the database is back", async () => {
    const warnings: string[] = [];
    vi.spyOn(console, "warn").mockImplementation((line: string) => void warnings.push(String(line)));
    process.env.DATABASE_URL = `postgresql://postgres:s3cret-pw@localhost:${await closedPort()}/nowhere`;
    process.env.JOBS_ENQUEUE_WAIT_MS = "300";

    const started = startJobs(JOBS, { pollingIntervalSeconds: 0.5 });
    let settled = false;
    started.then(
      () => (settled = true),
      () => (settled = true),
    );

    await until(() => warnings.some((w) => w.includes('"start-failed"')));
    expect(settled).toBe(false);
    const line = JSON.parse(warnings.find((w) => w.includes('"start-failed"'))!);
    expect(line).toMatchObject({ level: "warn", where: "jobs", event: "start-failed", attempt: 1, code: "ECONNREFUSED" });
    expect(warnings.join("\n")).not.toContain("s3cret-pw");
    expect(warnings.join("\n")).not.toContain("nowhere");

    const refused = await enqueueJob(mailSendJob, { to: "a@example.test", subject: "Test", text: "Hallo" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("DB_UNAVAILABLE");

    // The database comes back: the next attempt (after the 1 s backoff) connects.
    process.env.DATABASE_URL = realUrl;
    const capture = await startCaptureServer();
    process.env.SMTP_URL = capture.url;
    try {
      await started;
      const id = await enqueueJob(mailSendJob, { to: "terug@example.test", subject: "Weer online", text: "De database is terug." });
      expect(id).toBeTruthy();
      const mail = await capture.waitFor((m) => m.subject === "Weer online", 15_000);
      expect(mail.to).toEqual(["terug@example.test"]);
    } finally {
      await capture.stop();
    }
  });

  it("stops promptly while still retrying", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    process.env.DATABASE_URL = `postgresql://postgres@localhost:${await closedPort()}/nowhere`;
    const started = startJobs(JOBS);
    const outcome = started.then(
      () => "started",
      (e: Error) => e.name,
    );
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    await stopJobs();
    expect(await outcome).toBe("JobsStoppedError");
    expect(Date.now() - t0).toBeLessThan(2_000);
  });
});
