/**
 * One accessible form for every engagement mutation: each `kind` names its server action (a FormData
 * action, so the form also posts without JavaScript) and ./action-form-kinds.ts says what the kind
 * reads and checks with. A server component: it binds the kind's action to the gemeente and the row
 * here, reads the form's words in the reader's language from the catalogue (the fields' labels and
 * choices through ./fields.ts, the kind's button and success message, the shared texts) and hands
 * them to the client form (./action-form-view.tsx) as props, so a page's JavaScript carries no table
 * of every kind's server action and no catalogue, only the form. The client side checks with the
 * server's zod schema loaded on demand (docs/decisions/0011, 0023).
 */
import type { FormAction } from "@/components/forms/action-form";
import { getT } from "@/i18n/server";
import type { Messages } from "@/i18n/messages";
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
import { ActionFormView, type ActionFormViewProps, type FieldSpec } from "./action-form-view";
import type { CardMoveTexts } from "./card-move-form";
import { moveFields, type FieldList } from "./fields";

export type { FormKind };
export type { FieldSpec } from "./action-form-view";

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

/** Each kind's button and success message in the reader's language (the type asks the catalogue for every kind). */
const kindTexts = (t: Messages): Record<FormKind, ActionFormViewProps["kindTexts"]> => t.engagementPages.kinds;

/**
 * A field list in the reader's language, made once per list and catalogue: a page with 125 forms of one kind (the
 * pipeline's table) hands the same array to each, which React sends once and then by reference.
 */
const madeLists = new WeakMap<FieldList, WeakMap<Messages, readonly FieldSpec[]>>();
function fieldsIn(list: FieldList, t: Messages): readonly FieldSpec[] {
  let byCatalogue = madeLists.get(list);
  if (!byCatalogue) madeLists.set(list, (byCatalogue = new WeakMap()));
  let fields = byCatalogue.get(t);
  if (!fields) byCatalogue.set(t, (fields = list(t)));
  return fields;
}

export async function ActionForm({
  kind,
  slug,
  id,
  fields,
  texts,
  ...props
}: Omit<ActionFormViewProps, "action" | "kind" | "kindTexts" | "fields" | "texts"> & {
  kind: FormKind;
  slug: string;
  id?: string;
  /** The form's fields (./fields.ts), made here in the reader's language. */
  fields: FieldList;
  /** The texts every engagement form shares; the reader's `t.engagementPages.actionForm` when not given. */
  texts?: Messages["engagementPages"]["actionForm"];
}) {
  const { t } = await getT();
  return (
    <ActionFormView
      {...props}
      action={ACTIONS[kind](slug, id ?? "")}
      kind={KINDS[kind]}
      kindTexts={kindTexts(t)[kind]}
      fields={fieldsIn(fields, t)}
      texts={texts ?? t.engagementPages.actionForm}
    />
  );
}

/**
 * Everything the pipeline board's "Verplaatsen" disclosure says, in the reader's language: its own words, the shared
 * form texts, the move kind's words and the move form's fields. The board page makes it once and hands the same
 * object to every card (./card-move-form.tsx).
 */
export function cardMoveTexts(t: Messages): CardMoveTexts {
  return {
    move: t.engagementPages.cardMove,
    form: t.engagementPages.actionForm,
    kind: kindTexts(t).moveStep,
    fields: fieldsIn(moveFields, t),
  };
}
