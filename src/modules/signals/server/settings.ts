/**
 * Signaalpunt settings. For the gemeente (regisseur only): how long personal data is kept after
 * closing, the deadline per step, the default mail choice; the retention dry run and run. For each
 * member: how they want signal mail (a mail per assignment, or one daily digest).
 * Every settings change and every erasure is written to the hash-chained audit log.
 */
import { z } from "zod";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { appendSignalAudit } from "@/lib/audit/signal-audit";
import type { Db } from "@/lib/db/tenant";
import { AppError, assertStorableText, forbidden, parseInput } from "@/lib/result";
import { DEFAULT_DEADLINE_HOURS, SIGNAL_STATUSES, type SignalStatus } from "../flow";
import { parseCategoriesText, type SignalCategory } from "../categories";
import { signalCategoriesOf, signalSettingsOf } from "../schemas";
import { actorIdOf } from "./common";
import { readSettings, writeSettings } from "@/modules/gemeenten/server";
import { applyRetention, DEFAULT_STALE_OPEN_MONTHS } from "./privacy";

const DEFAULT_RETENTION_MONTHS = 12;
const DEFAULT_CANCELLED_RETENTION_MONTHS = 3;

/** The steps that have a deadline (closed and cancelled have none). */
export const DEADLINE_STEPS = SIGNAL_STATUSES.filter((s) => DEFAULT_DEADLINE_HOURS[s] != null) as SignalStatus[];

const months = (min: number, label: string) =>
  z.coerce
    .number({ error: `Vul een aantal maanden in bij ${label}.` })
    .int(`Vul een heel aantal maanden in bij ${label}.`)
    .min(min, `Kies minstens ${min} ${min === 1 ? "maand" : "maanden"} bij ${label}.`)
    .max(120, `Kies hoogstens 120 maanden bij ${label}.`);
const days = z.coerce
  .number({ error: "Vul een aantal dagen in." })
  .int("Vul een heel aantal dagen in.")
  .min(1, "Kies minstens 1 dag.")
  .max(365, "Kies hoogstens 365 dagen.");

/** The regisseur's form. Deadlines in whole days (stored as hours, as flow.ts uses them). */
const ZSignalSettingsInput = z.object({
  retentionMonths: months(1, "afgesloten signalen"),
  cancelledRetentionMonths: months(0, "geannuleerde signalen"),
  /** Optional in the input: a form or API call without it keeps the stored value. */
  staleOpenMonths: months(3, "open signalen zonder activiteit").optional(),
  deadlineDays: z.partialRecord(z.enum(DEADLINE_STEPS as [SignalStatus, ...SignalStatus[]]), days).default({}),
  dailyDigest: z.boolean().default(false),
});

export type EffectiveSignalSettings = {
  retentionMonths: number;
  cancelledRetentionMonths: number;
  staleOpenMonths: number;
  deadlineDays: Record<string, number>;
  dailyDigest: boolean;
};

function assess(ctx: TenantContext) {
  if (!can(ctx.role, "signals:assess")) throw forbidden();
}

function effective(settings: unknown): EffectiveSignalSettings {
  const s = signalSettingsOf(settings);
  const deadlineDays: Record<string, number> = {};
  for (const step of DEADLINE_STEPS) {
    const hours = s.deadlinesHours?.[step] ?? DEFAULT_DEADLINE_HOURS[step]!;
    deadlineDays[step] = Math.max(1, Math.round(hours / 24));
  }
  return {
    retentionMonths: s.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    cancelledRetentionMonths: s.cancelledRetentionMonths ?? DEFAULT_CANCELLED_RETENTION_MONTHS,
    staleOpenMonths: s.staleOpenMonths ?? DEFAULT_STALE_OPEN_MONTHS,
    deadlineDays,
    dailyDigest: s.dailyDigest ?? false,
  };
}

