/**
 * Put a job on the queue. The payload is validated against the job's schema first: bad input is
 * refused with a VALIDATION AppError (Dutch field messages) and nothing is stored.
 *
 * Enqueue after your database transaction has committed (the queue lives outside the app role's
 * reach; see boss.ts).
 */
import type PgBoss from "pg-boss";
import { AppError, parseInput } from "../result";
import type { JobDefinition } from "./define";
import { ensureBoss, ensureQueue } from "./boss";
import { jobByName, type JobName, type JobPayload } from "./registry";

export type EnqueueOptions = Pick<
  PgBoss.SendOptions,
  "id" | "priority" | "startAfter" | "singletonKey" | "singletonSeconds" | "retryLimit" | "retryDelay" | "retryBackoff" | "expireInSeconds"
>;

/** How long enqueue waits for the queue when the database is not (yet) reachable. */
const enqueueWaitMs = () => Number(process.env.JOBS_ENQUEUE_WAIT_MS || 5_000);

async function bossWithin(ms: number): Promise<PgBoss> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("DB_UNAVAILABLE")), ms);
  });
  try {
    return await Promise.race([ensureBoss(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Enqueue a job by definition. Returns the job id, or null when pg-boss dropped it as a duplicate
 * (singletonKey / singletonSeconds).
 */
export async function enqueueJob<D extends JobDefinition>(def: D, payload: unknown, options: EnqueueOptions = {}): Promise<string | null> {
  const data = parseInput(def.schema, payload) as object;
  const boss = await bossWithin(enqueueWaitMs());
  await ensureQueue(boss, def);
  return boss.send(def.name, data, options);
}

/** Enqueue a registered job (src/lib/jobs/registry.ts); the payload type follows the job's schema. */
export async function enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options?: EnqueueOptions): Promise<string | null> {
  const def = jobByName(name);
  if (!def) throw new Error(`Unknown job "${name}"`);
  return enqueueJob(def, payload, options);
}
