/**
 * Log lines of the job queue: one JSON object per line, never a payload, an error message or a
 * connection string (they can hold e-mail addresses, names or passwords) — only names, codes, ids
 * and counts. Repeated identical errors from pg-boss itself (a worker polling a database that is
 * down) are logged at most once per 30 seconds.
 */
import { describeError } from "../log/error-line";

type Level = "info" | "warn" | "error";

const THROTTLE_MS = 30_000;
const lastLogged = new Map<string, number>();

export function logJobs(level: Level, event: string, fields: { error?: unknown; [key: string]: unknown } = {}): void {
  const { error, ...rest } = fields;
  const line: Record<string, unknown> = { level, where: "jobs", event, ...rest };
  if (error !== undefined) Object.assign(line, describeError(error));
  if (event === "boss") {
    const key = `${event}|${String(line.queue ?? "")}|${String(line.error ?? "")}|${String(line.code ?? "")}`;
    const now = Date.now();
    if (now - (lastLogged.get(key) ?? 0) < THROTTLE_MS) return;
    lastLogged.set(key, now);
  }
  const text = JSON.stringify(line);
  if (level === "info") console.log(text);
  else if (level === "warn") console.warn(text);
  else console.error(text);
}
