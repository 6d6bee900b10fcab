/**
 * The send-a-template-mail form's fields (template, address, every merge field as `values.<name>`)
 * and how they become the domain's input. Apart from ./form-fields.ts, so the other engagement forms
 * do not carry the merge field list. No zod here.
 */
import type { FormFields } from "@/lib/input/form-values";
import { MERGE_FIELDS, type MergeField } from "./merge";

export const SEND_MAIL_FORM = {
  key: "text",
  to: "text",
  ...(Object.fromEntries(Object.keys(MERGE_FIELDS).map((name) => [`values.${name}`, "optional"])) as Record<
    `values.${MergeField}`,
    "optional"
  >),
} as const satisfies FormFields;

/** The send form's values as the domain's input (ZSendTemplateMail): the merge fields nested under `values`, empty ones left out. */
export function sendMailInput(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const merge: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (!name.startsWith("values.")) out[name] = value;
    else if (value !== undefined) merge[name.slice("values.".length)] = value;
  }
  return { ...out, values: merge };
}
