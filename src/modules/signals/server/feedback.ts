/**
 * The reporter's voice (issue 16, item 9). After a signal is closed, a reporter who left an e-mail
 * address gets ONE question: did this help? (yes/no, with room for a short remark), through a
 * single-use link. Decision (README "De stem van de melder"):
 *
 * - Unlinkable by construction: a request row holds only the sha256 of the link's token, the gemeente
 *   and the month the signal was closed; the answer row only the gemeente, that month, yes/no and the
 *   remark (no time stamp, no signal id). Using the link deletes the request in the same transaction
 *   that stores the answer, so the link works once and nothing ties the answer to the signal.
 * - The remark is free text from the public: cut to REMARK_MAX characters, e-mail addresses and long
 *   digit runs (phone numbers, postcodes with numbers) replaced by "[weggelaten]" before it is stored.
 *   It is shown only to the regisseur (signals:assess) on the dashboard; it never reaches the council
 *   report, the CSV export or any public page. Retention deletes answers with the signals' retention.
 * - The mail job respects the lifecycle: no mail for an erased or restricted signal, nor when the
 *   address is gone (erased by retention) or the signal is no longer closed.
 */
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { TenantContext } from "@/lib/auth/context";
import { publicTenant } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/tenant";
import { isStorableText } from "@/lib/input/text";
import { AppError, forbidden, parseInput } from "@/lib/result";

export const REMARK_MAX = 500;
export const FEEDBACK_LINK_DAYS = 60;
export const FEEDBACK_USED = "Deze link is al gebruikt of verlopen. Bedankt voor uw moeite.";

const feedbackTokenHash = (token: string) => createHash("sha256").update(`signal-feedback|${token}`).digest("hex");

const monthFmt = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", timeZone: "Europe/Amsterdam" });
/** "2026-12": the month (Dutch time) a signal was closed. */
const periodOf = (d: Date) => monthFmt.format(d).slice(0, 7);

/**
 * Screen a remark: at most REMARK_MAX characters, no e-mail addresses, no runs of 6+ digits (phone
 * numbers, house numbers with postcode). Linear: one pass over whitespace-separated words.
 */
export function screenRemark(text: string): string | null {
  const words = text.slice(0, REMARK_MAX * 2).split(/\s+/);
  const out = words.map((w) => {
    if (w.includes("@")) return "[weggelaten]";
    let run = 0;
    let longest = 0;
    for (const ch of w) {
      if (ch >= "0" && ch <= "9") longest = Math.max(longest, ++run);
      else if (ch !== "-" && ch !== "." && ch !== "(" && ch !== ")" && ch !== "+") run = 0;
    }
    return longest >= 6 ? "[weggelaten]" : w;
  });
  const joined = out.join(" ").trim().slice(0, REMARK_MAX).trim();
  return joined ? joined : null;
}

const ZFeedbackAnswer = z.object({
  token: z
    .string({ error: "Deze link is niet compleet." })
    .trim()
    .min(20, "Deze link is niet compleet.")
    .max(100, "Deze link is niet compleet."),
  helped: z.enum(["ja", "nee"], { error: "Kies ja of nee." }),
  remark: z
    .string()
    .max(REMARK_MAX * 4, `Gebruik maximaal ${REMARK_MAX} tekens.`)
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined))
    .pipe(
      z
        .string()
        .max(REMARK_MAX, `Gebruik maximaal ${REMARK_MAX} tekens.`)
        .refine(isStorableText, "Deze tekst bevat een teken dat niet kan worden opgeslagen.")
        .optional(),
    ),
});

/** Inside the mail job's tenant transaction: a new single-use request; returns the token (only ever in the mail). */
export async function createFeedbackRequest(db: Db, gemeenteId: string, closedAt: Date, now = new Date()): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.signalFeedbackRequest.create({
    data: {
      tokenHash: feedbackTokenHash(token),
      gemeenteId,
      period: periodOf(closedAt),
      expiresAt: new Date(now.getTime() + FEEDBACK_LINK_DAYS * 86_400_000),
    },
  });
  return token;
}

