"use server";
/**
 * Server actions for entrepreneur engagement. Each checks the session and a permission itself
 * (server actions are public POST endpoints); the domain functions validate the input, check the
 * permission again and enforce the collaboration principles.
 */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { runAction, type ActionResult } from "@/lib/result";
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

/** Paths that show engagement data: the ambtenaar's pages and the public register. */
function refresh(ctx: TenantContext, opts: { exposure?: boolean } = {}) {
  revalidatePath(`/app/${ctx.gemeente.slug}/ondernemers`, "layout");
  if (opts.exposure) revalidatePath(`/g/${ctx.gemeente.slug}`, "layout");
}

/** One wrapper: session → tenant + permission → domain function → revalidate. */
function act<T>(
  name: string,
  slug: string,
  permission: Permission,
  fn: (ctx: TenantContext) => Promise<T>,
  opts: { exposure?: boolean } = {},
): Promise<ActionResult<T>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(slug) }, permission);
    const result = await fn(ctx);
    refresh(ctx, opts);
    return result;
  }, name);
}

// Registry and matrix
export async function createVestigingAction(slug: string, input: unknown) {
  return act("createVestigingAction", slug, "engagement:manage", (ctx) => createVestiging(ctx, input));
}
export async function updateVestigingAction(slug: string, id: string, input: unknown) {
  return act("updateVestigingAction", slug, "engagement:manage", (ctx) => updateVestiging(ctx, id, input), { exposure: true });
}
export async function updateMatrixAction(slug: string, id: string, input: unknown) {
  return act("updateMatrixAction", slug, "engagement:manage", (ctx) => updateMatrix(ctx, id, input));
}
export async function setMotivesAndFiveMsAction(slug: string, id: string, input: unknown) {
  return act("setMotivesAndFiveMsAction", slug, "engagement:manage", (ctx) => setMotivesAndFiveMs(ctx, id, input));
}
export async function importLonglistAction(slug: string, csvText: unknown) {
  return act("importLonglistAction", slug, "engagement:manage", (ctx) => importLonglist(ctx, csvText));
}

// Pipeline
export async function promoteToPipelineAction(slug: string, input: unknown) {
  return act("promoteToPipelineAction", slug, "engagement:manage", (ctx) => promoteToPipeline(ctx, input));
}
export async function moveStepAction(slug: string, id: string, input: unknown) {
  return act("moveStepAction", slug, "engagement:manage", (ctx) => moveStep(ctx, id, input), { exposure: true });
}
export async function parkRelationAction(slug: string, id: string, input: unknown) {
  return act("parkRelationAction", slug, "engagement:manage", (ctx) => parkRelation(ctx, id, input), { exposure: true });
}
export async function reviveRelationAction(slug: string, id: string, input: unknown) {
  return act("reviveRelationAction", slug, "engagement:manage", (ctx) => reviveRelation(ctx, id, input), { exposure: true });
}
/** Staff (engagement:manage) or the entrepreneur for their own vestiging (checked in the domain). */
export async function recordAcknowledgementAction(slug: string, id: string, input: unknown) {
  return act("recordAcknowledgementAction", slug, "gemeente:read", (ctx) => recordAcknowledgement(ctx, id, input), { exposure: true });
}
/** Staff or the entrepreneur for their own vestiging: immediate effect. */
export async function stopRelationAction(slug: string, id: string, input: unknown) {
  return act("stopRelationAction", slug, "gemeente:read", (ctx) => stopRelation(ctx, id, input), { exposure: true });
}
export async function restartRelationAction(slug: string, id: string, input: unknown) {
  return act("restartRelationAction", slug, "engagement:manage", (ctx) => restartRelation(ctx, id, input), { exposure: true });
}

