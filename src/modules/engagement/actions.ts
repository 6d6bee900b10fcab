"use server";
/**
 * Server actions for entrepreneur engagement. Each checks the session and a permission itself
 * (server actions are public POST endpoints); the domain functions validate the input, check the
 * permission again and enforce the collaboration principles.
 */
import { tenantAction } from "@/server/action";
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
export async function createVestigingAction(slug: string, input: unknown) {
  return tenantAction("createVestigingAction", slug, "engagement:manage", (ctx) => createVestiging(ctx, input), { refresh: STAFF });
}
export async function updateVestigingAction(slug: string, id: string, input: unknown) {
  return tenantAction("updateVestigingAction", slug, "engagement:manage", (ctx) => updateVestiging(ctx, id, input), { refresh: EXPOSED });
}
export async function updateMatrixAction(slug: string, id: string, input: unknown) {
  return tenantAction("updateMatrixAction", slug, "engagement:manage", (ctx) => updateMatrix(ctx, id, input), { refresh: STAFF });
}
export async function setMotivesAndFiveMsAction(slug: string, id: string, input: unknown) {
  return tenantAction("setMotivesAndFiveMsAction", slug, "engagement:manage", (ctx) => setMotivesAndFiveMs(ctx, id, input), {
    refresh: STAFF,
  });
}
export async function importLonglistAction(slug: string, csvText: unknown) {
  return tenantAction("importLonglistAction", slug, "engagement:manage", (ctx) => importLonglist(ctx, csvText), { refresh: STAFF });
}

// Pipeline
export async function promoteToPipelineAction(slug: string, input: unknown) {
  return tenantAction("promoteToPipelineAction", slug, "engagement:manage", (ctx) => promoteToPipeline(ctx, input), { refresh: STAFF });
}
export async function moveStepAction(slug: string, id: string, input: unknown) {
  return tenantAction("moveStepAction", slug, "engagement:manage", (ctx) => moveStep(ctx, id, input), { refresh: EXPOSED });
}
export async function parkRelationAction(slug: string, id: string, input: unknown) {
  return tenantAction("parkRelationAction", slug, "engagement:manage", (ctx) => parkRelation(ctx, id, input), { refresh: EXPOSED });
}
export async function reviveRelationAction(slug: string, id: string, input: unknown) {
  return tenantAction("reviveRelationAction", slug, "engagement:manage", (ctx) => reviveRelation(ctx, id, input), { refresh: EXPOSED });
}
/** Staff (engagement:manage) or the entrepreneur for their own vestiging (checked in the domain). */
export async function recordAcknowledgementAction(slug: string, id: string, input: unknown) {
  return tenantAction("recordAcknowledgementAction", slug, "gemeente:read", (ctx) => recordAcknowledgement(ctx, id, input), {
    refresh: EXPOSED,
  });
}
/** Staff or the entrepreneur for their own vestiging: immediate effect. */
export async function stopRelationAction(slug: string, id: string, input: unknown) {
  return tenantAction("stopRelationAction", slug, "gemeente:read", (ctx) => stopRelation(ctx, id, input), { refresh: EXPOSED });
}
export async function restartRelationAction(slug: string, id: string, input: unknown) {
  return tenantAction("restartRelationAction", slug, "engagement:manage", (ctx) => restartRelation(ctx, id, input), { refresh: EXPOSED });
}

// Contacts
export async function addContactPersonAction(slug: string, vestigingId: string, input: unknown) {
  return tenantAction("addContactPersonAction", slug, "engagement:manage", (ctx) => addContactPerson(ctx, vestigingId, input), {
    refresh: STAFF,
  });
}
export async function updateContactPersonAction(slug: string, id: string, input: unknown) {
  return tenantAction("updateContactPersonAction", slug, "engagement:manage", (ctx) => updateContactPerson(ctx, id, input), {
    refresh: STAFF,
  });
}
export async function removeContactPersonAction(slug: string, id: string) {
  return tenantAction("removeContactPersonAction", slug, "engagement:manage", (ctx) => removeContactPerson(ctx, id), { refresh: STAFF });
}
export async function recordContactMomentAction(slug: string, vestigingId: string, input: unknown) {
  return tenantAction("recordContactMomentAction", slug, "engagement:manage", (ctx) => recordContactMoment(ctx, vestigingId, input), {
    refresh: STAFF,
  });
}
export async function updateContactMomentAction(slug: string, id: string, input: unknown) {
  return tenantAction("updateContactMomentAction", slug, "engagement:manage", (ctx) => updateContactMoment(ctx, id, input), {
    refresh: STAFF,
  });
}

