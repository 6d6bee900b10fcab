"use server";
/**
 * Server actions for entrepreneur engagement. Each checks the session and a permission itself
 * (server actions are public POST endpoints); the domain functions validate the input, check the
 * permission again and enforce the collaboration principles.
 *
 * The actions behind a form take its FormData (`(…ids, _prev, fd)`, for useActionForm: they also work
 * without JavaScript) and read it with the form's field list (./form-fields.ts) through
 * tenantFormAction, which refuses
 * anything else. The others (the matrix crosses, the one-click buttons) take their input as before.
 */
import type { FormState } from "@/lib/result";
import { tenantAction, tenantFormAction } from "@/server/action";
import type { FormFields } from "@/lib/input/form-values";
import {
  ACKNOWLEDGE_FORM,
  CLOSE_DOUBT_FORM,
  CONTACT_MOMENT_FORM,
  CONTACT_PERSON_FORM,
  CONTRIBUTION_FORM,
  MILESTONE_FORM,
  MOTIVES_FORM,
  MOVE_FORM,
  NO_FIELDS,
  promoteInput,
  PROMOTE_FORM,
  PROPOSITION_FORM,
  REASON_FORM,
  SETTINGS_FORM,
  TEMPLATE_FORM,
  UPDATE_VESTIGING_FORM,
  VESTIGING_FORM,
} from "./form-fields";
import { SEND_MAIL_FORM, sendMailInput } from "./send-mail-form";
import { createVestiging, setMotivesAndFiveMs, updateMatrix, updateVestiging } from "./server/registry";
import {
  moveStep,
  parkRelation,
  promoteToPipeline,
  recordAcknowledgement,
  restartRelation,
  reviveRelation,
  stopRelation,
} from "./server/pipeline";
import { addContactPerson, completeNextAction, recordContactMoment } from "./server/contacts";
import { celebrateMilestone, recordMilestone, updateEngagementSettings } from "./server/vasthouden";
import { addContribution, addPropositionItem } from "./server/contributions";
import { closeDoubt, raiseDoubt } from "./server/doubts";
import { logSentMail, sendTemplateMail, updateTemplate } from "./server/templates";
import { importLonglist } from "./server/import-longlist";

/** What a form action receives before its form, and what it answers (useActionForm's state). */
type Prev = FormState<unknown>;
type Answer = Promise<FormState<unknown>>;

/** The ambtenaar's pages that show engagement data; EXPOSED adds the public register. */
const STAFF = (slug: string) => [{ path: `/app/${slug}/ondernemers`, layout: true as const }];
const EXPOSED = (slug: string) => [...STAFF(slug), { path: `/g/${slug}`, layout: true as const }];
/**
 * A posted engagement form: its listed fields, and any other posted field passed on as it is, so the
 * strict schemas and the principles (principles.ts, which scans the raw input) refuse a forged
 * `exclusive=true` with its principle's own code instead of dropping it in silence.
 */
const posted = (fd: FormData, fields: FormFields) => ({ data: fd, fields, unlisted: "keep" as const });
/** With the overview, whose "Mijn acties" lists the next actions. */
const WITH_OVERVIEW = (slug: string) => [...STAFF(slug), `/app/${slug}`];

// Registry and matrix
export async function createVestigingAction(slug: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction("createVestigingAction", slug, "engagement:manage", posted(fd, VESTIGING_FORM), createVestiging, {
    refresh: STAFF,
  });
}
export async function updateVestigingAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "updateVestigingAction",
    slug,
    "engagement:manage",
    posted(fd, UPDATE_VESTIGING_FORM),
    (ctx, input) => updateVestiging(ctx, id, input),
    { refresh: EXPOSED },
  );
}
export async function updateMatrixAction(slug: string, id: string, input: unknown) {
  return tenantAction("updateMatrixAction", slug, "engagement:manage", (ctx) => updateMatrix(ctx, id, input), { refresh: STAFF });
}
export async function setMotivesAndFiveMsAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "setMotivesAndFiveMsAction",
    slug,
    "engagement:manage",
    posted(fd, MOTIVES_FORM),
    (ctx, input) => setMotivesAndFiveMs(ctx, id, input),
    { refresh: STAFF },
  );
}
export async function importLonglistAction(slug: string, csvText: unknown) {
  return tenantAction("importLonglistAction", slug, "engagement:manage", (ctx) => importLonglist(ctx, csvText), { refresh: STAFF });
}

