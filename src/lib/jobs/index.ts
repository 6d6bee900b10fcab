/** The job queue (pg-boss). See boss.ts for why it connects as the owner, src/server/jobs.ts to add a job. */
export { defineJob, type JobDefinition } from "./define";
export { enqueueJob } from "./enqueue";
export { startJobs, stopJobs } from "./workers";
