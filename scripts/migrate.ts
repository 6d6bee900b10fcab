/**
 * `npm run db:migrate`: apply prisma/migrations to DATABASE_URL (the owner), then — when
 * APP_DATABASE_PASSWORD is set — give the app role that password so the app can log in as
 * "samenkracht_app" (docker-compose, production). Exits non-zero on failure.
 *
 * The Prisma CLI runs as a child process with `spawn` (never a *Sync call): in embedded mode the
 * database server lives in the calling process and must keep answering while the CLI runs.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { APP_DB_ROLE } from "../src/lib/env";
import { connectionConfig } from "../src/lib/db/connection";

export async function migrateDeploy(env: NodeJS.ProcessEnv = process.env, opts: { quiet?: boolean } = {}): Promise<void> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const cli = path.resolve("node_modules/prisma/build/index.js");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      env: { ...env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const collect = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (!opts.quiet) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) {
    throw new Error(`prisma migrate deploy failed (exit ${code})${opts.quiet ? `:\n${output.join("")}` : ""}`);
  }
  if (env.APP_DATABASE_PASSWORD) await setAppRolePassword(env.DATABASE_URL, env.APP_DATABASE_PASSWORD);
}

/** ALTER ROLE ... PASSWORD with a properly quoted literal (DDL takes no bind parameters). */
export async function setAppRolePassword(ownerUrl: string, password: string): Promise<void> {
  const client = new pg.Client(connectionConfig(ownerUrl));
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APP_DB_ROLE} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? "").href;
if (isMain) {
  migrateDeploy()
    .then(() => {
      if (process.env.APP_DATABASE_PASSWORD) console.log(`Password set for role ${APP_DB_ROLE}.`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