/** The gemeente's signal settings with defaults filled in (regisseur only). */
export async function getSignalSettings(ctx: TenantContext): Promise<EffectiveSignalSettings> {
  assess(ctx);
  return ctx.run(async (db) => {
    const g = await db.gemeente.findUnique({ where: { id: ctx.gemeente.id }, select: { settings: true } });
    return effective(g?.settings);
  });
}

/** Save the gemeente's signal settings (only the signals part of Gemeente.settings; audited). */
export async function updateSignalSettings(ctx: TenantContext, input: unknown): Promise<EffectiveSignalSettings> {
  assess(ctx);
  const data = parseInput(ZSignalSettingsInput, input);
  return ctx.run(async (db) => {
    const current = await readSettings(db, ctx.gemeente.id);
    const before = signalSettingsOf(current);
    const deadlinesHours: Partial<Record<SignalStatus, number>> = { ...before.deadlinesHours };
    for (const [step, d] of Object.entries(data.deadlineDays)) deadlinesHours[step as SignalStatus] = d * 24;
    const signals = await writeSettings(
      db,
      ctx.gemeente.id,
      {
        retentionMonths: data.retentionMonths,
        cancelledRetentionMonths: data.cancelledRetentionMonths,
        ...(data.staleOpenMonths !== undefined ? { staleOpenMonths: data.staleOpenMonths } : {}),
        deadlinesHours,
        dailyDigest: data.dailyDigest,
      },
      { part: "signals", current },
    );
    await appendSignalAudit(db, {
      gemeenteId: ctx.gemeente.id,
      signalId: null,
      actorUserId: actorIdOf(ctx),
      action: "signal.settings",
      detail: {
        retentionMonths: data.retentionMonths,
        cancelledRetentionMonths: data.cancelledRetentionMonths,
        staleOpenMonths: data.staleOpenMonths ?? null,
        deadlinesHours: Object.entries(deadlinesHours).map(([k, v]) => `${k}=${v}`),
        dailyDigest: data.dailyDigest,
      },
    });
    return effective({ signals });
  });
}

/**
 * Replace the gemeente's hulpvragen (regisseur only): one per line, parsed by parseCategoriesText (a
 * label already listed keeps its key). A hulpvraag that signals have cannot be taken off the list:
 * their titles, filters and figures would lose it; "when in doubt, don't". Other settings are kept;
 * the change is audited with the keys (labels are the gemeente's words, never personal data).
 */
export async function setSignalCategories(ctx: TenantContext, input: { text?: unknown }): Promise<SignalCategory[]> {
  assess(ctx);
  if (typeof input.text !== "string" || input.text.length > 10_000) {
    throw new AppError("VALIDATION", undefined, { fieldErrors: { categories: ["Vul de hulpvragen in, één per regel."] } });
  }
  assertStorableText({ categories: input.text });
  const text = input.text;
  return ctx.run(async (db) => {
    const current = await readSettings(db, ctx.gemeente.id);
    const before = signalCategoriesOf(current);
    const parsed = parseCategoriesText(text, before);
    if (!parsed.ok) throw new AppError("VALIDATION", parsed.message, { fieldErrors: { categories: [parsed.message] } });
    const removed = before.filter((c) => !parsed.categories.some((n) => n.key === c.key));
    if (removed.length) {
      const used = await db.signal.groupBy({
        by: ["category"],
        where: { category: { in: removed.map((c) => c.key) } },
        _count: { _all: true },
      });
      if (used.length) {
        const names = removed
          .filter((c) => used.some((u) => u.category === c.key))
          .map((c) => `${c.label} (${used.find((u) => u.category === c.key)!._count._all})`);
        const message = `Deze hulpvraag hoort bij signalen en kan niet van de lijst: ${names.join(", ")}. Zet hem terug in de lijst. Een andere naam? Voeg die toe als nieuwe regel.`;
        throw new AppError("VALIDATION", message, { fieldErrors: { categories: [message] } });
      }
    }
    await writeSettings(db, ctx.gemeente.id, { categories: parsed.categories }, { part: "signals", current });
    await appendSignalAudit(db, {
      gemeenteId: ctx.gemeente.id,
      signalId: null,
      actorUserId: actorIdOf(ctx),
      action: "signal.categories",
      detail: { categories: parsed.categories.map((c) => c.key) },
    });
    return parsed.categories;
  });
}

