/**
 * Typed job definitions. A job is a name, a zod schema for its payload and a handler; the queue
 * options (retries, expiry, cron schedule) travel with it. Framework-free.
 *
 * Handlers run outside any request: there is no session. A handler that touches tenant data must
 * open its own scope with `withTenant({ gemeenteId }, db => ...)` (src/lib/db/tenant.ts), with the
 * gemeenteId taken from the payload that trusted server code enqueued. Payloads are stored in the
 * queue table: keep personal data in them to the minimum the job needs (ids rather than texts).
 */
import type { z } from "zod";

type JobContext = {
  /** pg-boss job id. */
  id: string;
  name: string;
  /** 0 on the first attempt, 1 on the first retry, … */
  retryCount: number;
  retryLimit: number;
};

export type JobHandler<P> = (payload: P, ctx: JobContext) => Promise<unknown>;

export type JobQueueOptions = {
  /** Attempts after the first one (pg-boss `retryLimit`). */
  retryLimit?: number;
  /** Seconds before the first retry (pg-boss `retryDelay`). */
  retryDelay?: number;
  /** Exponential backoff with jitter between retries (pg-boss `retryBackoff`). */
  retryBackoff?: boolean;
  /** An active job that runs longer than this is failed (and retried). */
  expireInSeconds?: number;
  /** Jobs fetched per poll; the handler is still called once per job. */
  batchSize?: number;
  /** Run on a cron schedule (pg-boss `schedule`); `data` must satisfy the schema. */
  schedule?: { cron: string; data?: Record<string, unknown>; tz?: string };
};

export type JobDefinition<N extends string = string, S extends z.ZodType = z.ZodType> = {
  name: N;
  schema: S;
  handler: JobHandler<z.output<S>>;
  options: JobQueueOptions;
};

/** pg-boss queue names: letters, digits, `_`, `-`, `.` and `/` (we use `domain.verb-noun`). */
const NAME = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/;

export function defineJob<const N extends string, S extends z.ZodType>(
  name: N,
  schema: S,
  handler: JobHandler<z.output<S>>,
  options: JobQueueOptions = {},
): JobDefinition<N, S> {
  if (!NAME.test(name)) throw new Error(`Invalid job name "${name}" (use e.g. "mail.send")`);
  return { name, schema, handler, options };
}
