"use client";
/**
 * The two forms low on /mijn-organisatie — "Een activiteit voorstellen" and "Account verwijderen" —
 * rendered in the page's HTML and posting to server actions with useActionState (as the worry form):
 * they are usable the moment they are visible, with or without JavaScript. No zod and no
 * react-hook-form in the browser (docs/decisions/0011): the server validates with the same schemas
 * and its Dutch field errors come back on the fields; after a failed submit the first invalid field
 * gets the focus. Their texts come from the catalogue through the page, as props (entrepreneurPage.proposal and
 * entrepreneurPage.deleteAccount): they travel in the page's HTML, not in its script (first-load budget).
 */
import { useActionState, useEffect, useRef } from "react";
import { CheckboxGroup, FieldError, FormStatus, inputClass, submitClass, TextArea, TextField } from "@/components/forms/form-fields";
import { focusFirstInvalid } from "@/components/forms/focus-first";
import { fillMarks } from "@/lib/text/marks";
import type { FormActionState } from "../actions";

type ProposalAction = (
  prev: FormActionState<{ id: string; title: string }>,
  fd: FormData,
) => Promise<FormActionState<{ id: string; title: string }>>;
type DeleteAction = (prev: FormActionState<{ deleted: boolean }>, fd: FormData) => Promise<FormActionState<{ deleted: boolean }>>;

const PROPOSAL_FIELDS = ["title", "description", "howToJoin", "cost", "targetGroups", "degrees"] as const;

/** A failed submit's first field error per field (the shape focusFirstInvalid and the fields read). */
function errorsOf(state: FormActionState<unknown>): Record<string, string | undefined> {
  return state && !state.ok ? Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([k, v]) => [k, v[0]])) : {};
}

/** After a failed submit the first invalid field (in form order) gets the focus. */
function useFocusFirstError(state: FormActionState<unknown>, fields: readonly string[]) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state && !state.ok && formRef.current) focusFirstInvalid(formRef.current, fields, errorsOf(state));
  }, [state, fields]);
  return formRef;
}

/** The page refreshes itself after the action (it refreshes /mijn-organisatie); the form only empties. */
export function ProposalForm({
  action,
  targetGroups,
  degrees,
  texts: x,
}: {
  action: ProposalAction;
  targetGroups: Record<string, string>;
  degrees: Record<string, string>;
  texts: Record<"title" | "description" | "howToJoin" | "cost" | "targetGroups" | "degrees" | "submit" | "busy" | "done", string>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useFocusFirstError(state, PROPOSAL_FIELDS);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state, formRef]);
  const error = errorsOf(state);
  const status = state
    ? state.ok
      ? { kind: "ok" as const, text: fillMarks(x.done, { title: state.data.title }) }
      : { kind: "error" as const, text: state.message }
    : null;
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      <TextField id="voorstel-title" name="title" label={x.title} error={error.title} />
      <TextArea id="voorstel-description" name="description" label={x.description} optional rows={3} error={error.description} />
      <TextField id="voorstel-howToJoin" name="howToJoin" label={x.howToJoin} error={error.howToJoin} />
      <TextField id="voorstel-cost" name="cost" label={x.cost} error={error.cost} />
      <CheckboxGroup
        id="voorstel-targetGroups"
        name="targetGroups"
        legend={x.targetGroups}
        options={targetGroups}
        error={error.targetGroups}
      />
      <CheckboxGroup id="voorstel-degrees" name="degrees" legend={x.degrees} options={degrees} error={error.degrees} />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? x.busy : x.submit}
      </button>
    </form>
  );
}

const CONFIRM = ["confirm"] as const;

export function DeleteAccountForm({ action, texts: x }: { action: DeleteAction; texts: Record<"label" | "hint" | "submit", string> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useFocusFirstError(state, CONFIRM);
  const error = errorsOf(state).confirm;
  const hintId = "del-confirm-uitleg";
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={state && !state.ok ? { kind: "error", text: state.message } : null} />
      <div>
        <label htmlFor="del-confirm" className="font-semibold">
          {x.label}
        </label>
        <p id={hintId} className="text-sm text-muted">
          {x.hint}
        </p>
        <input
          id="del-confirm"
          name="confirm"
          type="text"
          required
          autoComplete="off"
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? "del-confirm-fout" : null].filter(Boolean).join(" ")}
        />
        <FieldError id="del-confirm" error={error} />
      </div>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-danger px-4 py-2 font-semibold text-white disabled:opacity-70">
          {x.submit}
        </button>
      </div>
    </form>
  );
}