export type RetentionPreview = { closed: number; cancelled: number; stale: number; noticed: number; ids: string[] };

/** "Wat zou nu gewist worden": counts and ids only, never personal data (regisseur only). */
export async function previewRetention(ctx: TenantContext, now = new Date()): Promise<RetentionPreview> {
  assess(ctx);
  const r = await applyRetention(ctx.gemeente.id, { dryRun: true, now });
  return {
    closed: r.signals.filter((s) => s.why === "closed").length,
    cancelled: r.signals.filter((s) => s.why === "cancelled").length,
    stale: r.signals.filter((s) => s.why === "stale").length,
    noticed: r.noticed.length,
    ids: r.signals.map((s) => s.id),
  };
}

/** Run retention now, by the regisseur (recorded as the actor of every erasure). Needs a confirmation. */
export async function runRetentionNow(ctx: TenantContext, input: unknown, now = new Date()): Promise<{ erased: number }> {
  assess(ctx);
  parseInput(z.object({ confirm: z.literal(true, { error: "Zet een vinkje om te bevestigen." }) }), input);
  if (!ctx.userId) throw forbidden();
  const r = await applyRetention(ctx.gemeente.id, { dryRun: false, now, actorUserId: ctx.userId });
  return { erased: r.signals.length };
}

// ---------- Per member: how they want signal mail ----------

const MAIL_MODES = ["DIRECT", "DAGELIJKS"] as const;
export type MailMode = (typeof MAIL_MODES)[number];
const ZMailPreference = z.object({ mode: z.enum(MAIL_MODES, { error: "Kies hoe je e-mail wilt krijgen." }) });

/** Modes for these members: their own choice, else the gemeente's default. Works inside any tenant scope. */
export async function mailModesFor(db: Db, gemeenteId: string, userIds: string[]): Promise<Map<string, MailMode>> {
  const [g, prefs] = await Promise.all([
    db.gemeente.findUnique({ where: { id: gemeenteId }, select: { settings: true } }),
    db.signalMailPreference.findMany({ where: { userId: { in: userIds } }, select: { userId: true, mode: true } }),
  ]);
  const fallback: MailMode = signalSettingsOf(g?.settings).dailyDigest ? "DAGELIJKS" : "DIRECT";
  const out = new Map<string, MailMode>(userIds.map((id) => [id, fallback]));
  for (const p of prefs) out.set(p.userId, p.mode);
  return out;
}

function worker(ctx: TenantContext): string {
  if (!can(ctx.role, "signals:work")) throw forbidden();
  if (!ctx.userId) throw forbidden();
  return ctx.userId;
}

/** One's own choice in this gemeente (anyone who works signals). */
export async function getMailPreference(ctx: TenantContext): Promise<{ mode: MailMode; chosen: boolean }> {
  const userId = worker(ctx);
  return ctx.run(async (db) => {
    const own = await db.signalMailPreference.findFirst({ where: { userId }, select: { mode: true } });
    if (own) return { mode: own.mode, chosen: true };
    return { mode: (await mailModesFor(db, ctx.gemeente.id, [userId])).get(userId)!, chosen: false };
  });
}

/** Set one's own choice (never someone else's: the user comes from the session). */
export async function setMailPreference(ctx: TenantContext, input: unknown): Promise<{ mode: MailMode }> {
  const userId = worker(ctx);
  const { mode } = parseInput(ZMailPreference, input);
  return ctx.run(async (db) => {
    const m = await db.membership.findFirst({ where: { userId }, select: { id: true } });
    if (!m) throw new AppError("FORBIDDEN");
    await db.signalMailPreference.upsert({
      where: { gemeenteId_userId: { gemeenteId: ctx.gemeente.id, userId } },
      create: { gemeenteId: ctx.gemeente.id, userId, mode },
      update: { mode },
    });
    return { mode };
  });
}