// Contacts
export async function addContactPersonAction(slug: string, vestigingId: string, input: unknown) {
  return act("addContactPersonAction", slug, "engagement:manage", (ctx) => addContactPerson(ctx, vestigingId, input));
}
export async function updateContactPersonAction(slug: string, id: string, input: unknown) {
  return act("updateContactPersonAction", slug, "engagement:manage", (ctx) => updateContactPerson(ctx, id, input));
}
export async function removeContactPersonAction(slug: string, id: string) {
  return act("removeContactPersonAction", slug, "engagement:manage", (ctx) => removeContactPerson(ctx, id));
}
export async function recordContactMomentAction(slug: string, vestigingId: string, input: unknown) {
  return act("recordContactMomentAction", slug, "engagement:manage", (ctx) => recordContactMoment(ctx, vestigingId, input));
}
export async function updateContactMomentAction(slug: string, id: string, input: unknown) {
  return act("updateContactMomentAction", slug, "engagement:manage", (ctx) => updateContactMoment(ctx, id, input));
}

// Vasthouden
export async function recordMilestoneAction(slug: string, vestigingId: string, input: unknown) {
  return act("recordMilestoneAction", slug, "engagement:manage", (ctx) => recordMilestone(ctx, vestigingId, input));
}
export async function celebrateMilestoneAction(slug: string, id: string) {
  return act("celebrateMilestoneAction", slug, "engagement:manage", (ctx) => celebrateMilestone(ctx, id), { exposure: true });
}
export async function updateEngagementSettingsAction(slug: string, input: unknown) {
  return act("updateEngagementSettingsAction", slug, "engagement:manage", (ctx) => updateEngagementSettings(ctx, input));
}

// Contributions and propositie
export async function addContributionAction(slug: string, vestigingId: string, input: unknown) {
  return act("addContributionAction", slug, "engagement:manage", (ctx) => addContribution(ctx, vestigingId, input), { exposure: true });
}
export async function removeContributionAction(slug: string, id: string) {
  return act("removeContributionAction", slug, "engagement:manage", (ctx) => removeContribution(ctx, id), { exposure: true });
}
export async function addPropositionItemAction(slug: string, input: unknown) {
  return act("addPropositionItemAction", slug, "engagement:manage", (ctx) => addPropositionItem(ctx, input));
}
export async function updatePropositionItemAction(slug: string, id: string, input: unknown) {
  return act("updatePropositionItemAction", slug, "engagement:manage", (ctx) => updatePropositionItem(ctx, id, input));
}
export async function removePropositionItemAction(slug: string, id: string) {
  return act("removePropositionItemAction", slug, "engagement:manage", (ctx) => removePropositionItem(ctx, id));
}

// Templates
export async function updateTemplateAction(slug: string, id: string, input: unknown) {
  return act("updateTemplateAction", slug, "engagement:manage", (ctx) => updateTemplate(ctx, id, input));
}
export async function sendTemplateMailAction(slug: string, vestigingId: string, input: unknown) {
  return act("sendTemplateMailAction", slug, "engagement:manage", (ctx) => sendTemplateMail(ctx, vestigingId, input));
}
async function markNextActionDone(ctx: TenantContext, contactMomentId: string) {
  const done = await completeNextAction(ctx, contactMomentId);
  revalidatePath(`/app/${ctx.gemeente.slug}`); // "Mijn acties" on the overview
  return done;
}
export async function completeNextActionAction(slug: string, contactMomentId: string) {
  return act("completeNextActionAction", slug, "engagement:manage", (ctx) => markNextActionDone(ctx, contactMomentId));
}
/** The same as a form action (bound to slug and id; useActionState's state and form data are not needed), so "Gedaan" also works without JavaScript. */
export async function completeNextActionFormAction(slug: string, contactMomentId: string) {
  return act("completeNextActionFormAction", slug, "engagement:manage", (ctx) => markNextActionDone(ctx, contactMomentId));
}
export async function logSentMailAction(slug: string, vestigingId: string, input: unknown) {
  return act("logSentMailAction", slug, "engagement:manage", (ctx) => logSentMail(ctx, vestigingId, input));
}

// Bij twijfel: niet doen
/** Any staff role may raise a twijfel (checked in the domain). */
export async function raiseDoubtAction(slug: string, vestigingId: string, input: unknown) {
  return act("raiseDoubtAction", slug, "gemeente:read", (ctx) => raiseDoubt(ctx, vestigingId, input), { exposure: true });
}
export async function closeDoubtAction(slug: string, id: string, input: unknown) {
  return act("closeDoubtAction", slug, "engagement:manage", (ctx) => closeDoubt(ctx, id, input), { exposure: true });
}
