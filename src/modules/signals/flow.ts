/**
 * The follow-up flow of a signal (stappenplan Terneuzen, steps 7–8) as data. Pure: no database.
 * received → assessed (regisseur) → first intake (loket) → team welzijn | team eenzaamheid
 * → optional trained volunteer → referred → closed (with an outcome). Steps can be revisited.
 */
import { SignalOutcome as SignalOutcomeEnum, SignalStatus as SignalStatusEnum } from "@/generated/prisma/enums";
import { SIGNAL_REACH, type ActingRole } from "@/lib/auth/permissions";
import { enumValues } from "@/lib/enum-values";

export const SIGNAL_STATUSES = enumValues(SignalStatusEnum);
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export const SIGNAL_OUTCOMES = enumValues(SignalOutcomeEnum);
export type SignalOutcome = (typeof SIGNAL_OUTCOMES)[number];

type Role = ActingRole;

const WORKERS: Role[] = ["REGISSEUR", "LOKET", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"];

/** from → to → roles that may make that move. */
export const TRANSITIONS: Readonly<Record<SignalStatus, Partial<Record<SignalStatus, readonly Role[]>>>> = {
  ONTVANGEN: { BEOORDEELD: ["REGISSEUR"], GEANNULEERD: ["REGISSEUR"] },
  BEOORDEELD: { EERSTE_INTAKE: ["REGISSEUR", "LOKET"], ONTVANGEN: ["REGISSEUR"], GEANNULEERD: ["REGISSEUR"] },
  EERSTE_INTAKE: {
    TEAM_WELZIJN: ["REGISSEUR", "LOKET"],
    TEAM_EENZAAMHEID: ["REGISSEUR", "LOKET"],
    DOORVERWEZEN: ["REGISSEUR", "LOKET"],
    AFGESLOTEN: ["REGISSEUR", "LOKET"],
    BEOORDEELD: ["REGISSEUR"],
    GEANNULEERD: ["REGISSEUR"],
  },
  TEAM_WELZIJN: {
    VRIJWILLIGER: ["REGISSEUR", "TEAM_WELZIJN"],
    DOORVERWEZEN: ["REGISSEUR", "TEAM_WELZIJN"],
    AFGESLOTEN: ["REGISSEUR", "TEAM_WELZIJN"],
    TEAM_EENZAAMHEID: ["REGISSEUR", "TEAM_WELZIJN"],
    EERSTE_INTAKE: ["REGISSEUR", "LOKET", "TEAM_WELZIJN"],
  },
  TEAM_EENZAAMHEID: {
    VRIJWILLIGER: ["REGISSEUR", "TEAM_EENZAAMHEID"],
    DOORVERWEZEN: ["REGISSEUR", "TEAM_EENZAAMHEID"],
    AFGESLOTEN: ["REGISSEUR", "TEAM_EENZAAMHEID"],
    TEAM_WELZIJN: ["REGISSEUR", "TEAM_EENZAAMHEID"],
    EERSTE_INTAKE: ["REGISSEUR", "LOKET", "TEAM_EENZAAMHEID"],
  },
  VRIJWILLIGER: {
    DOORVERWEZEN: ["REGISSEUR", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"],
    AFGESLOTEN: ["REGISSEUR", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"],
    TEAM_WELZIJN: ["REGISSEUR", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"],
    TEAM_EENZAAMHEID: ["REGISSEUR", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"],
  },
  DOORVERWEZEN: {
    AFGESLOTEN: WORKERS,
    TEAM_WELZIJN: ["REGISSEUR", "TEAM_WELZIJN"],
    TEAM_EENZAAMHEID: ["REGISSEUR", "TEAM_EENZAAMHEID"],
  },
  AFGESLOTEN: { BEOORDEELD: ["REGISSEUR"] },
  GEANNULEERD: {},
};

export type TransitionCheck =
  { ok: true } | { ok: false; reason: "NOT_ALLOWED" | "ROLE" | "OUTCOME_REQUIRED" | "REFERRAL_REQUIRED" | "REASON_REQUIRED" };

export function checkTransition(
  from: SignalStatus,
  to: SignalStatus,
  role: Role,
  extra: { outcome?: string | null; referralTo?: string | null; reason?: string | null } = {},
): TransitionCheck {
  const roles = TRANSITIONS[from]?.[to];
  if (!roles) return { ok: false, reason: "NOT_ALLOWED" };
  if (!roles.includes(role)) return { ok: false, reason: "ROLE" };
  if (!extra.reason?.trim()) return { ok: false, reason: "REASON_REQUIRED" };
  if (to === "AFGESLOTEN" && !extra.outcome) return { ok: false, reason: "OUTCOME_REQUIRED" };
  if (to === "DOORVERWEZEN" && !extra.referralTo?.trim()) return { ok: false, reason: "REFERRAL_REQUIRED" };
  return { ok: true };
}

export function nextStatuses(from: SignalStatus, role: Role): SignalStatus[] {
  return (Object.entries(TRANSITIONS[from] ?? {}) as [SignalStatus, readonly Role[]][]).filter(([, r]) => r.includes(role)).map(([s]) => s);
}

/** What a reporter (public, ondernemer, partner) may see: three states, nothing about the person. */
export type ReporterStatus = "ONTVANGEN" | "OPGEPAKT" | "AFGESLOTEN";
export function reporterStatus(status: SignalStatus): ReporterStatus {
  if (status === "ONTVANGEN" || status === "BEOORDEELD") return "ONTVANGEN";
  if (status === "AFGESLOTEN" || status === "GEANNULEERD") return "AFGESLOTEN";
  return "OPGEPAKT";
}

/** The reporter gets a mail when the reporter-visible status changes to OPGEPAKT or AFGESLOTEN. */
export function reporterMailFor(from: SignalStatus, to: SignalStatus): ReporterStatus | null {
  const a = reporterStatus(from);
  const b = reporterStatus(to);
  return a !== b && b !== "ONTVANGEN" ? b : null;
}

/** Default deadlines in hours per step ("who picks a signal up and how fast"). */
export const DEFAULT_DEADLINE_HOURS: Readonly<Record<SignalStatus, number | null>> = {
  ONTVANGEN: 48,
  BEOORDEELD: 72,
  EERSTE_INTAKE: 120,
  TEAM_WELZIJN: 240,
  TEAM_EENZAAMHEID: 240,
  VRIJWILLIGER: 336,
  DOORVERWEZEN: 720,
  AFGESLOTEN: null,
  GEANNULEERD: null,
};

export function dueAtFor(status: SignalStatus, from: Date, overrides: Partial<Record<SignalStatus, number>> = {}): Date | null {
  const hours = overrides[status] ?? DEFAULT_DEADLINE_HOURS[status];
  return hours == null ? null : new Date(from.getTime() + hours * 3_600_000);
}

export const isClosed = (s: SignalStatus) => s === "AFGESLOTEN" || s === "GEANNULEERD";

/**
 * Who sees the resident's personal fields: the regisseur and the loket always; a team member when
 * the signal sits with their team unassigned or is assigned to them; a volunteer only when linked.
 * Ondernemers, partners and the public never (they see reporterStatus only).
 */
export function canSeePersonal(
  role: Role,
  userId: string | null,
  s: { status: SignalStatus; assigneeUserId: string | null; volunteerUserId: string | null },
): boolean {
  // The same reach as the work queue's where clause (SIGNAL_REACH in the permission table).
  const reach = SIGNAL_REACH[role];
  if (reach === "all") return true;
  if (!userId) return false;
  if (reach === "teamStep") {
    if (s.assigneeUserId === userId) return true;
    return s.assigneeUserId === null && s.status === role;
  }
  if (reach === "volunteer") return s.volunteerUserId === userId;
  return false;
}
