/**
 * The e2e server (Playwright's webServer): a fresh database copied from the migrated template,
 * seeded; a capturing SMTP server whose mail tests read over loopback HTTP; and `next start` on
 * E2E_PORT from the build in NEXT_DIST_DIR (default .next-e2e). Everything is torn down (and the
 * database dropped) on SIGTERM/SIGINT.
 *
 * Scale-out (playwright.scale.config.ts): E2E_REPLICAS=2 starts that many web processes (replica
 * a on E2E_PORT+1, b on E2E_PORT+2; JOBS_IN_PROCESS=0, TRUSTED_PROXIES=the balancer), E2E_WORKERS
 * job workers (`scripts/worker.ts`), all on the same database and SMTP server, and nginx on
 * E2E_PORT in front of the replicas (./balancer.ts) — the processes of deploy/docker-compose.scale.yml.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { startCaptureServer } from "../../../src/lib/mail/capture-server";
import { createDatabaseFromTemplate, dropDatabase, ensureTemplate, urlFor } from "../../support/test-db";
import { seedDemo } from "../../../prisma/seed/index";
import { createOwnerClient } from "../../../src/lib/db/owner-client";
import { stateFile, writeState } from "./state";
import { PROXY_BIND_ADDRESS, findNginx, startBalancer, type Balancer } from "./balancer";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
// The e2e-only signal key, set before seeding: the seed encrypts too (klankbord risk groups).
if (!process.env.SIGNAL_KEYS) {
  process.env.SIGNAL_KEYS = JSON.stringify({ e2e: Buffer.alloc(32, 7).toString("base64") });
  process.env.SIGNAL_ACTIVE_KEY = "e2e";
}

const port = Number(process.env.E2E_PORT || 3100);
/** 0 = any free loopback port; the tests find it in the state file. */
const mailPortWanted = Number(process.env.E2E_MAIL_PORT || 0);
const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
const baseURL = `http://localhost:${port}`;
const replicaCount = Math.max(1, Number(process.env.E2E_REPLICAS || 1));
const workerCount = Math.max(0, Number(process.env.E2E_WORKERS || 0));
const scaled = replicaCount > 1;

const log = (msg: string) => console.log(`[e2e-server] ${msg}`);

