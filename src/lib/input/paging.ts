/**
 * Page numbers and page sizes from a query string. A page beyond MAX_PAGE (or not a whole number) is
 * a bad request (HTTP 400, Dutch message), never an offset the database cannot hold (a 500).
 * parseInput (src/lib/result.ts) answers 400 for any issue marked with BAD_REQUEST_ISSUE.
 */
import { z } from "zod";

export const MAX_PAGE = 1_000_000;
/** zod issue params that make parseInput answer 400 (bad request) instead of 422. */
export const BAD_REQUEST_ISSUE = { httpStatus: 400 } as const;

export function pageNumber(label: string, max: number = MAX_PAGE) {
  const wholeNumber = `${label} moet een heel getal van 1 tot en met ${max} zijn.`;
  // One custom check (zod keeps `params` only on custom issues).
  return z.coerce.number({ error: wholeNumber }).superRefine((n, ctx) => {
    if (!Number.isInteger(n) || n < 1 || n > max) ctx.addIssue({ code: "custom", message: wholeNumber, params: BAD_REQUEST_ISSUE });
  });
}
