/**
 * Put a job on the queue. The payload is validated against the job's schema first: bad input is
 * refused with a VALIDATION AppError (Dutch field messages) and nothing is stored.
 *
 * Enqueue after your database transaction has committed (the queue lives outside the app role's
 * reach; see boss.ts).
 */
import { createHash } from "node:crypto";
import type PgBoss from "pg-boss";
import type { z } from "zod";
import { AppError, parseInput } from "../result";
import type { JobDefinition } from "./define";
import { ensureBoss, ensureQueue } from "./boss";

export type EnqueueOptions = Pick<
  PgBoss.SendOptions,
  "id" | "priority" | "startAfter" | "singletonKey" | "singletonSeconds" | "retryLimit" | "retryDelay" | "retryBackoff" | "expireInSeconds"
> & {
  /**
   * Enqueue this job at most once per key: the job id is derived from the job name and the key, and
   * pg-boss drops a second job with the same id (enqueue returns null). Holds while pg-boss keeps
   * the first job — waiting, running, retrying, and until it is archived 12 hours after it ended —
   * which covers the retries of the job that enqueues it. NB: `singletonKey` alone does NOT do this
   * on our (standard) queues; it only works together with `singletonSeconds` (one per time slot).
   */
  onceKey?: string;
};

/** A stable UUID for (job name, key): the first 16 bytes of a SHA-256, with version 5 and variant bits. */
export function onceId(jobName: string, key: string): string {
  const b = createHash("sha256").update(`${jobName}\u0000${key}`).digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

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
 * Enqueue a job by its definition (imported from the module that owns it); the payload type follows
 * the job's schema. Returns the job id, or null when pg-boss dropped it as a duplicate (onceKey, or
 * singletonKey with singletonSeconds).
 */
export async function enqueueJob<D extends JobDefinition>(
  def: D,
  payload: z.input<D["schema"]>,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const data = parseInput(def.schema, payload) as object;
  const { onceKey, ...send } = options;
  if (onceKey !== undefined) send.id = onceId(def.name, onceKey);
  const boss = await bossWithin(enqueueWaitMs());
  await ensureQueue(boss, def);
  return boss.send(def.name, data, send);
}
