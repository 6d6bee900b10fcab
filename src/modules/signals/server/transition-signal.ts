import { randomUUID } from "node:crypto";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { appendSignalAudit } from "@/lib/audit/signal-audit";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { assignmentMailJob } from "../jobs/assignment-mail";
import { reporterFeedbackJob } from "../jobs/reporter-feedback";
import { reporterUpdateJob } from "../jobs/reporter-update";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import { canSeePersonal, checkTransition, dueAtFor, isClosed, reporterMailFor, type SignalStatus } from "../flow";
import { ZTransitionInput } from "../schemas";
import { actorIdOf, categoriesFor, enc, settingsFor } from "./common";
import { visibleWhere } from "./read-signals";

const MESSAGES = {
  NOT_ALLOWED: "Deze stap kan nu niet. Kies een andere stap.",
  ROLE: "Je mag deze stap niet zetten.",
  REASON_REQUIRED: "Schrijf kort waarom.",
  OUTCOME_REQUIRED: "Kies een uitkomst om af te sluiten.",
  REFERRAL_REQUIRED: "Vul in waar je naar doorverwijst.",
} as const;
const FIELD = {
  NOT_ALLOWED: "to",
  ROLE: "to",
  REASON_REQUIRED: "reason",
  OUTCOME_REQUIRED: "outcome",
  REFERRAL_REQUIRED: "referralTo",
} as const;

/** Stable codes and Dutch messages for a signal that may not be processed (issue 21). */
const SIGNAL_ERASED = "Dit signaal is gewist. Het is afgesloten en kan niet meer worden gewijzigd.";
const SIGNAL_RESTRICTED =
  "De bewoner heeft gevraagd de gegevens op slot te zetten. Zolang de regisseur ze niet van slot haalt, kan dit signaal niet worden gewijzigd.";

/**
 * An erased signal is closed for good; a restricted one (AVG art. 18) is only stored until the
 * restriction is lifted: no step, no assignment, no new reason. The database refuses the same
 * (trigger signal_processing_guard), so no other path can get round it.
 */
function assertProcessable(row: { erasedAt: Date | null; restricted: boolean }): void {
  if (row.erasedAt) throw new AppError("SIGNAL_ERASED", SIGNAL_ERASED, { status: 409 });
  if (row.restricted) throw new AppError("SIGNAL_RESTRICTED", SIGNAL_RESTRICTED, { status: 409 });
}

const TEAM_ROLE: Partial<Record<SignalStatus, string>> = { TEAM_WELZIJN: "TEAM_WELZIJN", TEAM_EENZAAMHEID: "TEAM_EENZAAMHEID" };

/**
 * Move a signal to its next step (flow.ts decides what is allowed for whom), record who/when/why,
 * optionally assign a team member, a volunteer, a referral or an outcome. After commit: the
 * reporter mail (picked up / closed) and the assignment mail are queued.
 */
