/** Part of the Dutch catalogue (nl.ts, which assembles it): the `labels` section. */
/**
 * The names of the domain's values (steps, statuses, target groups, …) for the server-rendered pages. The Dutch
 * names live once, in their module's label table (pure files: client forms, exports, mails and PDFs read those);
 * this section points at them, so a server page reads `t.labels.step[…]` and gets English beside it (en-labels.ts).
 * Shared audience: no "u", no "je".
 */
import {
  CHANNEL_LABELS,
  CONTACT_KIND_LABELS,
  CONTRIBUTION_LABELS,
  DOUBT_DECISION_LABELS,
  FIVE_M_LABELS,
  LEAD_SOURCE_LABELS,
  MOTIVE_LABELS,
  STEP_CHANGE_WORDS,
  STEP_LABELS,
  STOPPED_WORDS,
  TEMPLATE_LABELS,
} from "@/modules/engagement/labels";
import { SCREENING_LABELS } from "@/modules/engagement/screening";
import { SECTOR_LABELS } from "@/modules/engagement/sectors";
import { MATRIX_CRITERION_LABELS } from "@/modules/engagement/matrix";
import { DEADLINE_LABELS, OUTCOME_LABELS, SOURCE_LABELS, STATUS_LABELS } from "@/modules/signals/labels";
import {
  ACCESSIBILITY_LABELS,
  COST_KIND_LABELS,
  DAY_LABELS,
  DAYPART_LABELS,
  DEGREE_LABELS,
  TARGET_GROUP_LABELS,
} from "@/modules/offer/schemas";
import { CAMPAIGN_KIND_LABELS, CAMPAIGN_STATUS_LABELS, MONTH_NAMES } from "@/modules/campaigns/schemas";
import { COALITION_CIRCLE_LABELS, PARTNER_KIND_LABELS } from "@/modules/partners/labels";
import { INPUT_STATUS_LABELS, RISK_GROUP_LABELS } from "@/modules/coalition/schemas";
import { EVENT_KIND_LABELS } from "@/modules/events/schemas";
import { PLAN_STATUS_LABELS } from "@/modules/plan/plan-items";
import { BUDGET_LINE_LABELS } from "@/modules/plan/budget";
import { INDICATOR_LABELS, SIGNAL_FIGURE_LABELS } from "@/modules/plan/indicator-labels";
import { PERIOD_WORDS, SATISFACTION_WORDS } from "@/modules/plan/period-words";

export const labels = {
  step: STEP_LABELS,
  leadSource: LEAD_SOURCE_LABELS,
  channel: CHANNEL_LABELS,
  contactKind: CONTACT_KIND_LABELS,
  contribution: CONTRIBUTION_LABELS,
  motive: MOTIVE_LABELS,
  fiveM: FIVE_M_LABELS,
  template: TEMPLATE_LABELS,
  sector: SECTOR_LABELS,
  matrixCriterion: MATRIX_CRITERION_LABELS,
  doubtDecision: DOUBT_DECISION_LABELS,
  stepChange: STEP_CHANGE_WORDS,
  stopped: STOPPED_WORDS,
  screening: SCREENING_LABELS,
  signalStatus: STATUS_LABELS,
  outcome: OUTCOME_LABELS,
  source: SOURCE_LABELS as Record<"PUBLIEK_FORMULIER" | "PARTNER" | "ONDERNEMER" | "LOKET_TELEFOON", string>,
  deadline: DEADLINE_LABELS,
  targetGroup: TARGET_GROUP_LABELS,
  degree: DEGREE_LABELS,
  day: DAY_LABELS,
  daypart: DAYPART_LABELS,
  costKind: COST_KIND_LABELS,
  accessibility: ACCESSIBILITY_LABELS,
  campaignKind: CAMPAIGN_KIND_LABELS,
  campaignStatus: CAMPAIGN_STATUS_LABELS,
  month: MONTH_NAMES as readonly string[],
  partnerKind: PARTNER_KIND_LABELS,
  circle: COALITION_CIRCLE_LABELS,
  klankbordRiskGroup: RISK_GROUP_LABELS,
  inputStatus: INPUT_STATUS_LABELS,
  eventKind: EVENT_KIND_LABELS,
  planStatus: PLAN_STATUS_LABELS,
  budgetLine: BUDGET_LINE_LABELS,
  indicator: INDICATOR_LABELS,
  signalFigure: SIGNAL_FIGURE_LABELS,
  period: PERIOD_WORDS,
  satisfaction: SATISFACTION_WORDS,
};