// Pipeline
/** The matrix's two promote forms (the chosen rows, or the top N) post here. */
export async function promoteToPipelineAction(
  slug: string,
  _prev: FormState<Awaited<ReturnType<typeof promoteToPipeline>>>,
  fd: FormData,
): Promise<FormState<Awaited<ReturnType<typeof promoteToPipeline>>>> {
  return tenantFormAction(
    "promoteToPipelineAction",
    slug,
    "engagement:manage",
    posted(fd, PROMOTE_FORM),
    (ctx, input) => promoteToPipeline(ctx, promoteInput(input)),
    { refresh: STAFF },
  );
}
export async function moveStepAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction("moveStepAction", slug, "engagement:manage", posted(fd, MOVE_FORM), (ctx, input) => moveStep(ctx, id, input), {
    refresh: EXPOSED,
  });
}
export async function parkRelationAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "parkRelationAction",
    slug,
    "engagement:manage",
    posted(fd, REASON_FORM),
    (ctx, input) => parkRelation(ctx, id, input),
    { refresh: EXPOSED },
  );
}
export async function reviveRelationAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "reviveRelationAction",
    slug,
    "engagement:manage",
    posted(fd, REASON_FORM),
    (ctx, input) => reviveRelation(ctx, id, input),
    { refresh: EXPOSED },
  );
}
/** Staff (engagement:manage) or the entrepreneur for their own vestiging (checked in the domain). */
export async function recordAcknowledgementAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "recordAcknowledgementAction",
    slug,
    "gemeente:read",
    posted(fd, ACKNOWLEDGE_FORM),
    (ctx, input) => recordAcknowledgement(ctx, id, input),
    { refresh: EXPOSED },
  );
}
/** Staff or the entrepreneur for their own vestiging: immediate effect. */
export async function stopRelationAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "stopRelationAction",
    slug,
    "gemeente:read",
    posted(fd, REASON_FORM),
    (ctx, input) => stopRelation(ctx, id, input),
    { refresh: EXPOSED },
  );
}
export async function restartRelationAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "restartRelationAction",
    slug,
    "engagement:manage",
    posted(fd, REASON_FORM),
    (ctx, input) => restartRelation(ctx, id, input),
    { refresh: EXPOSED },
  );
}

// Contacts
export async function addContactPersonAction(slug: string, vestigingId: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "addContactPersonAction",
    slug,
    "engagement:manage",
    posted(fd, CONTACT_PERSON_FORM),
    (ctx, input) => addContactPerson(ctx, vestigingId, input),
    { refresh: STAFF },
  );
}
export async function recordContactMomentAction(slug: string, vestigingId: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "recordContactMomentAction",
    slug,
    "engagement:manage",
    posted(fd, CONTACT_MOMENT_FORM),
    (ctx, input) => recordContactMoment(ctx, vestigingId, input),
    { refresh: STAFF },
  );
}

// Vasthouden
export async function recordMilestoneAction(slug: string, vestigingId: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "recordMilestoneAction",
    slug,
    "engagement:manage",
    posted(fd, MILESTONE_FORM),
    (ctx, input) => recordMilestone(ctx, vestigingId, input),
    { refresh: STAFF },
  );
}
export async function celebrateMilestoneAction(slug: string, id: string) {
  return tenantAction("celebrateMilestoneAction", slug, "engagement:manage", (ctx) => celebrateMilestone(ctx, id), { refresh: EXPOSED });
}
export async function updateEngagementSettingsAction(slug: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "updateEngagementSettingsAction",
    slug,
    "engagement:manage",
    posted(fd, SETTINGS_FORM),
    updateEngagementSettings,
    { refresh: STAFF },
  );
}

// Contributions and propositie
export async function addContributionAction(slug: string, vestigingId: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "addContributionAction",
    slug,
    "engagement:manage",
    posted(fd, CONTRIBUTION_FORM),
    (ctx, input) => addContribution(ctx, vestigingId, input),
    { refresh: EXPOSED },
  );
}
export async function addPropositionItemAction(slug: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction("addPropositionItemAction", slug, "engagement:manage", posted(fd, PROPOSITION_FORM), addPropositionItem, {
    refresh: STAFF,
  });
}

// Templates
export async function updateTemplateAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "updateTemplateAction",
    slug,
    "engagement:manage",
    posted(fd, TEMPLATE_FORM),
    (ctx, input) => updateTemplate(ctx, id, input),
    { refresh: STAFF },
  );
}
export async function sendTemplateMailAction(slug: string, vestigingId: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "sendTemplateMailAction",
    slug,
    "engagement:manage",
    posted(fd, SEND_MAIL_FORM),
    (ctx, input) => sendTemplateMail(ctx, vestigingId, sendMailInput(input)),
    { refresh: STAFF },
  );
}
/** The same as the "Gedaan" form's action (bound to slug and id; the form has no fields), so it also works without JavaScript. */
export async function completeNextActionFormAction(slug: string, contactMomentId: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "completeNextActionFormAction",
    slug,
    "engagement:manage",
    { data: fd, fields: NO_FIELDS },
    (ctx) => completeNextAction(ctx, contactMomentId),
    { refresh: WITH_OVERVIEW },
  );
}
export async function logSentMailAction(slug: string, vestigingId: string, input: unknown) {
  return tenantAction("logSentMailAction", slug, "engagement:manage", (ctx) => logSentMail(ctx, vestigingId, input), { refresh: STAFF });
}

// Bij twijfel: niet doen
/** Any staff role may raise a twijfel (checked in the domain). */
export async function raiseDoubtAction(slug: string, vestigingId: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "raiseDoubtAction",
    slug,
    "gemeente:read",
    posted(fd, REASON_FORM),
    (ctx, input) => raiseDoubt(ctx, vestigingId, input),
    { refresh: EXPOSED },
  );
}
export async function closeDoubtAction(slug: string, id: string, _prev: Prev, fd: FormData): Answer {
  return tenantFormAction(
    "closeDoubtAction",
    slug,
    "engagement:manage",
    posted(fd, CLOSE_DOUBT_FORM),
    (ctx, input) => closeDoubt(ctx, id, input),
    { refresh: EXPOSED },
  );
}
