/**
 * What the server may log about an error: its class, a code (its own, or the database's from its
 * cause) and React's digest — never its message or its cause's message. Messages echo input and
 * data: a unique-constraint error names the e-mail address that already exists, a Prisma error
 * quotes the query. One place for the rule: result.ts (logError), the job log and the console filter
 * that start-up installs for Next's own error output (src/instrumentation.ts) all use it.
 */
export type ErrorLine = { error: string; code?: string; digest?: string };

const str = (v: unknown): string | undefined => (typeof v === "string" && v.length > 0 && v.length <= 64 ? v : undefined);

export function describeError(error: unknown): ErrorLine {
  if (!error || typeof error !== "object") return { error: typeof error };
  const e = error as {
    name?: unknown;
    code?: unknown;
    digest?: unknown;
    cause?: { code?: unknown } | null;
    constructor?: { name?: string };
  };
  const name = str(e.name) ?? e.constructor?.name ?? "Object";
  const cause = e.cause && typeof e.cause === "object" ? e.cause : undefined;
  const code = str(e.code) ?? str(cause?.code);
  const digest = str(e.digest);
  return { error: name, ...(code ? { code } : {}), ...(digest ? { digest } : {}) };
}

/** An Error, or something thrown that carries a stack and a message the way errors do. */
export function isErrorLike(value: unknown): boolean {
  if (value instanceof Error) return true;
  return !!value && typeof value === "object" && "message" in value && "stack" in value;
}

/** Arguments for console.error with every error replaced by its codes-only JSON line. */
export function redactConsoleArgs(args: unknown[], where = "server"): unknown[] {
  return args.map((a) => (isErrorLike(a) ? JSON.stringify({ level: "error", where, ...describeError(a) }) : a));
}

const INSTALLED = Symbol.for("samenkracht.log-redaction");

/**
 * Route console.error through redactConsoleArgs (once per process). Next.js prints a failed render
 * or route with console.error(error), message, SQL and database detail included; after this it prints
 * `⨯ {"level":"error","where":"server","error":"DriverAdapterError","code":"42501","digest":"…"}`.
 */
export function installLogRedaction(target: Console = console): void {
  const marked = target as Console & { [INSTALLED]?: boolean };
  if (marked[INSTALLED]) return;
  const original = target.error.bind(target);
  target.error = (...args: unknown[]) => original(...redactConsoleArgs(args));
  marked[INSTALLED] = true;
}
