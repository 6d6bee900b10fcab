/** The job queue (pg-boss). See boss.ts for why it connects as the owner, src/server/jobs.ts to add a job. */
export { defineJob, type JobContext, type JobDefinition, type JobHandler, type JobQueueOptions } from "./define";
export { enqueueJob, type EnqueueOptions } from "./enqueue";
export { startJobs, startJobsInBackground, stopJobs, installShutdownHandlers, JobFailedError } from "./workers";
export { ZMailSendPayload, type TMailSendPayload } from "./mail-send";
