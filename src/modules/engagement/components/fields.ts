/**
 * Field lists for ActionForm, in form order. Each list is a function of the catalogue: its labels come from
 * `t.engagementPages.fields` and its choices from the labels section, so a reader gets them in their language.
 * ActionForm (a server component) calls the list with the reader's catalogue and hands the client form plain
 * data; nothing here is bundled for the browser. The schemas live in ../schemas.ts, what each form posts in
 * ../form-fields.ts.
 */
import type { Messages } from "@/i18n/messages";
import type { FieldSpec, Option } from "./action-form-view";
import { SECTORS } from "../sectors";
import { STEP_ORDER } from "../labels";

/** A form's fields in the reader's language. */
export type FieldList = (t: Messages) => readonly FieldSpec[];

const opts = (labels: Readonly<Record<string, string>>): Option[] => Object.entries(labels);
/** A field that may stay empty: its label, then the forms section's " (niet verplicht)". */
const optional = (t: Messages, label: string) => `${label}${t.forms.optional}`;

const baseVestigingFields = (t: Messages): FieldSpec[] => {
  const f = t.engagementPages.fields;
  return [
    { name: "name", label: f.vestigingName },
    { name: "sector", label: f.sector, type: "select", options: SECTORS.map((s) => [s.key, t.labels.sector[s.key]] as const) },
    { name: "address", label: optional(t, f.address) },
    { name: "wijk", label: optional(t, f.wijk) },
    { name: "leadSource", label: optional(t, f.leadSource), type: "select", options: opts(t.labels.leadSource) },
  ];
};

export const vestigingFields: FieldList = (t) => [
  ...baseVestigingFields(t),
  { name: "organisationName", label: optional(t, t.engagementPages.fields.organisationName) },
];

/** Edit form: the same fields without the organisation, plus the accounthouder (staff of the gemeente). */
export function updateVestigingFields(staff: readonly Option[]): FieldList {
  return (t) => [
    ...baseVestigingFields(t),
    { name: "publicDescription", label: t.engagementPages.fields.publicDescription, type: "textarea" },
    { name: "accountHolderId", label: t.engagementPages.fields.accountHolder, type: "select", options: staff },
  ];
}

export const moveFields: FieldList = (t) => [
  { name: "to", label: t.engagementPages.fields.moveTo, type: "select", options: STEP_ORDER.map((s) => [s, t.labels.step[s]] as const) },
  { name: "reason", label: t.engagementPages.fields.moveReason, type: "text" },
];
export const reasonFields: FieldList = (t) => [{ name: "reason", label: t.engagementPages.fields.reason, type: "textarea" }];
export const acknowledgeFields: FieldList = (t) => [
  { name: "date", label: t.engagementPages.fields.acknowledgedOn, type: "date" },
  { name: "channel", label: t.engagementPages.fields.acknowledgedHow, type: "select", options: opts(t.labels.channel) },
];
export const contactPersonFields: FieldList = (t) => {
  const f = t.engagementPages.fields;
  return [
    { name: "name", label: f.personName },
    { name: "role", label: optional(t, f.personRole) },
    { name: "email", label: optional(t, f.personEmail), type: "email" },
    { name: "phone", label: optional(t, f.personPhone) },
  ];
};
export const contactMomentFields: FieldList = (t) => {
  const f = t.engagementPages.fields;
  return [
    { name: "kind", label: f.contactKind, type: "select", options: opts(t.labels.contactKind) },
    { name: "at", label: f.contactAt, type: "date" },
    { name: "partContact", label: f.partContact, type: "textarea" },
    { name: "partDoelgroep", label: f.partDoelgroep, type: "textarea" },
    { name: "partRol", label: f.partRol, type: "textarea" },
    { name: "partPropositie", label: f.partPropositie, type: "textarea" },
    { name: "partActie", label: f.partActie, type: "textarea" },
    { name: "outcome", label: f.outcome, type: "textarea" },
    { name: "nextAction", label: f.nextAction },
    { name: "nextActionDate", label: f.nextActionDate, type: "date" },
  ];
};
export const raiseDoubtFields: FieldList = (t) => [{ name: "reason", label: t.engagementPages.fields.doubtReason, type: "textarea" }];
export const closeDoubtFields: FieldList = (t) => [
  { name: "decision", label: t.engagementPages.fields.decision, type: "select", options: opts(t.labels.doubtDecision) },
  { name: "note", label: t.engagementPages.fields.decisionNote, type: "textarea" },
];
/** The full menu, including the refused ones, so the principle message is shown by the server. */
export const contributionFields: FieldList = (t) => {
  const f = t.engagementPages.fields;
  return [
    {
      name: "type",
      label: f.contributionType,
      type: "select",
      options: [...opts(t.labels.contribution), ["GELD", f.contributionMoney], ["SPONSORING", f.contributionSponsoring]],
      hint: f.contributionHint,
    },
    { name: "description", label: optional(t, f.description), type: "textarea" },
  ];
};
export const milestoneFields: FieldList = (t) => [
  { name: "title", label: t.engagementPages.fields.milestone },
  { name: "description", label: optional(t, t.engagementPages.fields.description), type: "textarea" },
  { name: "achievedAt", label: t.engagementPages.fields.date, type: "date" },
];
export const motivesFields: FieldList = (t) => [
  { name: "motives", label: t.engagementPages.fields.motives, type: "checkboxes", options: opts(t.labels.motive) },
  { name: "fiveMs", label: t.engagementPages.fields.fiveMs, type: "checkboxes", options: opts(t.labels.fiveM) },
];
export const templateFields: FieldList = (t) => [
  { name: "subject", label: t.engagementPages.fields.subject },
  { name: "body", label: t.engagementPages.fields.body, type: "textarea" },
];
export const propositionFields: FieldList = (t) => [
  { name: "title", label: t.engagementPages.fields.title },
  { name: "description", label: optional(t, t.engagementPages.fields.description), type: "textarea" },
];
export const settingsFields: FieldList = (t) => [{ name: "dueWeeks", label: t.engagementPages.fields.dueWeeks, type: "number" }];
