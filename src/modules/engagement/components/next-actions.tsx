"use client";
/**
 * "Gedaan" for one next action (in "Mijn acties" and on an entrepreneur's page): a form without
 * fields posting to a server action (src/components/forms/action-form.ts) that the server component
 * rendering it bound to the gemeente and the contact moment, so it works without JavaScript; with
 * JavaScript the result is announced and the refreshed list arrives with it.
 */
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import type { Messages } from "@/i18n/messages";
import { NO_FIELDS } from "../form-fields";

export function NextActionDoneButton({
  action,
  what,
  texts,
}: {
  /** `action`: completeNextActionFormAction bound to the gemeente and the contact moment by the server component that renders the row (MyActions, the entrepreneur's page), so it also posts without JavaScript. */
  action: FormAction<unknown>;
  what: string;
  texts: Messages["engagementPages"]["nextAction"];
}) {
  const { formProps, status, pending } = useActionForm({ action, fields: NO_FIELDS, okText: () => texts.completed });
  return (
    <form {...formProps} className="inline">
      <button type="submit" disabled={pending} className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60">
        {pending ? texts.busy : texts.done}
        <span className="sr-only">: {what}</span>
      </button>
      <span role="status" aria-live="polite" className={status?.kind === "error" ? "ml-2 text-danger" : "ml-2 text-brand-strong"}>
        {status?.text}
      </span>
    </form>
  );
}
