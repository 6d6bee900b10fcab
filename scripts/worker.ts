/**
 * `npm run worker`: run the job workers in their own process (scale-out). Web processes then run
 * with JOBS_IN_PROCESS=0 and only enqueue. Needs DATABASE_URL (the owner connection; see
 * src/lib/jobs/boss.ts) and SMTP_URL for mail. Stops gracefully on SIGTERM/SIGINT.
 */
import { installShutdownHandlers, startJobs } from "../src/lib/jobs/workers";
import { logJobs } from "../src/lib/jobs/log";
import { JOBS } from "../src/server/jobs";

installShutdownHandlers("always");
logJobs("info", "worker-starting", { pid: process.pid });
startJobs(JOBS).catch((error) => {
  if ((error as Error)?.name === "JobsStoppedError") return;
  logJobs("error", "worker-start-failed", { error });
  process.exit(1);
});
