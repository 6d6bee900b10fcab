/**
 * Workers: register a handler per job definition (and its cron schedule, if any) on this
 * process's boss. Called by src/instrumentation.ts (inside the app) or scripts/worker.ts, each with every job of
 * src/server/jobs.ts; tests pass the jobs they need.
 */
import type PgBoss from "pg-boss";
import type { JobDefinition } from "./define";
import { ensureBoss, ensureQueue, jobsState, stopBoss } from "./boss";
import { logJobs } from "./log";

export type StartJobsOptions = {
  /** How often an idle worker polls (pg-boss minimum 0.5). Default JOBS_POLLING_INTERVAL_SECONDS or 2. */
  pollingIntervalSeconds?: number;
};

/** Thrown instead of the handler's own error, so the job row (kept 14 days) stores no message text. */
class JobFailedError extends Error {
  constructor(job: string, cause: unknown) {
    const code = (cause as { code?: unknown })?.code;
    const name = cause instanceof Error ? cause.name : typeof cause;
    super(`Job ${job} failed: ${name}${typeof code === "string" ? ` (${code})` : ""}`);
    this.name = "JobFailedError";
  }
}

async function runJob(def: JobDefinition, job: PgBoss.JobWithMetadata<unknown>): Promise<unknown> {
  const parsed = def.schema.safeParse(job.data);
  if (!parsed.success) {
    logJobs("error", "invalid-payload", { job: def.name, id: job.id });
    throw new JobFailedError(def.name, new TypeError("invalid payload"));
  }
  try {
    return await def.handler(parsed.data, { id: job.id, name: def.name, retryCount: job.retryCount, retryLimit: job.retryLimit });
  } catch (error) {
    logJobs("warn", "job-failed", { job: def.name, id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit, error });
    throw new JobFailedError(def.name, error);
  }
}

async function syncSchedules(boss: PgBoss, defs: readonly JobDefinition[]): Promise<void> {
  for (const def of defs) {
    const schedule = def.options.schedule;
    if (!schedule) continue;
    const data = def.schema.parse(schedule.data ?? {}) as object;
    await boss.schedule(def.name, schedule.cron, data, schedule.tz ? { tz: schedule.tz } : {});
  }
  // A job that lost its schedule in the code loses it in the database too.
  const unscheduled = new Set(defs.filter((d) => !d.options.schedule).map((d) => d.name));
  for (const s of await boss.getSchedules()) {
    if (unscheduled.has(s.name)) await boss.unschedule(s.name);
  }
}

/**
 * Start the workers. Resolves once they are registered, which waits for the database; callers
 * that must not wait (the app at boot) use startJobsInBackground.
 */
export async function startJobs(defs: readonly JobDefinition[], options: StartJobsOptions = {}): Promise<PgBoss> {
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? Number(process.env.JOBS_POLLING_INTERVAL_SECONDS || 2);
  jobsState().workerRole = true;
  const boss = await ensureBoss();
  for (const def of defs) {
    await ensureQueue(boss, def);
    await boss.offWork(def.name); // idempotent: never two workers for one queue in this process
    await boss.work<unknown>(
      def.name,
      { includeMetadata: true, batchSize: def.options.batchSize ?? 1, pollingIntervalSeconds },
      async (jobs) => {
        const results = [];
        for (const job of jobs) results.push(await runJob(def, job));
        return results.length === 1 ? results[0] : undefined;
      },
    );
  }
  await syncSchedules(boss, defs);
  logJobs("info", "workers-started", { queues: defs.length });
  return boss;
}

/** Start the workers without waiting; failures are logged (the boss keeps retrying the database). */
export function startJobsInBackground(defs: readonly JobDefinition[], options: StartJobsOptions = {}): void {
  startJobs(defs, options).catch((error) => {
    if ((error as Error)?.name === "JobsStoppedError") return;
    logJobs("error", "workers-start-failed", { error });
  });
}

export async function stopJobs(timeoutMs?: number): Promise<void> {
  await stopBoss(timeoutMs);
  logJobs("info", "workers-stopped");
}

/**
 * Stop gracefully on SIGTERM/SIGINT. With `exit: "always"` (the worker command) the process exits
 * afterwards; with `exit: "if-alone"` (inside Next) it exits only when no one else (Next's own
 * server) listens for the signal, since adding a listener disables Node's default exit.
 */
export function installShutdownHandlers(exit: "always" | "if-alone"): void {
  const state = globalThis as unknown as { __samenkrachtJobsSignals?: boolean };
  if (state.__samenkrachtJobsSignals) return;
  state.__samenkrachtJobsSignals = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      logJobs("info", "shutdown", { signal });
      stopJobs(10_000)
        .catch((error) => logJobs("error", "shutdown-failed", { error }))
        .finally(() => {
          if (exit === "always" || process.listenerCount(signal) === 0) process.exit(0);
        });
    });
  }
}
