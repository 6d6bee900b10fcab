/**
 * Every job the platform knows. Adding a job = define it next to its domain
 * (`src/modules/<domain>/jobs/<verb-noun>.ts`, with `defineJob`) and add it to this list.
 * `enqueue` is typed from this list and the workers (`startJobs`) register exactly these.
 */
import type { z } from "zod";
import type { JobDefinition } from "./define";
import { mailSendJob } from "./mail-send";
import { dueDigestJob } from "../../modules/engagement/jobs/send-due-digest";
import { confirmRemindersJob } from "../../modules/offer/jobs/send-confirm-reminders";
import { reporterUpdateJob } from "../../modules/signals/jobs/reporter-update";
import { reporterFeedbackJob } from "../../modules/signals/jobs/reporter-feedback";
import { assignmentMailJob } from "../../modules/signals/jobs/assignment-mail";
import { overdueDigestJob } from "../../modules/signals/jobs/overdue-digest";
import { sendInvitationsJob } from "../../modules/events/jobs/send-invitations";
import { cancelledNoticeJob } from "../../modules/events/jobs/notify-cancelled";
import { retentionJob } from "../../modules/signals/jobs/retention";
import { authHousekeepingJob } from "../../modules/users/jobs/auth-housekeeping";
import { refreshNationalFiguresJob } from "../../modules/national/jobs/refresh-figures";

export const JOBS = [mailSendJob, dueDigestJob, confirmRemindersJob, reporterUpdateJob, reporterFeedbackJob, assignmentMailJob, overdueDigestJob, retentionJob, sendInvitationsJob, cancelledNoticeJob, authHousekeepingJob, refreshNationalFiguresJob] as const;

type AnyJob = (typeof JOBS)[number];
export type JobName = AnyJob["name"];
/** What `enqueue` accepts for a job (the schema's input type). */
export type JobPayload<N extends JobName> = z.input<Extract<AnyJob, { name: N }>["schema"]>;

export function jobByName(name: string): JobDefinition | undefined {
  return (JOBS as readonly JobDefinition[]).find((j) => j.name === name);
}
