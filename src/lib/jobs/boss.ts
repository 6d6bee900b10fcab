/**
 * The pg-boss 10 instance of this process (one per process, kept on globalThis so Next's dev
 * reloads do not open a second one). Framework-free: used by the app (src/instrumentation.ts),
 * by `npm run worker` (scripts/worker.ts) and by tests.
 *
 * Why pg-boss connects as the OWNER (DATABASE_URL) and not as the app role `samenkracht_app`:
 * pg-boss needs DDL rights — at start it creates and migrates its own schema (`pgboss`), and
 * `createQueue` creates one partition table per queue. The app role must own no table and must
 * not be able to create any (docs/decisions/0003-tenancy-rls.md), so giving it those rights would
 * break the tenancy wall. The queue is infrastructure, never tenant data: the app role has no
 * grant on schema `pgboss` at all. Job HANDLERS that touch data do so through the app client with
 * `withTenant` / `withUser` (src/lib/db/tenant.ts), so RLS still applies to everything they do.
 * Consequence: a job cannot be enqueued inside an app transaction (no transactional outbox);
 * enqueue after the transaction commits.
 *
 * If the database is down when the process starts, `ensureBoss` keeps retrying with backoff
 * (1 s doubling to 30 s) and logs one line per attempt without connection details or personal data.
 */
import PgBoss from "pg-boss";
import pg from "pg";
import { ownerDatabaseUrl } from "../env";
import { connectionConfig } from "../db/connection";
import type { JobDefinition } from "./define";
import { logJobs } from "./log";

const BOSS_SCHEMA = "pgboss";

type JobsState = {
  boss?: PgBoss;
  /** Whether the running boss does maintenance and cron (the worker role) or only sends. */
  bossIsWorker?: boolean;
  starting?: Promise<PgBoss>;
  /** Set by startJobs: this process runs workers, so its boss supervises and schedules. */
  workerRole: boolean;
  stopRequested: boolean;
  abortRetry?: AbortController;
  queues: Set<string>;
};

const globalForJobs = globalThis as unknown as { __samenkrachtJobs?: JobsState };
export function jobsState(): JobsState {
  globalForJobs.__samenkrachtJobs ??= { workerRole: false, stopRequested: false, queues: new Set() };
  return globalForJobs.__samenkrachtJobs;
}

const MAX_BACKOFF_MS = 30_000;

function bossOptions(worker: boolean): PgBoss.ConstructorOptions {
  // host/port/user/password/database and TLS (sslmode) from the URL (src/lib/db/connection.ts).
  const db = connectionConfig(ownerDatabaseUrl());
  return {
    ...db,
    schema: BOSS_SCHEMA,
    application_name: "samenkracht-jobs",
    max: Number(process.env.JOBS_DB_POOL_MAX || 4),
    // Processes that only send (web with JOBS_IN_PROCESS=0) leave maintenance and cron to the workers.
    supervise: worker,
    schedule: worker,
    migrate: true,
    // Passed through to pg.Pool: do not hang on an unreachable database.
    ...({ connectionTimeoutMillis: 5_000 } as object),
  } as PgBoss.ConstructorOptions;
}

async function closeFailedBoss(boss: PgBoss): Promise<void> {
  // A boss whose start() failed cannot be stopped or restarted; close its pool ourselves.
  const db = boss.getDb() as unknown as { opened?: boolean; close?: () => Promise<void> };
  if (db.opened && db.close) await db.close().catch(() => {});
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function connectWithRetry(state: JobsState, worker: boolean): Promise<PgBoss> {
  const abort = new AbortController();
  state.abortRetry = abort;
  for (let attempt = 1; ; attempt++) {
    if (state.stopRequested) throw new JobsStoppedError();
    const boss = new PgBoss(bossOptions(worker));
    boss.on("error", (error) => logJobs("error", "boss", { error, queue: (error as { queue?: string }).queue }));
    try {
      await boss.start();
      if (state.stopRequested) {
        await boss.stop({ graceful: false, wait: true });
        throw new JobsStoppedError();
      }
      return boss;
    } catch (error) {
      if (error instanceof JobsStoppedError) throw error;
      await closeFailedBoss(boss);
      const retryInMs = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempt - 1, 5));
      logJobs("warn", "start-failed", { error, attempt, retryInMs });
      await sleep(retryInMs, abort.signal);
    }
  }
}

