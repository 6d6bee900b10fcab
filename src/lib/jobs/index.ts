/** The job queue (pg-boss). See boss.ts for why it connects as the owner, registry.ts to add a job. */
export { defineJob, type JobContext, type JobDefinition, type JobHandler, type JobQueueOptions } from "./define";
export { enqueue, enqueueJob, type EnqueueOptions } from "./enqueue";
export { JOBS, type JobName, type JobPayload } from "./registry";
export { startJobs, startJobsInBackground, stopJobs, installShutdownHandlers, JobFailedError } from "./workers";
export { ZMailSendPayload, type TMailSendPayload } from "./mail-send";
