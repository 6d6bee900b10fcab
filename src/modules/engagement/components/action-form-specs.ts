/**
 * What each ActionForm kind does: the SAME zod schema the server uses, the server action and the
 * success message. Loaded on demand by ./action-form.tsx (at the first focus or submit), so zod and
 * the server-action references are not in the first-load JavaScript (docs/decisions/0011).
 */
import type { ActionResult } from "@/lib/result";
import type { SafeParser } from "@/components/forms/lazy-schema-form";
import * as A from "../actions";
import * as S from "../schemas";
import type { FormKind } from "./action-form";

type Spec = {
  schema: SafeParser;
  run: (slug: string, id: string, values: Record<string, unknown>) => Promise<ActionResult<unknown>>;
  ok: string;
  reset?: boolean;
};

export const SPECS: Record<FormKind, Spec> = {
  createVestiging: {
    schema: S.ZCreateVestiging,
    ok: "De ondernemer is toegevoegd.",
    reset: true,
    run: (slug, _id, v) => A.createVestigingAction(slug, v),
  },
  updateVestiging: {
    schema: S.ZUpdateVestiging,
    ok: "De gegevens zijn opgeslagen.",
    run: (slug, id, v) => A.updateVestigingAction(slug, id, v),
  },
  moveStep: { schema: S.ZMoveStep, ok: "Verplaatst.", reset: true, run: (slug, id, v) => A.moveStepAction(slug, id, v) },
  park: { schema: S.ZReason, ok: "De relatie staat nu even stil.", run: (slug, id, v) => A.parkRelationAction(slug, id, v) },
  revive: { schema: S.ZReason, ok: "De relatie is weer opgepakt.", run: (slug, id, v) => A.reviveRelationAction(slug, id, v) },
  acknowledge: {
    schema: S.ZAcknowledge,
    ok: "De bevestiging is vastgelegd.",
    run: (slug, id, v) => A.recordAcknowledgementAction(slug, id, v),
  },
  stop: { schema: S.ZReason, ok: "De samenwerking is gestopt.", run: (slug, id, v) => A.stopRelationAction(slug, id, v) },
  restart: { schema: S.ZReason, ok: "De relatie begint opnieuw.", run: (slug, id, v) => A.restartRelationAction(slug, id, v) },
  contactPerson: {
    schema: S.ZContactPerson,
    ok: "De contactpersoon is toegevoegd.",
    reset: true,
    run: (slug, id, v) => A.addContactPersonAction(slug, id, v),
  },
  contactMoment: {
    schema: S.ZContactMoment,
    ok: "Het contactmoment is opgeslagen.",
    reset: true,
    run: (slug, id, v) => A.recordContactMomentAction(slug, id, v),
  },
  raiseDoubt: { schema: S.ZRaiseDoubt, ok: "De twijfel is gemeld.", reset: true, run: (slug, id, v) => A.raiseDoubtAction(slug, id, v) },
  closeDoubt: { schema: S.ZCloseDoubt, ok: "Het besluit is vastgelegd.", run: (slug, id, v) => A.closeDoubtAction(slug, id, v) },
  contribution: {
    schema: S.ZContribution,
    ok: "De bijdrage is toegevoegd.",
    reset: true,
    run: (slug, id, v) => A.addContributionAction(slug, id, v),
  },
  milestone: {
    schema: S.ZMilestone,
    ok: "De mijlpaal is toegevoegd.",
    reset: true,
    run: (slug, id, v) => A.recordMilestoneAction(slug, id, v),
  },
  motives: {
    schema: S.ZMotivesFiveMs,
    ok: "De motieven en 5 M's zijn opgeslagen.",
    run: (slug, id, v) => A.setMotivesAndFiveMsAction(slug, id, v),
  },
  sendMail: { schema: S.ZSendTemplateMail, ok: "De mail is verstuurd.", run: (slug, id, v) => A.sendTemplateMailAction(slug, id, v) },
  template: { schema: S.ZMailTemplate, ok: "Het sjabloon is opgeslagen.", run: (slug, id, v) => A.updateTemplateAction(slug, id, v) },
  proposition: {
    schema: S.ZPropositionItem,
    ok: "Toegevoegd aan wat de gemeente biedt.",
    reset: true,
    run: (slug, _id, v) => A.addPropositionItemAction(slug, v),
  },
  settings: {
    schema: S.ZEngagementSettings,
    ok: "De instellingen zijn opgeslagen.",
    run: (slug, _id, v) => A.updateEngagementSettingsAction(slug, v),
  },
};

/** The schema of one kind (ActionForm validates with it before the server action runs). */
export function schemaFor(kind: FormKind): SafeParser {
  return SPECS[kind].schema;
}
