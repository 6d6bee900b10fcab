/**
 * Virtual users with think time (closed workload): each user requests the page, reads the whole answer,
 * checks it, then pauses for a think time drawn uniformly from [0.5, 1.5] × the mean, and repeats
 * until the time is up. Users start spread over the first think time, so they do not arrive in step.
 *
 * This models "N people working in the app at the same time", unlike autocannon's N connections that
 * send the next request the moment the previous answer arrives (N requests always in flight: a stress
 * figure). Both are reported; see docs/performance.md.
 */
import { stats, type Stats } from "./stats";

export type UsersResult = Stats & {
  users: number;
  thinkMs: number;
  seconds: number;
  requests: number;
  rps: number;
  /** Answers that were not a 200 with the expected marker, and requests that failed. */
  bad: number;
  /** The machine's 1-minute load average right after the run (set by bench/run.ts). */
  load?: number;
};

export async function runUsers(opts: {
  url: string;
  headers: Record<string, string>;
  marker: string;
  users: number;
  thinkMs: number;
  seconds: number;
}): Promise<UsersResult> {
  const latencies: number[] = [];
  let bad = 0;
  const start = performance.now();
  const end = start + opts.seconds * 1000;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const think = () => opts.thinkMs * (0.5 + Math.random());

  async function user(): Promise<void> {
    await sleep(Math.random() * opts.thinkMs);
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        // Node's fetch keeps connections alive per origin (one per user in flight at most).
        const res = await fetch(opts.url, { headers: opts.headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
        const body = await res.text();
        latencies.push(performance.now() - t0);
        if (res.status !== 200 || !body.includes(opts.marker)) bad++;
      } catch {
        bad++;
      }
      await sleep(think());
    }
  }

  await Promise.all(Array.from({ length: opts.users }, () => user()));
  const seconds = (performance.now() - start) / 1000;
  return {
    ...stats(latencies),
    users: opts.users,
    thinkMs: opts.thinkMs,
    seconds: Math.round(seconds),
    requests: latencies.length,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    bad,
  };
}
