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
import { useRouter } from "next/navigation";
import { FieldError, fieldAria, FormStatus, submitClass, TextArea, TextField } from "@/components/forms/form-fields";
import type { FormActionState } from "../actions";

type Choice = { value: string; label: string };
type ProposalAction = (
  prev: FormActionState<{ id: string; title: string }>,
  fd: FormData,
) => Promise<FormActionState<{ id: string; title: string }>>;
type DeleteAction = (prev: FormActionState<{ deleted: boolean }>, fd: FormData) => Promise<FormActionState<{ deleted: boolean }>>;

const PROPOSAL_FIELDS = ["title", "description", "howToJoin", "cost", "targetGroups", "degrees"] as const;

/** Focus the first field (in form order) that has an error after a failed submit. */
function useFocusFirstError(state: FormActionState<unknown>, fields: readonly string[], formRef: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    if (!state || state.ok || !formRef.current) return;
    const first = fields.find((f) => state.fieldErrors?.[f]?.[0]);
    if (!first) return;
    const el = formRef.current.elements.namedItem(first);
    const target = el instanceof RadioNodeList ? (el[0] as HTMLElement | undefined) : (el as HTMLElement | null);
    target?.focus();
  }, [state, fields, formRef]);
}

export function ProposalForm({ action, targetGroups, degrees }: { action: ProposalAction; targetGroups: Choice[]; degrees: Choice[] }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(state, PROPOSAL_FIELDS, formRef);
  useEffect(() => {
    if (state?.ok) {
      formRef.current?.reset();
      router.refresh();
    }
  }, [state, router]);
  const error = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  const status = state
    ? state.ok
      ? { kind: "ok" as const, text: `Dank je wel! De gemeente bekijkt "${state.data.title}" en zet het daarna in het aanbod.` }
      : { kind: "error" as const, text: state.message }
    : null;
  const boxes = (name: "targetGroups" | "degrees", idPart: string, legend: string, choices: Choice[]) => (
    <fieldset {...fieldAria(`voorstel-${name}`, error(name))}>
      <legend className="font-semibold">{legend}</legend>
      {choices.map((c) => (
        <div key={c.value} className="mt-1 flex items-center gap-2">
          <input id={`voorstel-${idPart}-${c.value}`} type="checkbox" name={name} value={c.value} className="h-5 w-5" />
          <label htmlFor={`voorstel-${idPart}-${c.value}`}>{c.label}</label>
        </div>
      ))}
      <FieldError id={`voorstel-${name}`} error={error(name)} />
    </fieldset>
  );
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      <TextField id="voorstel-title" name="title" label="Naam van de activiteit (bijvoorbeeld: koffie-ochtend)" error={error("title")} />
      <TextArea id="voorstel-description" name="description" label="Korte uitleg" optional rows={3} error={error("description")} />
      <TextField id="voorstel-howToJoin" name="howToJoin" label="Hoe doet iemand mee? (waar en wanneer)" error={error("howToJoin")} />
      <TextField id="voorstel-cost" name="cost" label="Kosten (niet verplicht)" error={error("cost")} />
      {boxes("targetGroups", "tg", "Voor wie?", targetGroups)}
      {boxes("degrees", "d", "Past bij mensen die zich zo eenzaam voelen", degrees)}
      <button type="submit" disabled={pending} className={submitClass}>
        {pending ? "Bezig…" : "Activiteit voorstellen"}
      </button>
    </form>
  );
}

export function DeleteAccountForm({ action }: { action: DeleteAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(state, ["confirm"], formRef);
  const error = state && !state.ok ? state.fieldErrors?.confirm?.[0] : undefined;
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
          className="mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger"
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