class JobsStoppedError extends Error {
  constructor() {
    super("The job queue is stopped");
    this.name = "JobsStoppedError";
  }
}

/**
 * The started boss; starts it (retrying until the database answers) on first use. Resolves only
 * once connected, so callers that must answer quickly race it against a timeout (see enqueue).
 */
export async function ensureBoss(): Promise<PgBoss> {
  const state = jobsState();
  const wantWorker = state.workerRole || process.env.JOBS_IN_PROCESS !== "0";
  if (state.boss && state.bossIsWorker === false && wantWorker) {
    // Started for sending only, and now this process also runs workers: restart with maintenance.
    const old = state.boss;
    state.boss = undefined;
    await old.stop({ graceful: true, wait: true });
  }
  if (state.boss) return state.boss;
  if (!state.starting) {
    state.stopRequested = false;
    state.starting = connectWithRetry(state, wantWorker)
      .then((boss) => {
        state.boss = boss;
        state.bossIsWorker = wantWorker;
        return boss;
      })
      .finally(() => {
        state.starting = undefined;
        state.abortRetry = undefined;
      });
  }
  return state.starting;
}

/**
 * Key of the session-level advisory lock that serialises creating pg-boss queues across processes.
 * pg-boss 10's createQueue takes no lock of its own, and creating a queue is DDL on the shared
 * `pgboss.job` table (a partition is attached, foreign keys added): two processes creating queues at
 * the same moment — two workers starting together on a fresh database, or two web replicas enqueueing
 * a new kind of job — deadlock (40P01) and one of them fails to start (docs/decisions/0019-scale-out.md).
 */
const QUEUE_DDL_LOCK_KEY = 73_550_218_023;

/** Run `fn` while holding the queue-DDL lock, on a connection of its own (session locks stay on one connection). */
async function withQueueDdlLock<T>(fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({
    ...connectionConfig(ownerDatabaseUrl()),
    application_name: "samenkracht-jobs-setup",
    connectionTimeoutMillis: 5_000,
  });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [QUEUE_DDL_LOCK_KEY]);
    return await fn();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [QUEUE_DDL_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/**
 * Create the job's queue (idempotent; under the queue-DDL lock when it does not exist yet, so
 * processes starting together do not deadlock) and bring its retry/expiry settings in line with the
 * definition.
 */
export async function ensureQueue(boss: PgBoss, def: JobDefinition): Promise<void> {
  const state = jobsState();
  if (state.queues.has(def.name)) return;
  const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = def.options;
  // pg-boss checks option keys with `in`: leave out the ones a definition does not set.
  const options = Object.fromEntries(
    Object.entries({ retryLimit, retryDelay, retryBackoff, expireInSeconds }).filter(([, v]) => v !== undefined),
  );
  if (!(await boss.getQueue(def.name))) await withQueueDdlLock(() => boss.createQueue(def.name, { name: def.name, ...options }));
  await boss.updateQueue(def.name, { name: def.name, ...options });
  state.queues.add(def.name);
}

/** Stop workers (waiting up to `timeoutMs` for running jobs) and close the pool. Idempotent. */
export async function stopBoss(timeoutMs = 15_000): Promise<void> {
  const state = jobsState();
  state.stopRequested = true;
  state.abortRetry?.abort();
  if (state.starting) await state.starting.catch(() => {});
  const boss = state.boss;
  state.boss = undefined;
  state.bossIsWorker = undefined;
  state.workerRole = false;
  state.queues.clear();
  if (boss) await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
