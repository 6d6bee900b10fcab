/**
 * Page numbers and page sizes from a query string. A mistake (not a whole number, below 1, a page
 * size over its limit) is a VALIDATION error (422) with a Dutch message; an ABSURD page number
 * (over MAX_PAGE, e.g. ?page=1000000000000000) is a bad request (HTTP 400), never an offset the
 * database cannot hold (a 500). parseInput (src/lib/result.ts) answers 400 for any issue marked
 * with BAD_REQUEST_ISSUE.
 */
import { z } from "zod";

const MAX_PAGE = 1_000_000;
/** zod issue params that make parseInput answer 400 (bad request) instead of 422. */
const BAD_REQUEST_ISSUE = { httpStatus: 400 } as const;

export function pageNumber(label: string, max?: number) {
  const whole = `${label} moet een heel getal zijn.`;
  // Custom checks: zod keeps `params` only on custom issues.
  return z.coerce.number({ error: whole }).superRefine((n, ctx) => {
    if (!Number.isInteger(n)) ctx.addIssue({ code: "custom", message: whole });
    else if (n < 1) ctx.addIssue({ code: "custom", message: `${label} moet 1 of hoger zijn.` });
    else if (max !== undefined && n > max) ctx.addIssue({ code: "custom", message: `${label} mag hoogstens ${max} zijn.` });
    else if (n > MAX_PAGE) ctx.addIssue({ code: "custom", message: `${label} mag hoogstens ${MAX_PAGE} zijn.`, params: BAD_REQUEST_ISSUE });
  });
}
