/**
 * Scale-out (docs/decisions/0019-scale-out.md): several processes create pg-boss queues at the same
 * moment — two workers starting together on a fresh database, web replicas enqueueing a new kind of
 * job. pg-boss 10's createQueue is DDL on the shared pgboss.job table without a lock of its own, and
 * two processes doing it at once deadlocked (40P01: the second worker of the scale-out e2e died at
 * start). ensureQueue serialises the creation with an advisory lock.
 */
import PgBoss from "pg-boss";
import { z } from "zod";
import { afterAll, describe, expect, it } from "vitest";
import { defineJob } from "@/lib/jobs";
import { ensureQueue, jobsState } from "@/lib/jobs/boss";
import { ownerQuery } from "../support/owner";

const bosses: PgBoss[] = [];
afterAll(async () => {
  for (const b of bosses) await b.stop({ graceful: false, wait: true }).catch(() => {});
});

/** A pg-boss instance with a pool of its own, as another process has. */
async function anotherProcessBoss(): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", supervise: false, schedule: false, max: 8 });
  boss.on("error", () => {});
  bosses.push(boss);
  return boss;
}

describe("creating queues from several processes at once", () => {
  it("two bosses create the same 16 queues concurrently, in opposite orders: no deadlock, each queue once with its settings", async () => {
    const defs = Array.from({ length: 16 }, (_, i) =>
      defineJob(`test.concurrent-${i}`, z.object({}), async () => undefined, { retryLimit: 2, expireInSeconds: 60 + i }),
    );
    const [a, b] = [await anotherProcessBoss(), await anotherProcessBoss()];
    await Promise.all([a.start(), b.start()]);
    // ensureQueue remembers queues per process; these two bosses stand for two processes.
    const ensure = async (boss: PgBoss, def: (typeof defs)[number]) => {
      jobsState().queues.delete(def.name);
      await ensureQueue(boss, def);
    };
    await Promise.all([...defs.map((d) => ensure(a, d)), ...[...defs].reverse().map((d) => ensure(b, d))]);

    const queues = await ownerQuery<{ name: string; expire_seconds: number; retry_limit: number }>(
      `SELECT name, expire_seconds, retry_limit FROM pgboss.queue WHERE name LIKE 'test.concurrent-%' ORDER BY name`,
    );
    expect(queues.rows).toHaveLength(16);
    for (const q of queues.rows) {
      const i = Number(q.name.split("-").pop());
      expect(q).toEqual({ name: `test.concurrent-${i}`, expire_seconds: 60 + i, retry_limit: 2 });
    }
    // Each has its partition attached: a job can be sent to it.
    expect(await a.send("test.concurrent-3", {})).toBeTruthy();
  });
});
