/** What the benchmark ran on, for the results file. */
import fs from "node:fs";
import os from "node:os";
import pg from "pg";

export async function machineInfo(databaseUrl: string) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  const version = (await c.query("SHOW server_version")).rows[0].server_version as string;
  await c.end();
  const nextPkg = JSON.parse(fs.readFileSync("node_modules/next/package.json", "utf8")) as { version: string };
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.versions.node,
    postgres: `PostgreSQL ${version}`,
    next: nextPkg.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
