/**
 * `auth.housekeeping`: every hour, remove what the login and session checks no longer need — login
 * attempts older than the known-address period (throttle.ts), revoked session ids past their
 * expiry, and used public form tokens past their expiry. Without it those tables only grow.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { pruneLoginAttempts } from "@/lib/auth/throttle";
import { pruneRevokedSessions } from "@/lib/auth/session-user";
import { pruneConsumedFormTokens } from "@/modules/signals/server";

export async function runAuthHousekeeping(now = new Date()) {
  return {
    loginAttempts: await pruneLoginAttempts(now),
    revokedSessions: await pruneRevokedSessions(now),
    formTokens: await pruneConsumedFormTokens(now),
  };
}

export const authHousekeepingJob = defineJob("auth.housekeeping", z.object({}).strict(), async () => runAuthHousekeeping(), {
  retryLimit: 2,
  retryDelay: 300,
  expireInSeconds: 900,
  schedule: { cron: "17 * * * *", data: {} },
});
