/**
 * What the e2e server tells the tests: the run's database (owner connection, for checking what
 * changed) and where captured mail can be read. Written by server.ts, read by tests.
 */
import fs from "node:fs";
import path from "node:path";

export type E2EState = {
  baseURL: string;
  databaseUrl: string;
  databaseName: string;
  /** Loopback HTTP endpoint: GET /messages → captured mail as JSON; DELETE /messages clears. */
  mailUrl: string;
  smtpUrl: string;
  pid: number;
  /** Everything `next start` printed on stdout and stderr during this run (the first replica's). */
  serverLog: string;
  /**
   * Scale-out runs (E2E_REPLICAS > 1): baseURL is nginx in front of these replicas (each also
   * reachable directly), and the job workers run as separate processes (`scripts/worker.ts`).
   */
  replicas?: { name: string; url: string; pid: number; log: string }[];
  workers?: { pid: number; log: string }[];
};

export function stateFile(port = Number(process.env.E2E_PORT || 3100)): string {
  return path.resolve("test-results", `e2e-state-${port}.json`);
}

export function readState(): E2EState {
  const file = stateFile();
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: is tests/e2e/support/server.ts running?`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as E2EState;
}

export function writeState(state: E2EState): void {
  const file = stateFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(state, null, 2));
}