/** Is this link still usable? (The answer page asks before showing the question.) */
export async function feedbackLinkValid(gemeenteSlug: string, token: string, now = new Date()): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const ctx = await publicTenant(gemeenteSlug);
  const row = await ctx.run((db) =>
    db.signalFeedbackRequest.findUnique({ where: { tokenHash: feedbackTokenHash(token) }, select: { expiresAt: true } }),
  );
  return !!row && row.expiresAt > now;
}

/**
 * Store an answer and use up the link, in one transaction: the request row is deleted first; if it
 * was not there (used, expired, another gemeente), nothing is stored.
 */
export async function answerFeedback(gemeenteSlug: string, input: unknown, now = new Date()): Promise<{ ok: true }> {
  const data = parseInput(ZFeedbackAnswer, input);
  const ctx = await publicTenant(gemeenteSlug);
  const g = ctx.gemeente.id;
  await ctx.run(async (db) => {
    // DELETE … RETURNING: two answers with one link race on the same row; only one gets it back.
    const used = await db.$queryRaw<{ period: string }[]>`
      DELETE FROM "SignalFeedbackRequest" WHERE "tokenHash" = ${feedbackTokenHash(data.token)} AND "gemeenteId" = ${g} AND "expiresAt" > ${now}
      RETURNING period`;
    if (used.length !== 1) throw new AppError("FEEDBACK_USED", FEEDBACK_USED, { status: 410 });
    await db.signalFeedback.create({
      data: {
        gemeenteId: g,
        period: used[0]!.period,
        helped: data.helped === "ja",
        remark: data.remark ? screenRemark(data.remark) : null,
      },
    });
  });
  return { ok: true };
}

export type SatisfactionFigure = {
  answers: number;
  helped: number;
  /** Share that said yes, 0–100 whole percent; null without answers. */ percent: number | null;
};

/** Satisfaction over answers whose signal was closed in [from, to) (by month). Counts only. */
export async function satisfactionFigure(ctx: TenantContext, period: { from: Date | null; to: Date }): Promise<SatisfactionFigure> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const fromP = period.from ? periodOf(period.from) : "0000-00";
  const toP = periodOf(period.to);
  const rows = await ctx.run((db) =>
    db.signalFeedback.groupBy({
      by: ["helped"],
      where: { gemeenteId: ctx.gemeente.id, period: { gte: fromP, lte: toP } },
      _count: { _all: true },
    }),
  );
  const answers = rows.reduce((n, r) => n + r._count._all, 0);
  const helped = rows.find((r) => r.helped)?._count._all ?? 0;
  return { answers, helped, percent: answers ? Math.round((helped / answers) * 100) : null };
}

/** The latest remarks, for the regisseur only (never in a public document or export). */
export async function latestRemarks(ctx: TenantContext, take = 10): Promise<{ period: string; helped: boolean; remark: string }[]> {
  if (!can(ctx.role, "signals:assess")) throw forbidden();
  const rows = await ctx.run((db) =>
    db.signalFeedback.findMany({
      where: { gemeenteId: ctx.gemeente.id, remark: { not: null } },
      orderBy: { period: "desc" },
      take,
      select: { period: true, helped: true, remark: true },
    }),
  );
  return rows.map((r) => ({ period: r.period, helped: r.helped, remark: r.remark! }));
}

/** Retention: answers (and unused requests) older than the signals' retention go. */
export async function pruneFeedback(db: Db, gemeenteId: string, retentionMonths: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
  const [a] = await Promise.all([
    db.signalFeedback.deleteMany({ where: { gemeenteId, period: { lt: periodOf(cutoff) } } }),
    db.signalFeedbackRequest.deleteMany({ where: { gemeenteId, expiresAt: { lt: now } } }),
  ]);
  return a.count;
}
