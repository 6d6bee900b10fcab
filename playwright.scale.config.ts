/**
 * The scale-out proof (`npm run test:scale`, `npm test -- --scale`; docs/decisions/0019-scale-out.md):
 * tests/e2e/support/server.ts with two web replicas (JOBS_IN_PROCESS=0), two job workers
 * (scripts/worker.ts) and nginx in front, on one seeded database; the specs in tests/e2e-scale drive
 * it in Chromium through the balancer. Its own ports (E2E_SCALE_PORT, default 3300: nginx; replicas on
 * +1 and +2) so it runs beside the main e2e run (3100). Needs Debian's nginx (.ci/run installs it).
 */
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const port = Number(process.env.E2E_SCALE_PORT || 3300);
// The fixtures (tests/e2e/support/state.ts) find the run's state file by E2E_PORT; the test workers
// inherit this process's environment.
process.env.E2E_PORT = String(port);
const baseURL = `http://localhost:${port}`;
// The main config has one web server (an object, not a list); this run starts the same one in scale-out mode.
const baseServer = base.webServer as Exclude<typeof base.webServer, unknown[] | undefined>;

export default defineConfig({
  ...base,
  testDir: "tests/e2e-scale",
  outputDir: "test-results/e2e-scale",
  timeout: 60_000,
  use: { ...base.use, baseURL },
  webServer: {
    ...baseServer,
    url: `${baseURL}/api/health`,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: { E2E_PORT: String(port), E2E_REPLICAS: "2", E2E_WORKERS: "2" },
  },
});
