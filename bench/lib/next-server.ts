/**
 * Start and stop the production server from a build for the HTTP benchmarks: scripts/serve.ts (Next
 * behind the client-address stamp and the public page cache), as `npm start` runs it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export function hasBuild(dist: string): boolean {
  return fs.existsSync(path.resolve(dist, "BUILD_ID"));
}

/** `next build` into `dist` (minutes; a build rewrites tsconfig.json — do not commit that). */
export function buildNext(dist: string): void {
  const r = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    env: { ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error(`next build failed (${r.status})`);
}

export async function startNext(opts: {
  dist: string;
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
  workers?: number;
}): Promise<ChildProcess> {
  const base = `http://localhost:${opts.port}`;
  if (!hasBuild(opts.dist)) throw new Error(`No production build in ${opts.dist}. Run: NEXT_DIST_DIR=${opts.dist} npx next build`);
  // BENCH_NODE_ARGS: extra Node flags for the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a run.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  // workers > 1: scripts/cluster-start.mjs runs that many servers (scripts/serve.ts) on the one port.
  const workers = Math.max(1, opts.workers ?? 1);
  const entry = workers > 1 ? [path.resolve("scripts/cluster-start.mjs")] : ["--import", "tsx", path.resolve("scripts/serve.ts")];
  const child = spawn(process.execPath, [...nodeArgs, ...entry, "-p", String(opts.port), "-H", "localhost"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: opts.databaseUrl,
      NEXT_DIST_DIR: opts.dist,
      APP_URL: base,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "bench-only-secret-not-for-production-0123456789",
      PORT: String(opts.port),
      WEB_CONCURRENCY: String(workers),
      ...opts.env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return child;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("next start did not answer /api/health within 60 s");
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

export async function stopNext(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  // A cluster primary first stops its workers: give it time before killing it.
  await Promise.race([exited, new Promise((r) => setTimeout(r, 12_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