export async function transitionSignal(ctx: TenantContext, id: string, input: unknown) {
  if (!can(ctx.role, "signals:work")) throw forbidden();
  const data = parseInput(ZTransitionInput, input);
  const g = ctx.gemeente.id;
  const result = await ctx.run(async (db) => {
    const row = await db.signal.findFirst({ where: { AND: [{ id }, visibleWhere(ctx)] } });
    if (!row) throw notFound();
    const from = row.status as SignalStatus;
    assertProcessable(row);
    if (!canSeePersonal(ctx.role, ctx.userId, row)) throw forbidden();
    const check = checkTransition(from, data.to, ctx.role, data);
    if (!check.ok) {
      throw new AppError("VALIDATION", MESSAGES[check.reason], { fieldErrors: { [FIELD[check.reason]]: [MESSAGES[check.reason]] } });
    }
    // Assignees must be members of this gemeente with the right role.
    let assigneeUserId: string | null = row.assigneeUserId;
    const teamRole = TEAM_ROLE[data.to];
    if (teamRole) {
      assigneeUserId = null;
      if (data.assigneeUserId) {
        const m = await db.membership.findFirst({
          where: { userId: data.assigneeUserId, role: teamRole as "TEAM_WELZIJN" },
          select: { id: true },
        });
        if (!m)
          throw new AppError("VALIDATION", "Kies een medewerker van dit team.", {
            fieldErrors: { assigneeUserId: ["Kies een medewerker van dit team."] },
          });
        assigneeUserId = data.assigneeUserId;
      }
    }
    let volunteerUserId = row.volunteerUserId;
    if (data.to === "VRIJWILLIGER") {
      const m = data.volunteerUserId
        ? await db.membership.findFirst({ where: { userId: data.volunteerUserId, role: "VRIJWILLIGER" }, select: { id: true } })
        : null;
      if (!m)
        throw new AppError("VALIDATION", "Kies een getrainde vrijwilliger.", {
          fieldErrors: { volunteerUserId: ["Kies een getrainde vrijwilliger."] },
        });
      volunteerUserId = data.volunteerUserId!;
    }
    if (data.category && !(await categoriesFor(db, g)).some((c) => c.key === data.category)) {
      throw new AppError("VALIDATION", "Kies een hulpvraag uit de lijst van de gemeente.", {
        fieldErrors: { category: ["Kies een hulpvraag uit de lijst van de gemeente."] },
      });
    }
    const now = new Date();
    const settings = await settingsFor(db, g);
    const transitionId = randomUUID();
    await db.signal.update({
      where: { id },
      data: {
        status: data.to,
        statusChangedAt: now,
        dueAt: dueAtFor(data.to, now, settings.deadlinesHours),
        assigneeUserId,
        volunteerUserId,
        ...(data.to === "DOORVERWEZEN" ? { referralTo: data.referralTo ?? null, supportOfferId: data.supportOfferId ?? null } : {}),
        ...(data.to === "AFGESLOTEN" ? { outcome: data.outcome ?? null } : {}),
        closedAt: isClosed(data.to) ? now : null,
        ...(data.category ? { category: data.category } : {}),
        ...(data.riskGroup ? { riskGroup: data.riskGroup } : {}),
      },
    });
    await db.signalTransition.create({
      data: {
        id: transitionId,
        gemeenteId: g,
        signalId: id,
        fromStatus: from,
        toStatus: data.to,
        actorUserId: ctx.userId,
        reasonEnc: enc(g, transitionId, "reason", data.reason),
        createdAt: now,
      },
    });
    await appendSignalAudit(db, {
      gemeenteId: g,
      signalId: id,
      actorUserId: actorIdOf(ctx),
      action: "signal.transition",
      detail: {
        from,
        to: data.to,
        classified: !!(data.category || data.riskGroup),
        assigned: assigneeUserId !== row.assigneeUserId,
        volunteer: volunteerUserId !== row.volunteerUserId,
      },
    });
    return {
      from,
      to: data.to,
      newAssignee: assigneeUserId && assigneeUserId !== row.assigneeUserId ? assigneeUserId : null,
      newVolunteer: volunteerUserId && volunteerUserId !== row.volunteerUserId ? volunteerUserId : null,
      hasReporterEmail: !!row.reporterEmailEnc && !row.erasedAt,
    };
  });
  // After commit (the queue is outside the transaction).
  const mail = reporterMailFor(result.from, result.to);
  if (mail && result.hasReporterEmail && mail !== "ONTVANGEN") {
    await enqueueJob(reporterUpdateJob, { gemeenteId: g, signalId: id, status: mail }, { onceKey: `${id}:${mail}` });
  }
  // The reporter's voice: one question after closing (the job checks erasure/restriction again).
  if (result.to === "AFGESLOTEN" && result.hasReporterEmail) {
    await enqueueJob(reporterFeedbackJob, { gemeenteId: g, signalId: id }, { onceKey: `${id}:feedback` });
  }
  for (const userId of [result.newAssignee, result.newVolunteer]) {
    if (userId) await enqueueJob(assignmentMailJob, { gemeenteSlug: ctx.gemeente.slug, signalId: id, userId });
  }
  return { id, status: result.to };
}
