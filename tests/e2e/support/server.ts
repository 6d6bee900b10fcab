/**
 * The e2e server (Playwright's webServer): a fresh database copied from the migrated template,
 * seeded; a capturing SMTP server whose mail tests read over loopback HTTP; and `next start` on
 * E2E_PORT from the build in NEXT_DIST_DIR (default .next-e2e). Everything is torn down (and the
 * database dropped) on SIGTERM/SIGINT.
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
  await ensureTemplate();
  const databaseName = await createDatabaseFromTemplate("e2e");
  const databaseUrl = urlFor(databaseName);
  let next: ChildProcess | undefined;
  let mailHttp: http.Server | undefined;
  const capture = await startCaptureServer();

  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    log("stopping");
    if (next && next.exitCode === null) {
      next.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 500));
      if (next.exitCode === null) next.kill("SIGKILL");
    }
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

    const serverLog = path.resolve("test-results", `e2e-server-${port}.log`);
    fs.mkdirSync(path.dirname(serverLog), { recursive: true });
    fs.writeFileSync(serverLog, "");
    writeState({
      serverLog,
      baseURL,
      databaseUrl,
      databaseName,
      mailUrl: `http://127.0.0.1:${mailPort}`,
      smtpUrl: capture.url,
      pid: process.pid,
    });

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
    };
    // The production server: Next behind the client-address stamp (scripts/serve.ts).
    next = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/serve.ts"), "-p", String(port)], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The server's output goes to the terminal as before and to serverLog, which tests read to check
    // what the server logs (server-error.spec: codes, never the database's message).
    const logStream = fs.createWriteStream(serverLog, { flags: "a" });
    next.stdout?.on("data", (chunk: Buffer) => { process.stdout.write(chunk); logStream.write(chunk); });
    next.stderr?.on("data", (chunk: Buffer) => { process.stderr.write(chunk); logStream.write(chunk); });
    next.on("exit", (code) => {
      if (!stopping) {
        log(`next start exited with ${code}`);
        void stop(code ?? 1);
      }
    });
    log(`next start on ${baseURL} (build ${distDir}), mail at http://127.0.0.1:${mailPort}/messages`);
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