/** The project's demo seed, with the demo passwords (the e2e tests log in with them). */
async function seed(databaseUrl: string): Promise<void> {
  const db = createOwnerClient(databaseUrl);
  try {
    await seedDemo(db, { demoPasswords: true });
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  if (!fs.existsSync(path.resolve(distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir}. Run: NEXT_DIST_DIR=${distDir} npx next build`);
  }
  if (scaled) findNginx(); // fail at once, with the install hint, when nginx is missing
  await ensureTemplate();
  const databaseName = await createDatabaseFromTemplate("e2e");
  const databaseUrl = urlFor(databaseName);
  const children: { name: string; child: ChildProcess }[] = [];
  let balancer: Balancer | undefined;
  let mailHttp: http.Server | undefined;
  const capture = await startCaptureServer();

  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    log("stopping");
    await balancer?.stop().catch(() => {});
    const running = children.filter(({ child }) => child.exitCode === null);
    for (const { child } of running) child.kill("SIGTERM");
    const deadline = Date.now() + (running.length > 1 ? 5_000 : 500);
    while (Date.now() < deadline && running.some(({ child }) => child.exitCode === null)) await new Promise((r) => setTimeout(r, 100));
    for (const { child } of running) if (child.exitCode === null) child.kill("SIGKILL");
    mailHttp?.close();
    await capture.stop().catch(() => {});
    await dropDatabase(databaseName).catch(() => {});
    fs.rmSync(stateFile(port), { force: true });
    process.exit(code);
  };
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));

  try {
    await seed(databaseUrl);
    log(`database ${databaseName} seeded (demo)`);

    mailHttp = http.createServer((req, res) => {
      if (req.url === "/messages" && req.method === "GET") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(capture.messages));
      } else if (req.url === "/messages" && req.method === "DELETE") {
        capture.clear();
        res.writeHead(204).end();
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve, reject) => {
      mailHttp!.once("error", reject);
      mailHttp!.listen(mailPortWanted, "127.0.0.1", () => resolve());
    });
    const address = mailHttp.address();
    const mailPort = typeof address === "object" && address ? address.port : mailPortWanted;

    const logFile = (name: string) => path.resolve("test-results", name ? `e2e-server-${port}-${name}.log` : `e2e-server-${port}.log`);
    const names = scaled ? Array.from({ length: replicaCount }, (_, i) => String.fromCharCode(97 + i)) : [""];
    const replicas = names.map((name, i) => ({ name, port: scaled ? port + 1 + i : port, log: logFile(name) }));
    const workers = Array.from({ length: workerCount }, (_, i) => ({ name: `worker-${i + 1}`, log: logFile(`worker-${i + 1}`) }));
    fs.mkdirSync(path.resolve("test-results"), { recursive: true });

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: distDir,
      SMTP_URL: capture.url,
      APP_URL: baseURL,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "e2e-only-secret-not-for-production-0123456789",
      // Signal field encryption keys (production refuses to start without them); e2e-only key.
      SIGNAL_KEYS: process.env.SIGNAL_KEYS || JSON.stringify({ e2e: Buffer.alloc(32, 7).toString("base64") }),
      SIGNAL_ACTIVE_KEY: process.env.SIGNAL_KEYS ? process.env.SIGNAL_ACTIVE_KEY : "e2e",
      PORT: String(port),
      // Scale-out: the web processes only enqueue (the workers run the jobs) and believe
      // X-Forwarded-For only from the balancer's address.
      ...(scaled ? { JOBS_IN_PROCESS: "0", TRUSTED_PROXIES: PROXY_BIND_ADDRESS } : {}),
      ...(workerCount > 0 ? { JOBS_IN_PROCESS: "0" } : {}),
    };

    // Output goes to the terminal as before and to a log file per process, which tests read to
    // check what the server logs (server-error.spec: codes, never the database's message).
    const launch = (name: string, args: string[], file: string, extraEnv: Record<string, string> = {}) => {
      fs.writeFileSync(file, "");
      const child = spawn(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
      const logStream = fs.createWriteStream(file, { flags: "a" });
      const prefix = scaled || workerCount ? `[${name}] ` : "";
      const out = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
        stream.write(prefix ? chunk.toString().replace(/^(?=.)/gm, prefix) : chunk);
        logStream.write(chunk);
      };
      child.stdout?.on("data", out(process.stdout));
      child.stderr?.on("data", out(process.stderr));
      child.on("exit", (code) => {
        if (!stopping) {
          log(`${name} exited with ${code}`);
          void stop(code ?? 1);
        }
      });
      children.push({ name, child });
      return child;
    };

    // The production server: Next behind the client-address stamp (scripts/serve.ts).
    const started = replicas.map((r) => ({
      ...r,
      child: launch(
        r.name ? `replica ${r.name}` : "next start",
        ["--import", "tsx", path.resolve("scripts/serve.ts"), "-p", String(r.port)],
        r.log,
        { PORT: String(r.port) },
      ),
    }));
    // Job workers (npm run worker), polling every second so the tests need not wait long.
    const startedWorkers = workers.map((w) => ({
      ...w,
      child: launch(w.name, ["--import", "tsx", path.resolve("scripts/worker.ts")], w.log, { JOBS_POLLING_INTERVAL_SECONDS: "1" }),
    }));

    writeState({
      serverLog: replicas[0].log,
      baseURL,
      databaseUrl,
      databaseName,
      mailUrl: `http://127.0.0.1:${mailPort}`,
      smtpUrl: capture.url,
      pid: process.pid,
      ...(scaled
        ? { replicas: started.map((r) => ({ name: r.name, url: `http://localhost:${r.port}`, pid: r.child.pid!, log: r.log })) }
        : {}),
      ...(workerCount ? { workers: startedWorkers.map((w) => ({ pid: w.child.pid!, log: w.log })) } : {}),
    });

    if (scaled) {
      // nginx only once every replica answers, so the first request through it finds them all up.
      const deadline = Date.now() + 150_000;
      for (const r of replicas) {
        for (;;) {
          const ok = await fetch(`http://127.0.0.1:${r.port}/api/health`).then(
            (res) => res.ok,
            () => false,
          );
          if (ok) break;
          if (Date.now() > deadline) throw new Error(`replica ${r.name} did not become healthy`);
          await new Promise((res) => setTimeout(res, 500));
        }
      }
      balancer = await startBalancer(port, replicas, log);
      balancer.process.on("exit", (code) => {
        if (!stopping) {
          log(`nginx exited with ${code}`);
          void stop(code ?? 1);
        }
      });
      log(
        `${replicas.length} replicas behind nginx on ${baseURL}, ${workers.length} job workers, mail at http://127.0.0.1:${mailPort}/messages`,
      );
    } else {
      log(`next start on ${baseURL} (build ${distDir}), mail at http://127.0.0.1:${mailPort}/messages`);
    }
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
