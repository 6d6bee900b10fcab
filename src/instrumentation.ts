/**
 * Next.js start-up hook. In production, error output is reduced to codes (no messages: they can hold
 * personal data). Runs the job workers inside the app process by default; set
 * JOBS_IN_PROCESS=0 on web processes when workers run separately (`npm run worker`).
 * The dynamic import keeps pg-boss and its dependencies out of the edge bundles.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Next prints a failed render with console.error(error): message, SQL and database detail included.
  // In production only codes reach the log (src/lib/log/error-line.ts); development keeps the stack.
  if (process.env.NODE_ENV === "production") (await import("./lib/log/error-line")).installLogRedaction();
  if (process.env.JOBS_IN_PROCESS === "0") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobsInBackground, installShutdownHandlers } = await import("./lib/jobs/workers");
  const { JOBS } = await import("./server/jobs");
  installShutdownHandlers("if-alone");
  startJobsInBackground(JOBS);
}
