/**
 * One accessible form for every engagement mutation: each `kind` names its server action (a FormData
 * action, so the form also posts without JavaScript) and ./action-form-kinds.ts says what the kind
 * reads, checks with and says. A server component: it binds the kind's action to the gemeente and
 * the row here and hands it to the client form (./action-form-view.tsx) as a prop, so a page's
 * JavaScript carries no table of every kind's server action, only the form. The client side checks
 * with the server's zod schema loaded on demand (docs/decisions/0011, 0023).
 */
import type { FormAction } from "@/components/forms/action-form";
import {
  addContactPersonAction,
  addContributionAction,
  addPropositionItemAction,
  closeDoubtAction,
  createVestigingAction,
  moveStepAction,
  parkRelationAction,
  raiseDoubtAction,
  recordAcknowledgementAction,
  recordContactMomentAction,
  recordMilestoneAction,
  restartRelationAction,
  reviveRelationAction,
  setMotivesAndFiveMsAction,
  stopRelationAction,
  updateEngagementSettingsAction,
  updateTemplateAction,
  updateVestigingAction,
} from "../actions";
import { KINDS, type FormKind } from "./action-form-kinds";
import { ActionFormView, type ActionFormViewProps } from "./action-form-view";

export type { FormKind };
export type { FieldSpec, Option } from "./action-form-view";

/** Each kind's server action, bound to the gemeente (and the row, where it takes one). */
const ACTIONS: Record<FormKind, (slug: string, id: string) => FormAction<unknown>> = {
  createVestiging: (slug) => createVestigingAction.bind(null, slug),
  updateVestiging: (slug, id) => updateVestigingAction.bind(null, slug, id),
  moveStep: (slug, id) => moveStepAction.bind(null, slug, id),
  park: (slug, id) => parkRelationAction.bind(null, slug, id),
  revive: (slug, id) => reviveRelationAction.bind(null, slug, id),
  acknowledge: (slug, id) => recordAcknowledgementAction.bind(null, slug, id),
  stop: (slug, id) => stopRelationAction.bind(null, slug, id),
  restart: (slug, id) => restartRelationAction.bind(null, slug, id),
  contactPerson: (slug, id) => addContactPersonAction.bind(null, slug, id),
  contactMoment: (slug, id) => recordContactMomentAction.bind(null, slug, id),
  raiseDoubt: (slug, id) => raiseDoubtAction.bind(null, slug, id),
  closeDoubt: (slug, id) => closeDoubtAction.bind(null, slug, id),
  contribution: (slug, id) => addContributionAction.bind(null, slug, id),
  milestone: (slug, id) => recordMilestoneAction.bind(null, slug, id),
  motives: (slug, id) => setMotivesAndFiveMsAction.bind(null, slug, id),
  template: (slug, id) => updateTemplateAction.bind(null, slug, id),
  proposition: (slug) => addPropositionItemAction.bind(null, slug),
  settings: (slug) => updateEngagementSettingsAction.bind(null, slug),
};

export function ActionForm({
  kind,
  slug,
  id,
  ...props
}: Omit<ActionFormViewProps, "action" | "kind"> & { kind: FormKind; slug: string; id?: string }) {
  return <ActionFormView {...props} action={ACTIONS[kind](slug, id ?? "")} kind={KINDS[kind]} />;
}
