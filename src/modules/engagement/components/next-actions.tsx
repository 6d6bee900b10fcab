"use client";
/**
 * "Gedaan" for one next action in "Mijn acties": a form without fields posting to a server action
 * (src/components/forms/action-form.ts), so it works without JavaScript; with JavaScript the result
 * is announced and the refreshed list arrives with it.
 */
import { useActionForm } from "@/components/forms/action-form";
import type { Messages } from "@/i18n/messages";
import { completeNextActionFormAction } from "../actions";
import { NO_FIELDS } from "../form-fields";

export function NextActionDoneButton({
  slug,
  id,
  what,
  texts,
}: {
  slug: string;
  id: string;
  what: string;
  texts: Messages["engagementPages"]["nextAction"];
}) {
  const action = completeNextActionFormAction.bind(null, slug, id);
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
