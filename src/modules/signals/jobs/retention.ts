/**
 * `signals.retention`: every night, erase the personal fields of signals closed (or cancelled)
 * longer ago than each gemeente's retention period. Each erasure is audited ("system:retention");
 * counts stay. The same as `npm run signals:retention`; the regisseur can also run it by hand.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { platformDb } from "@/lib/db/tenant";
import { applyRetention } from "../server/privacy";

export async function runRetentionForAll(now = new Date()): Promise<{ erased: number }> {
  const gemeenten = await platformDb().gemeente.findMany({ select: { id: true } });
  let erased = 0;
  for (const g of gemeenten) erased += (await applyRetention(g.id, { dryRun: false, now })).signals.length;
  return { erased };
}

export const retentionJob = defineJob("signals.retention", z.object({}).strict(), async () => runRetentionForAll(), {
  retryLimit: 3,
  retryDelay: 600,
  expireInSeconds: 1800,
  schedule: { cron: "30 3 * * *", data: {}, tz: "Europe/Amsterdam" },
});
