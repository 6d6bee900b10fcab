/**
 * Next.js start-up hook. Runs the job workers inside the app process by default; set
 * JOBS_IN_PROCESS=0 on web processes when workers run separately (`npm run worker`).
 * The dynamic import keeps pg-boss and its dependencies out of the edge bundles.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.JOBS_IN_PROCESS === "0") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobsInBackground, installShutdownHandlers } = await import("./lib/jobs/workers");
  installShutdownHandlers("if-alone");
  startJobsInBackground();
}
