"use client";
/**
 * The two forms low on /mijn-organisatie — "Een activiteit voorstellen" and "Account verwijderen" —
 * in the one form pattern (src/components/forms/action-form.ts): rendered in the page's HTML and
 * posting to server actions the page hands them, so they are usable the moment they are visible,
 * with or without JavaScript. The server validates with the same schemas and its Dutch field errors
 * come back on the fields; after a failed submit the first invalid field gets the focus. Their texts
 * come from the catalogue through the page, as props (entrepreneurPage.proposal and
 * entrepreneurPage.deleteAccount): they travel in the page's HTML, not in its script (first-load budget).
 */
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { CheckboxGroup, FormStatus, SubmitButton, TextArea, TextField } from "@/components/forms/form-fields";
import { fillMarks } from "@/lib/text/marks";
import { DELETE_ACCOUNT_FORM, PROPOSAL_FORM } from "../form-fields";

/** The page refreshes itself after the action (it refreshes /mijn-organisatie); the form only empties. */
export function ProposalForm({
  action,
  targetGroups,
  degrees,
  texts: x,
}: {
  action: FormAction<{ id: string; title: string }>;
  targetGroups: Record<string, string>;
  degrees: Record<string, string>;
  texts: Record<"title" | "description" | "howToJoin" | "cost" | "targetGroups" | "degrees" | "submit" | "busy" | "done", string>;
}) {
  const {
    formProps,
    errors: error,
    status,
    pending,
    values: typed, // after a refusal: what was typed (a page answered without JavaScript starts empty)
  } = useActionForm({
    action,
    fields: PROPOSAL_FORM,
    okText: (proposal) => fillMarks(x.done, { title: proposal.title }),
  });
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      <TextField id="voorstel-title" name="title" defaultValue={typed.title} label={x.title} error={error.title} />
      <TextArea
        id="voorstel-description"
        name="description"
        defaultValue={typed.description}
        label={x.description}
        optional
        rows={3}
        error={error.description}
      />
      <TextField id="voorstel-howToJoin" name="howToJoin" defaultValue={typed.howToJoin} label={x.howToJoin} error={error.howToJoin} />
      <TextField id="voorstel-cost" name="cost" defaultValue={typed.cost} label={x.cost} error={error.cost} />
      <CheckboxGroup
        id="voorstel-targetGroups"
        name="targetGroups"
        legend={x.targetGroups}
        options={targetGroups}
        error={error.targetGroups}
      />
      <CheckboxGroup id="voorstel-degrees" name="degrees" legend={x.degrees} options={degrees} error={error.degrees} />
      <SubmitButton pending={pending} pendingText={x.busy}>
        {x.submit}
      </SubmitButton>
    </form>
  );
}

/** On success the action sends the browser to the landing page. */
export function DeleteAccountForm({
  action,
  texts: x,
}: {
  action: FormAction<{ deleted: boolean }>;
  texts: Record<"label" | "hint" | "submit", string>;
}) {
  const { formProps, errors, status, pending } = useActionForm({ action, fields: DELETE_ACCOUNT_FORM });
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      <TextField id="del-confirm" name="confirm" label={x.label} hint={x.hint} required autoComplete="off" error={errors.confirm} />
      <div>
        <button type="submit" disabled={pending} className="rounded bg-danger px-4 py-2 font-semibold text-white disabled:opacity-70">
          {x.submit}
        </button>
      </div>
    </form>
  );
}
