/**
 * What each ActionForm kind is, besides its server action (./action-form.tsx binds that on the
 * server): the field list the action reads, the name of the SAME zod schema the server parses with
 * (loaded on demand by the form's check, never with the page: docs/decisions/0011), the submit
 * label, the success message and whether the form empties after a success. Plain data: no zod (the
 * schemas module is only named, as a type) and no server action references.
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
  submit: string;
  ok: string;
  /** Empty the form after a success (a new thing was added); edit forms keep their values. */
  reset?: boolean;
};

/** Its own export: the pipeline board's move disclosure (a client component) needs only this kind. */
export const MOVE_STEP = {
  fields: MOVE_FORM,
  schema: "ZMoveStep",
  submit: "Verplaatsen",
  ok: "Verplaatst.",
  reset: true,
} satisfies KindSpec;

const KIND_TABLE = {
  createVestiging: {
    fields: VESTIGING_FORM,
    schema: "ZCreateVestiging",
    submit: "Ondernemer toevoegen",
    ok: "De ondernemer is toegevoegd.",
    reset: true,
  },
  updateVestiging: {
    fields: UPDATE_VESTIGING_FORM,
    schema: "ZUpdateVestiging",
    submit: "Gegevens opslaan",
    ok: "De gegevens zijn opgeslagen.",
  },
  moveStep: MOVE_STEP,
  park: {
    fields: REASON_FORM,
    schema: "ZReason",
    submit: "Even stilzetten",
    ok: "De relatie staat nu even stil.",
  },
  revive: {
    fields: REASON_FORM,
    schema: "ZReason",
    submit: "Weer oppakken",
    ok: "De relatie is weer opgepakt.",
  },
  acknowledge: {
    fields: ACKNOWLEDGE_FORM,
    schema: "ZAcknowledge",
    submit: "Bevestiging vastleggen",
    ok: "De bevestiging is vastgelegd.",
  },
  stop: {
    fields: REASON_FORM,
    schema: "ZReason",
    submit: "Samenwerking stoppen",
    ok: "De samenwerking is gestopt.",
  },
  restart: {
    fields: REASON_FORM,
    schema: "ZReason",
    submit: "Opnieuw beginnen",
    ok: "De relatie begint opnieuw.",
  },
  contactPerson: {
    fields: CONTACT_PERSON_FORM,
    schema: "ZContactPerson",
    submit: "Contactpersoon toevoegen",
    ok: "De contactpersoon is toegevoegd.",
    reset: true,
  },
  contactMoment: {
    fields: CONTACT_MOMENT_FORM,
    schema: "ZContactMoment",
    submit: "Contactmoment opslaan",
    ok: "Het contactmoment is opgeslagen.",
    reset: true,
  },
  raiseDoubt: {
    fields: REASON_FORM,
    schema: "ZRaiseDoubt",
    submit: "Twijfel melden",
    ok: "De twijfel is gemeld.",
    reset: true,
  },
  closeDoubt: {
    fields: CLOSE_DOUBT_FORM,
    schema: "ZCloseDoubt",
    submit: "Besluit vastleggen",
    ok: "Het besluit is vastgelegd.",
  },
  contribution: {
    fields: CONTRIBUTION_FORM,
    schema: "ZContribution",
    submit: "Bijdrage toevoegen",
    ok: "De bijdrage is toegevoegd.",
    reset: true,
  },
  milestone: {
    fields: MILESTONE_FORM,
    schema: "ZMilestone",
    submit: "Mijlpaal toevoegen",
    ok: "De mijlpaal is toegevoegd.",
    reset: true,
  },
  motives: {
    fields: MOTIVES_FORM,
    schema: "ZMotivesFiveMs",
    submit: "Motieven opslaan",
    ok: "De motieven en 5 M's zijn opgeslagen.",
  },
  template: {
    fields: TEMPLATE_FORM,
    schema: "ZMailTemplate",
    submit: "Sjabloon opslaan",
    ok: "Het sjabloon is opgeslagen.",
  },
  proposition: {
    fields: PROPOSITION_FORM,
    schema: "ZPropositionItem",
    submit: "Toevoegen aan wat de gemeente biedt",
    ok: "Toegevoegd aan wat de gemeente biedt.",
    reset: true,
  },
  settings: {
    fields: SETTINGS_FORM,
    schema: "ZEngagementSettings",
    submit: "Instellingen opslaan",
    ok: "De instellingen zijn opgeslagen.",
  },
} satisfies Record<string, KindSpec>;

export type FormKind = keyof typeof KIND_TABLE;
export const KINDS: Record<FormKind, KindSpec> = KIND_TABLE;
