"use client";
/**
 * "Gedaan" for one next action in "Mijn acties": a form posting to a server action (works without
 * JavaScript); with JavaScript the result is announced and the list refreshes.
 */
import { useActionState } from "react";
import type { Messages } from "@/i18n/messages";
import { completeNextActionFormAction } from "../actions";

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
  const [result, action, pending] = useActionState(completeNextActionFormAction.bind(null, slug, id), null);
  return (
    <form action={action} className="inline">
      <button type="submit" disabled={pending} className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60">
        {pending ? texts.busy : texts.done}
        <span className="sr-only">: {what}</span>
      </button>
      <span role="status" aria-live="polite" className={result && !result.ok ? "ml-2 text-danger" : "ml-2 text-brand-strong"}>
        {result ? (result.ok ? texts.completed : result.message) : null}
      </span>
    </form>
  );
}
