/**
 * One result shape for every mutation, and the errors a user may see (in Dutch).
 * Framework-free: used by server actions, API route handlers and jobs alike.
 */
import { z } from "zod";
// Only the Dutch locale: `z.locales` would put every zod locale into the browser bundle.
import nl from "zod/v4/locales/nl.js";
import { describeError } from "./log/error-line";
import { UNSTORABLE_TEXT_MESSAGE, unstorableTextPaths } from "./input/text";

// Dutch default messages for every schema validated on the server (parseInput lives here), also
// where a schema gives no message of its own.
z.config(nl());

/** Seen by residents, entrepreneurs and staff alike: no "u", no "je", no technical words (docs/terminology.md). */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: "Hiervoor is inloggen nodig. Log in en probeer het opnieuw.",
  FORBIDDEN: "Dit account heeft geen toestemming voor deze pagina of actie.",
  NOT_FOUND: "Dit bestaat niet, of is niet open voor dit account.",
  VALIDATION: "Niet alle velden zijn goed ingevuld. Kijk de velden na en probeer het opnieuw.",
  CONFLICT: "Dit bestaat al of is intussen veranderd. Laad de pagina opnieuw.",
  RATE_LIMITED: "Te veel pogingen. Wacht even en probeer het dan opnieuw.",
  BAD_ORIGIN: "Dit verzoek komt niet van Samenkracht zelf en is geweigerd.",
  DB_UNAVAILABLE: "Samenkracht is even niet bereikbaar. Probeer het over een paar minuten opnieuw.",
  INVARIANT: "Dit kan niet: het gaat in tegen een vaste regel van de samenwerking. Er is niets veranderd.",
  INTERNAL: "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
} as const;

type BaseErrorCode = keyof typeof ERROR_MESSAGES;
/** Domain modules add their own stable codes (e.g. PRINCIPLE_NO_SPONSORSHIP). */
export type ErrorCode = BaseErrorCode | (string & {});

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = void> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      fieldErrors?: FieldErrors;
      /** A refused form's posted text, so the page answered without JavaScript shows what was typed (src/server/action.ts). */
      values?: Record<string, string>;
    };

/** What a form's server action returns to the form (useActionState): nothing yet, or the one result shape. */
export type FormState<T = unknown> = ActionResult<T> | null;

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_ORIGIN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  DB_UNAVAILABLE: 503,
  INVARIANT: 409,
  INTERNAL: 500,
};

/** An expected error: its code and Dutch message are safe to show. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors?: FieldErrors;
  constructor(code: ErrorCode, message?: string, opts?: { status?: number; fieldErrors?: FieldErrors }) {
    super(message ?? (ERROR_MESSAGES as Record<string, string>)[code] ?? ERROR_MESSAGES.INTERNAL);
    this.name = "AppError";
    this.code = code;
    this.status = opts?.status ?? HTTP_STATUS[code] ?? 422;
    this.fieldErrors = opts?.fieldErrors;
  }
}

export const notFound = () => new AppError("NOT_FOUND");
export const forbidden = () => new AppError("FORBIDDEN");
export const unauthenticated = () => new AppError("UNAUTHENTICATED");

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parse untrusted input; throws a VALIDATION AppError with Dutch field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  assertStorableText(input);
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // Absurd paging and the like: a bad request (400), not a form to correct (src/lib/input/paging.ts).
    if (parsed.error.issues.some((i) => (i as { params?: { httpStatus?: number } }).params?.httpStatus === 400)) {
      throw new AppError("BAD_REQUEST", "Deze pagina bestaat niet. Kies een paginanummer uit de lijst.", {
        status: 400,
        fieldErrors: fieldErrorsOf(parsed.error),
      });
    }
    throw new AppError("VALIDATION", undefined, { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  return parsed.data;
}

/**
 * Refuse text PostgreSQL cannot store (NUL, lone surrogates) with a Dutch 422 naming the fields,
 * before anything is written (src/lib/input/text.ts). parseInput and the API body reader call it.
 */
