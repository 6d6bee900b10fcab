/**
 * Every job the platform runs, wired here in the composition root so that src/lib/jobs (the queue)
 * imports no feature module (docs/ARCHITECTURE.md, "Layers and walls"). Adding a job = define it next
 * to its domain (`src/modules/<domain>/jobs/<verb-noun>.ts`, with `defineJob`) and add it to this list.
 * Code that enqueues imports the job's definition (`enqueueJob(def, payload)`, typed by its schema);
 * the workers (`npm run worker`, or inside the app) register exactly these.
 */
import type { JobDefinition } from "@/lib/jobs/define";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { dueDigestJob } from "@/modules/engagement/jobs/send-due-digest";
import { confirmRemindersJob } from "@/modules/offer/jobs/send-confirm-reminders";
import { reporterUpdateJob } from "@/modules/signals/jobs/reporter-update";
import { reporterFeedbackJob } from "@/modules/signals/jobs/reporter-feedback";
import { assignmentMailJob } from "@/modules/signals/jobs/assignment-mail";
import { overdueDigestJob } from "@/modules/signals/jobs/overdue-digest";
import { sendInvitationsJob } from "@/modules/events/jobs/send-invitations";
import { cancelledNoticeJob } from "@/modules/events/jobs/notify-cancelled";
import { retentionJob } from "@/modules/signals/jobs/retention";
import { authHousekeepingJob } from "@/modules/users/jobs/auth-housekeeping";
import { refreshNationalFiguresJob } from "@/modules/national/jobs/refresh-figures";

export const JOBS = [
  mailSendJob,
  dueDigestJob,
  confirmRemindersJob,
  reporterUpdateJob,
  reporterFeedbackJob,
  assignmentMailJob,
  overdueDigestJob,
  retentionJob,
  sendInvitationsJob,
  cancelledNoticeJob,
  authHousekeepingJob,
  refreshNationalFiguresJob,
] as const;

export function jobByName(name: string): JobDefinition | undefined {
  return (JOBS as readonly JobDefinition[]).find((j) => j.name === name);
}
