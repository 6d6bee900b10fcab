/**
 * Health check, framework-free: give it a function that runs `SELECT 1` and it reports whether the
 * database answered within the timeout. The route /api/health passes the app client's query.
 */
export type HealthReport = { status: 200; body: { status: "ok"; db: "ok" } } | { status: 503; body: { status: "degraded"; db: "down" } };

const HEALTH_TIMEOUT_MS = 2000;

export async function checkHealth(query: () => Promise<unknown>, timeoutMs = HEALTH_TIMEOUT_MS): Promise<HealthReport> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("health check timed out")), timeoutMs);
  });
  try {
    const running = query();
    running.catch(() => {}); // a late failure after the timeout must not become an unhandled rejection
    await Promise.race([running, timeout]);
    return { status: 200, body: { status: "ok", db: "ok" } };
  } catch {
    return { status: 503, body: { status: "degraded", db: "down" } };
  } finally {
    clearTimeout(timer);
  }
}