export function assertStorableText(input: unknown): void {
  const paths = unstorableTextPaths(input);
  if (paths.length) {
    throw new AppError("VALIDATION", UNSTORABLE_TEXT_MESSAGE, {
      fieldErrors: Object.fromEntries(paths.map((p) => [p, [UNSTORABLE_TEXT_MESSAGE]])),
    });
  }
}

/** The PostgreSQL SQLSTATE behind a (Prisma driver adapter) error, if any. */
function sqlState(error: unknown): string {
  const e = error as { code?: unknown; cause?: { originalCode?: unknown; code?: unknown } } | null;
  const v = e?.cause?.originalCode ?? e?.cause?.code ?? e?.code;
  return typeof v === "string" ? v : "";
}

function isDbUnavailable(error: unknown): boolean {
  // Prisma's driver adapter keeps the PostgreSQL code in cause.originalCode.
  const cause = (error as { cause?: { originalCode?: string } })?.cause?.originalCode ?? "";
  const text = error instanceof Error ? `${error.name} ${error.message} ${(error as { code?: string }).code ?? ""} ${cause}` : "";
  return /ECONNREFUSED|ECONNRESET|Connection terminated|connect ETIMEDOUT|57P01|57P02|57P03|not currently accepting connections|DatabaseNotReachable|P1001|P1017/i.test(
    text,
  );
}

/** PostgreSQL refused a write with a CHECK constraint or invariant trigger (SQLSTATE 23514; docs/decisions/0013). */
function isInvariantViolation(error: unknown): boolean {
  const cause = (error as { cause?: { originalCode?: string } })?.cause?.originalCode;
  return cause === "23514" || (error as { code?: string })?.code === "23514";
}

/** Map any thrown value to the result shape. Unexpected errors are logged without personal data. */
export function toFailure(error: unknown, where = "action"): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
  }
  if (error instanceof z.ZodError) {
    return { ok: false, code: "VALIDATION", message: ERROR_MESSAGES.VALIDATION, fieldErrors: fieldErrorsOf(error) };
  }
  // Backstop for text that reached the database unchecked (22021: invalid byte sequence, 22P05:
  // untranslatable character): the statement failed, its transaction rolled back, nothing was written.
  if (["22021", "22P05"].includes(sqlState(error))) {
    return { ok: false, code: "VALIDATION", message: UNSTORABLE_TEXT_MESSAGE };
  }
  if (isInvariantViolation(error)) {
    // The domain rule should have answered first: logged as a bug, shown as a refusal that changed nothing.
    logError(where, error);
    return { ok: false, code: "INVARIANT", message: ERROR_MESSAGES.INVARIANT };
  }
  if (isDbUnavailable(error)) {
    logError(where, error);
    return { ok: false, code: "DB_UNAVAILABLE", message: ERROR_MESSAGES.DB_UNAVAILABLE };
  }
  logError(where, error);
  return { ok: false, code: "INTERNAL", message: ERROR_MESSAGES.INTERNAL };
}

export function statusOf(result: { ok: false; code: ErrorCode }): number {
  return HTTP_STATUS[result.code] ?? 422;
}

/**
 * Log an unexpected error: only its class, code and the first stack frame's location — never its
 * message, which may echo input (names, e-mail addresses, situation texts).
 */
export function logError(where: string, error: unknown): void {
  // Skip the stack's header (it repeats the message, which may hold personal data): frames only.
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const frames = error instanceof Error && stack.startsWith(String(error)) ? stack.slice(String(error).length) : stack;
  const frame = frames
    .split("\n")
    .find((l) => /^\s*at /.test(l) && l.includes("/src/"))
    ?.trim();
  console.error(JSON.stringify({ level: "error", where, ...describeError(error), at: frame }));
}

export async function runAction<T>(fn: () => Promise<T>, where = "action"): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    return toFailure(error, where);
  }
}
