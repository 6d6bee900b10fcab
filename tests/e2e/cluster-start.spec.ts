/**
 * scripts/cluster-start.mjs (WEB_CONCURRENCY workers on one port): the same build and database as the
 * e2e server, started with two workers on a port of its own. Both workers run, pages are served,
 * a killed worker is replaced, and SIGTERM stops everything.
 */
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { readState } from "./support/state";

const port = Number(process.env.E2E_PORT || 3100) + 57;
const base = `http://localhost:${port}`;

function workerPids(primary: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(primary)], { encoding: "utf8" })
      .split("\n")
      .map((l) => Number(l.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

async function waitFor(check: () => Promise<boolean> | boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const healthy = async () => {
  try {
    return (await fetch(`${base}/api/health`)).ok;
  } catch {
    return false;
  }
};

test("two next start workers share one port; a dead worker is replaced; SIGTERM stops them all", async () => {
  test.setTimeout(120_000);
  const state = readState();
  const primary = spawn(process.execPath, [path.resolve("scripts/cluster-start.mjs"), "-p", String(port), "-H", "localhost"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-e2e",
      DATABASE_URL: state.databaseUrl,
      SMTP_URL: state.smtpUrl,
      APP_URL: base,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      SIGNAL_KEYS: JSON.stringify({ e2e: Buffer.alloc(32, 7).toString("base64") }),
      SIGNAL_ACTIVE_KEY: "e2e",
      JOBS_IN_PROCESS: "0",
      WEB_CONCURRENCY: "2",
    },
    stdio: "ignore",
  });
  try {
    expect(await waitFor(healthy, 60_000)).toBe(true);
    expect(await waitFor(() => workerPids(primary.pid!).length === 2, 10_000)).toBe(true);
    const [first] = workerPids(primary.pid!);

    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${base}/inloggen`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Inloggen");
    }

    process.kill(first!, "SIGKILL");
    expect(
      await waitFor(() => {
        const now = workerPids(primary.pid!);
        return now.length === 2 && !now.includes(first!);
      }, 20_000),
    ).toBe(true);
    expect(await waitFor(healthy, 30_000)).toBe(true);

    const all = [primary.pid!, ...workerPids(primary.pid!)];
    primary.kill("SIGTERM");
    const gone = (pid: number) => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    };
    expect(await waitFor(() => all.every(gone), 15_000)).toBe(true);
  } finally {
    if (primary.exitCode === null) primary.kill("SIGKILL");
  }
});