// Vasthouden
export async function recordMilestoneAction(slug: string, vestigingId: string, input: unknown) {
  return tenantAction("recordMilestoneAction", slug, "engagement:manage", (ctx) => recordMilestone(ctx, vestigingId, input), {
    refresh: STAFF,
  });
}
export async function celebrateMilestoneAction(slug: string, id: string) {
  return tenantAction("celebrateMilestoneAction", slug, "engagement:manage", (ctx) => celebrateMilestone(ctx, id), { refresh: EXPOSED });
}
export async function updateEngagementSettingsAction(slug: string, input: unknown) {
  return tenantAction("updateEngagementSettingsAction", slug, "engagement:manage", (ctx) => updateEngagementSettings(ctx, input), {
    refresh: STAFF,
  });
}

// Contributions and propositie
export async function addContributionAction(slug: string, vestigingId: string, input: unknown) {
  return tenantAction("addContributionAction", slug, "engagement:manage", (ctx) => addContribution(ctx, vestigingId, input), {
    refresh: EXPOSED,
  });
}
export async function removeContributionAction(slug: string, id: string) {
  return tenantAction("removeContributionAction", slug, "engagement:manage", (ctx) => removeContribution(ctx, id), { refresh: EXPOSED });
}
export async function addPropositionItemAction(slug: string, input: unknown) {
  return tenantAction("addPropositionItemAction", slug, "engagement:manage", (ctx) => addPropositionItem(ctx, input), { refresh: STAFF });
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
export async function updateTemplateAction(slug: string, id: string, input: unknown) {
  return tenantAction("updateTemplateAction", slug, "engagement:manage", (ctx) => updateTemplate(ctx, id, input), { refresh: STAFF });
}
export async function sendTemplateMailAction(slug: string, vestigingId: string, input: unknown) {
  return tenantAction("sendTemplateMailAction", slug, "engagement:manage", (ctx) => sendTemplateMail(ctx, vestigingId, input), {
    refresh: STAFF,
  });
}
export async function completeNextActionAction(slug: string, contactMomentId: string) {
  return tenantAction("completeNextActionAction", slug, "engagement:manage", (ctx) => completeNextAction(ctx, contactMomentId), {
    refresh: WITH_OVERVIEW,
  });
}
/** The same as a form action (bound to slug and id; useActionState's state and form data are not needed), so "Gedaan" also works without JavaScript. */
export async function completeNextActionFormAction(slug: string, contactMomentId: string) {
  return tenantAction("completeNextActionFormAction", slug, "engagement:manage", (ctx) => completeNextAction(ctx, contactMomentId), {
    refresh: WITH_OVERVIEW,
  });
}
export async function logSentMailAction(slug: string, vestigingId: string, input: unknown) {
  return tenantAction("logSentMailAction", slug, "engagement:manage", (ctx) => logSentMail(ctx, vestigingId, input), { refresh: STAFF });
}

// Bij twijfel: niet doen
/** Any staff role may raise a twijfel (checked in the domain). */
export async function raiseDoubtAction(slug: string, vestigingId: string, input: unknown) {
  return tenantAction("raiseDoubtAction", slug, "gemeente:read", (ctx) => raiseDoubt(ctx, vestigingId, input), { refresh: EXPOSED });
}
export async function closeDoubtAction(slug: string, id: string, input: unknown) {
  return tenantAction("closeDoubtAction", slug, "engagement:manage", (ctx) => closeDoubt(ctx, id, input), { refresh: EXPOSED });
}
