"use server";
/**
 * Server actions for entrepreneur engagement. Each checks the session and a permission itself
 * (server actions are public POST endpoints); the domain functions validate the input, check the
 * permission again and enforce the collaboration principles.
 *
 * The actions behind a form take its FormData (`(…ids, _prev, fd)`, for useActionForm: they also work
 * without JavaScript) and read it with the form's field list (./form-fields.ts); `form: fd` refuses
 * anything else. The others (the matrix crosses, the one-click buttons) take their input as before.
 */
import type { FormState } from "@/lib/result";
import { tenantAction } from "@/server/action";
import {
  ACKNOWLEDGE_FORM,
  CLOSE_DOUBT_FORM,
  CONTACT_MOMENT_FORM,
  CONTACT_PERSON_FORM,
  CONTRIBUTION_FORM,
  MILESTONE_FORM,
  MOTIVES_FORM,
  MOVE_FORM,
  postedInput,
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
import {
  addContactPerson,
  completeNextAction,
  recordContactMoment,
  removeContactPerson,
  updateContactMoment,
  updateContactPerson,
} from "./server/contacts";
import { celebrateMilestone, recordMilestone, updateEngagementSettings } from "./server/vasthouden";
import {
  addContribution,
  addPropositionItem,
  removeContribution,
  removePropositionItem,
  updatePropositionItem,
} from "./server/contributions";
import { closeDoubt, raiseDoubt } from "./server/doubts";
import { logSentMail, sendTemplateMail, updateTemplate } from "./server/templates";
import { importLonglist } from "./server/import-longlist";

/** The ambtenaar's pages that show engagement data; EXPOSED adds the public register. */
const STAFF = (slug: string) => [{ path: `/app/${slug}/ondernemers`, layout: true as const }];
const EXPOSED = (slug: string) => [...STAFF(slug), { path: `/g/${slug}`, layout: true as const }];
/** With the overview, whose "Mijn acties" lists the next actions. */
const WITH_OVERVIEW = (slug: string) => [...STAFF(slug), `/app/${slug}`];

// Registry and matrix
export async function createVestigingAction(slug: string, _prev: FormState<unknown>, fd: FormData): Promise<FormState<unknown>> {
  return tenantAction("createVestigingAction", slug, "engagement:manage", (ctx) => createVestiging(ctx, postedInput(fd, VESTIGING_FORM)), {
    form: fd,
    refresh: STAFF,
  });
}
export async function updateVestigingAction(
  slug: string,
  id: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction(
    "updateVestigingAction",
    slug,
    "engagement:manage",
    (ctx) => updateVestiging(ctx, id, postedInput(fd, UPDATE_VESTIGING_FORM)),
    { form: fd, refresh: EXPOSED },
  );
}
export async function updateMatrixAction(slug: string, id: string, input: unknown) {
  return tenantAction("updateMatrixAction", slug, "engagement:manage", (ctx) => updateMatrix(ctx, id, input), { refresh: STAFF });
}
export async function setMotivesAndFiveMsAction(
  slug: string,
  id: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction(
    "setMotivesAndFiveMsAction",
    slug,
    "engagement:manage",
    (ctx) => setMotivesAndFiveMs(ctx, id, postedInput(fd, MOTIVES_FORM)),
    { form: fd, refresh: STAFF },
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
  return tenantAction(
    "promoteToPipelineAction",
    slug,
    "engagement:manage",
    (ctx) => promoteToPipeline(ctx, promoteInput(postedInput(fd, PROMOTE_FORM))),
    { form: fd, refresh: STAFF },
  );
}
export async function moveStepAction(slug: string, id: string, _prev: FormState<unknown>, fd: FormData): Promise<FormState<unknown>> {
  return tenantAction("moveStepAction", slug, "engagement:manage", (ctx) => moveStep(ctx, id, postedInput(fd, MOVE_FORM)), {
    form: fd,
    refresh: EXPOSED,
  });
}
export async function parkRelationAction(slug: string, id: string, _prev: FormState<unknown>, fd: FormData): Promise<FormState<unknown>> {
  return tenantAction("parkRelationAction", slug, "engagement:manage", (ctx) => parkRelation(ctx, id, postedInput(fd, REASON_FORM)), {
    form: fd,
    refresh: EXPOSED,
  });
}
export async function reviveRelationAction(slug: string, id: string, _prev: FormState<unknown>, fd: FormData): Promise<FormState<unknown>> {
  return tenantAction("reviveRelationAction", slug, "engagement:manage", (ctx) => reviveRelation(ctx, id, postedInput(fd, REASON_FORM)), {
    form: fd,
    refresh: EXPOSED,
  });
}
/** Staff (engagement:manage) or the entrepreneur for their own vestiging (checked in the domain). */
export async function recordAcknowledgementAction(
  slug: string,
  id: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction(
    "recordAcknowledgementAction",
    slug,
    "gemeente:read",
    (ctx) => recordAcknowledgement(ctx, id, postedInput(fd, ACKNOWLEDGE_FORM)),
    {
      form: fd,
      refresh: EXPOSED,
    },
  );
}
/** Staff or the entrepreneur for their own vestiging: immediate effect. */
export async function stopRelationAction(slug: string, id: string, _prev: FormState<unknown>, fd: FormData): Promise<FormState<unknown>> {
  return tenantAction("stopRelationAction", slug, "gemeente:read", (ctx) => stopRelation(ctx, id, postedInput(fd, REASON_FORM)), {
    form: fd,
    refresh: EXPOSED,
  });
}
export async function restartRelationAction(
  slug: string,
  id: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction("restartRelationAction", slug, "engagement:manage", (ctx) => restartRelation(ctx, id, postedInput(fd, REASON_FORM)), {
    form: fd,
    refresh: EXPOSED,
  });
}

// Contacts
export async function addContactPersonAction(
  slug: string,
  vestigingId: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction(
    "addContactPersonAction",
    slug,
    "engagement:manage",
    (ctx) => addContactPerson(ctx, vestigingId, postedInput(fd, CONTACT_PERSON_FORM)),
    {
      form: fd,
      refresh: STAFF,
    },
  );
}
export async function updateContactPersonAction(slug: string, id: string, input: unknown) {
  return tenantAction("updateContactPersonAction", slug, "engagement:manage", (ctx) => updateContactPerson(ctx, id, input), {
    refresh: STAFF,
  });
}
export async function removeContactPersonAction(slug: string, id: string) {
  return tenantAction("removeContactPersonAction", slug, "engagement:manage", (ctx) => removeContactPerson(ctx, id), { refresh: STAFF });
}
export async function recordContactMomentAction(
  slug: string,
  vestigingId: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction(
    "recordContactMomentAction",
    slug,
    "engagement:manage",
    (ctx) => recordContactMoment(ctx, vestigingId, postedInput(fd, CONTACT_MOMENT_FORM)),
    {
      form: fd,
      refresh: STAFF,
    },
  );
}
export async function updateContactMomentAction(slug: string, id: string, input: unknown) {
  return tenantAction("updateContactMomentAction", slug, "engagement:manage", (ctx) => updateContactMoment(ctx, id, input), {
    refresh: STAFF,
  });
}

// Vasthouden
export async function recordMilestoneAction(
  slug: string,
  vestigingId: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction(
    "recordMilestoneAction",
    slug,
    "engagement:manage",
    (ctx) => recordMilestone(ctx, vestigingId, postedInput(fd, MILESTONE_FORM)),
    {
      form: fd,
      refresh: STAFF,
    },
  );
}
export async function celebrateMilestoneAction(slug: string, id: string) {
  return tenantAction("celebrateMilestoneAction", slug, "engagement:manage", (ctx) => celebrateMilestone(ctx, id), { refresh: EXPOSED });
}
export async function updateEngagementSettingsAction(slug: string, _prev: FormState<unknown>, fd: FormData): Promise<FormState<unknown>> {
  return tenantAction(
    "updateEngagementSettingsAction",
    slug,
    "engagement:manage",
    (ctx) => updateEngagementSettings(ctx, postedInput(fd, SETTINGS_FORM)),
    { form: fd, refresh: STAFF },
  );
}

// Contributions and propositie
export async function addContributionAction(
  slug: string,
  vestigingId: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction(
    "addContributionAction",
    slug,
    "engagement:manage",
    (ctx) => addContribution(ctx, vestigingId, postedInput(fd, CONTRIBUTION_FORM)),
    {
      form: fd,
      refresh: EXPOSED,
    },
  );
}
export async function removeContributionAction(slug: string, id: string) {
  return tenantAction("removeContributionAction", slug, "engagement:manage", (ctx) => removeContribution(ctx, id), { refresh: EXPOSED });
}
export async function addPropositionItemAction(slug: string, _prev: FormState<unknown>, fd: FormData): Promise<FormState<unknown>> {
  return tenantAction(
    "addPropositionItemAction",
    slug,
    "engagement:manage",
    (ctx) => addPropositionItem(ctx, postedInput(fd, PROPOSITION_FORM)),
    {
      form: fd,
      refresh: STAFF,
    },
  );
}
export async function updatePropositionItemAction(slug: string, id: string, input: unknown) {
  return tenantAction("updatePropositionItemAction", slug, "engagement:manage", (ctx) => updatePropositionItem(ctx, id, input), {
    refresh: STAFF,
  });
}
export async function removePropositionItemAction(slug: string, id: string) {
  return tenantAction("removePropositionItemAction", slug, "engagement:manage", (ctx) => removePropositionItem(ctx, id), {
    refresh: STAFF,
  });
}

// Templates
export async function updateTemplateAction(slug: string, id: string, _prev: FormState<unknown>, fd: FormData): Promise<FormState<unknown>> {
  return tenantAction("updateTemplateAction", slug, "engagement:manage", (ctx) => updateTemplate(ctx, id, postedInput(fd, TEMPLATE_FORM)), {
    form: fd,
    refresh: STAFF,
  });
}
export async function sendTemplateMailAction(
  slug: string,
  vestigingId: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction(
    "sendTemplateMailAction",
    slug,
    "engagement:manage",
    (ctx) => sendTemplateMail(ctx, vestigingId, sendMailInput(postedInput(fd, SEND_MAIL_FORM))),
    { form: fd, refresh: STAFF },
  );
}
export async function completeNextActionAction(slug: string, contactMomentId: string) {
  return tenantAction("completeNextActionAction", slug, "engagement:manage", (ctx) => completeNextAction(ctx, contactMomentId), {
    refresh: WITH_OVERVIEW,
  });
}
/** The same as the "Gedaan" form's action (bound to slug and id; the form has no fields), so it also works without JavaScript. */
export async function completeNextActionFormAction(
  slug: string,
  contactMomentId: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction("completeNextActionFormAction", slug, "engagement:manage", (ctx) => completeNextAction(ctx, contactMomentId), {
    form: fd,
    refresh: WITH_OVERVIEW,
  });
}
export async function logSentMailAction(slug: string, vestigingId: string, input: unknown) {
  return tenantAction("logSentMailAction", slug, "engagement:manage", (ctx) => logSentMail(ctx, vestigingId, input), { refresh: STAFF });
}

// Bij twijfel: niet doen
/** Any staff role may raise a twijfel (checked in the domain). */
export async function raiseDoubtAction(
  slug: string,
  vestigingId: string,
  _prev: FormState<unknown>,
  fd: FormData,
): Promise<FormState<unknown>> {
  return tenantAction("raiseDoubtAction", slug, "gemeente:read", (ctx) => raiseDoubt(ctx, vestigingId, postedInput(fd, REASON_FORM)), {
    form: fd,
    refresh: EXPOSED,
  });
}
export async function closeDoubtAction(slug: string, id: string, _prev: FormState<unknown>, fd: FormData): Promise<FormState<unknown>> {
  return tenantAction("closeDoubtAction", slug, "engagement:manage", (ctx) => closeDoubt(ctx, id, postedInput(fd, CLOSE_DOUBT_FORM)), {
    form: fd,
    refresh: EXPOSED,
  });
}
