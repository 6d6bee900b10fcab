/**
 * What each ActionForm kind is, besides its server action (./action-form.tsx binds that on the
 * server) and its words (the catalogue's `engagementPages.kinds`: the submit label and the success
 * message, which ActionForm reads in the reader's language): the field list the action reads, the
 * name of the SAME zod schema the server parses with (loaded on demand by the form's check, never
 * with the page: docs/decisions/0011) and whether the form empties after a success. Plain data: no
 * zod (the schemas module is only named, as a type), no texts and no server action references.
 */
import type { FormFields } from "@/lib/input/form-values";
import type * as Schemas from "../schemas";
import {
  ACKNOWLEDGE_FORM,
  CLOSE_DOUBT_FORM,
  CONTACT_MOMENT_FORM,
  CONTACT_PERSON_FORM,
  CONTRIBUTION_FORM,
  MILESTONE_FORM,
  MOTIVES_FORM,
  MOVE_FORM,
  PROPOSITION_FORM,
  REASON_FORM,
  SETTINGS_FORM,
  TEMPLATE_FORM,
  UPDATE_VESTIGING_FORM,
  VESTIGING_FORM,
} from "../form-fields";

export type KindSpec = {
  /** The fields the kind's server action reads (the form's field specs must name the same fields). */
  fields: FormFields;
  /** The zod schema of ../schemas.ts the browser checks with before sending. */
  schema: keyof typeof Schemas;
  /** Empty the form after a success (a new thing was added); edit forms keep their values. */
  reset?: boolean;
};

/** Its own export: the pipeline board's move disclosure (a client component) needs only this kind. */
export const MOVE_STEP = {
  fields: MOVE_FORM,
  schema: "ZMoveStep",
  reset: true,
} satisfies KindSpec;

const KIND_TABLE = {
  createVestiging: {
    fields: VESTIGING_FORM,
    schema: "ZCreateVestiging",
    reset: true,
  },
  updateVestiging: {
    fields: UPDATE_VESTIGING_FORM,
    schema: "ZUpdateVestiging",
  },
  moveStep: MOVE_STEP,
  park: {
    fields: REASON_FORM,
    schema: "ZReason",
  },
  revive: {
    fields: REASON_FORM,
    schema: "ZReason",
  },
  acknowledge: {
    fields: ACKNOWLEDGE_FORM,
    schema: "ZAcknowledge",
  },
  stop: {
    fields: REASON_FORM,
    schema: "ZReason",
  },
  restart: {
    fields: REASON_FORM,
    schema: "ZReason",
  },
  contactPerson: {
    fields: CONTACT_PERSON_FORM,
    schema: "ZContactPerson",
    reset: true,
  },
  contactMoment: {
    fields: CONTACT_MOMENT_FORM,
    schema: "ZContactMoment",
    reset: true,
  },
  raiseDoubt: {
    fields: REASON_FORM,
    schema: "ZRaiseDoubt",
    reset: true,
  },
  closeDoubt: {
    fields: CLOSE_DOUBT_FORM,
    schema: "ZCloseDoubt",
  },
  contribution: {
    fields: CONTRIBUTION_FORM,
    schema: "ZContribution",
    reset: true,
  },
  milestone: {
    fields: MILESTONE_FORM,
    schema: "ZMilestone",
    reset: true,
  },
  motives: {
    fields: MOTIVES_FORM,
    schema: "ZMotivesFiveMs",
  },
  template: {
    fields: TEMPLATE_FORM,
    schema: "ZMailTemplate",
  },
  proposition: {
    fields: PROPOSITION_FORM,
    schema: "ZPropositionItem",
    reset: true,
  },
  settings: {
    fields: SETTINGS_FORM,
    schema: "ZEngagementSettings",
  },
} satisfies Record<string, KindSpec>;

export type FormKind = keyof typeof KIND_TABLE;
export const KINDS: Record<FormKind, KindSpec> = KIND_TABLE;
