"use client";
/**
 * The two forms low on /mijn-organisatie — "Een activiteit voorstellen" and "Account verwijderen" —
 * rendered in the page's HTML and posting to server actions with useActionState (as the worry form):
 * they are usable the moment they are visible, with or without JavaScript. No zod and no
 * react-hook-form in the browser (docs/decisions/0011): the server validates with the same schemas
 * and its Dutch field errors come back on the fields; after a failed submit the first invalid field
 * gets the focus.
 */
import { useActionState, useEffect, useRef } from "react";
import { CheckboxGroup, FieldError, FormStatus, inputClass, submitClass, TextArea, TextField } from "@/components/forms/form-fields";
import { focusFirstInvalid } from "@/components/forms/focus-first";
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
}: {
  action: ProposalAction;
  targetGroups: Record<string, string>;
  degrees: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useFocusFirstError(state, PROPOSAL_FIELDS);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state, formRef]);
  const error = errorsOf(state);
  const status = state
    ? state.ok
      ? { kind: "ok" as const, text: `Dank je wel! De gemeente bekijkt "${state.data.title}" en zet het daarna in het aanbod.` }
      : { kind: "error" as const, text: state.message }
    : null;
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      <TextField id="voorstel-title" name="title" label="Naam van de activiteit (bijvoorbeeld: koffie-ochtend)" error={error.title} />
      <TextArea id="voorstel-description" name="description" label="Korte uitleg" optional rows={3} error={error.description} />
      <TextField id="voorstel-howToJoin" name="howToJoin" label="Hoe doet iemand mee? (waar en wanneer)" error={error.howToJoin} />
      <TextField id="voorstel-cost" name="cost" label="Kosten (niet verplicht)" error={error.cost} />
      <CheckboxGroup id="voorstel-targetGroups" name="targetGroups" legend="Voor wie?" options={targetGroups} error={error.targetGroups} />
      <CheckboxGroup
        id="voorstel-degrees"
        name="degrees"
        legend="Past bij mensen die zich zo eenzaam voelen"
        options={degrees}
        error={error.degrees}
      />
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Bezig…" : "Activiteit voorstellen"}
      </button>
    </form>
  );
}

const CONFIRM = ["confirm"] as const;

export function DeleteAccountForm({ action }: { action: DeleteAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useFocusFirstError(state, CONFIRM);
  const error = errorsOf(state).confirm;
  const hintId = "del-confirm-uitleg";
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={state && !state.ok ? { kind: "error", text: state.message } : null} />
      <div>
        <label htmlFor="del-confirm" className="font-semibold">
          Typ VERWIJDEREN om je account te verwijderen
        </label>
        <p id={hintId} className="text-sm text-muted">
          Ben jij de laatste van je organisatie? Dan verdwijnt je organisatie ook meteen van de openbare lijst. De gemeente houdt haar eigen
          verslag van de samenwerking, zonder jouw naam.
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
          Account verwijderen
        </button>
      </div>
    </form>
  );
}
