/**
 * The server (scripts/serve.ts: `next start` behind the client-address stamp) in WEB_CONCURRENCY worker processes sharing one port (Node's cluster module): one
 * Node.js process renders on one core, so a server with N cores serves about N times as many pages
 * with N workers. Used by scripts/start.ts when WEB_CONCURRENCY > 1 (never with the embedded
 * database: that is one session in the starting process) and by the benchmark (BENCH_WORKERS).
 *
 *   WEB_CONCURRENCY=2 node scripts/cluster-start.mjs -p 3000 [-H host]
 *
 * The primary only forks and watches: a worker that dies is replaced (at most 5 times a minute);
 * SIGTERM/SIGINT stop every worker and then the primary. Each worker is a complete `next start`
 * (its own job runner too, unless JOBS_IN_PROCESS=0: pg-boss coordinates several through the
 * database). Workers get WORKER_ID 1…N.
 */
import cluster from "node:cluster";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const workers = Math.max(1, Math.trunc(Number(process.env.WEB_CONCURRENCY || 1)) || 1);
const args = process.argv.slice(2);

if (cluster.isPrimary) {
  let stopping = false;
  const restarts = [];
  const fork = (id) =>
    cluster.fork({ WORKER_ID: String(id) }).on("exit", (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0] > 60_000) restarts.shift();
      if (restarts.length > 5) {
        console.error(JSON.stringify({ level: "error", where: "cluster", event: "giving-up", worker: id, code, signal }));
        process.exit(1);
      }
      console.error(JSON.stringify({ level: "warn", where: "cluster", event: "worker-restart", worker: id, code, signal }));
      fork(id);
    });
  for (let i = 1; i <= workers; i++) fork(i);
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
    const deadline = setTimeout(() => process.exit(0), 10_000);
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        clearTimeout(deadline);
        process.exit(0);
      }
    });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} else {
  // Run the server (Next behind the client-address stamp, scripts/serve.ts) in this worker: its
  // server.listen() is shared through the primary.
  const { register } = await import("tsx/esm/api");
  register();
  process.argv = [process.argv[0], path.join(root, "scripts", "serve.ts"), ...args];
  await import(path.join(root, "scripts", "serve.ts"));
}
