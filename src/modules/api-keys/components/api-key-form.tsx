"use client";
/**
 * Create an API key for one gemeente (platform admin), in the one form pattern
 * (src/components/forms/action-form.ts): the form posts to the server action, also without
 * JavaScript; with JavaScript the browser first checks it with the SAME zod schema the server parses
 * with (loaded at the first focus). The full key is shown ONCE after creation, with a copy hint.
 */
import { useState, useTransition } from "react";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { inputClass, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import type { TApiKey } from "../schemas";
import { API_KEY_FORM } from "../form-fields";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

/** From the catalogue (adminPages.apiKeyForm), handed over by the page. */
type Texts = Messages["adminPages"]["apiKeyForm"];

export function ApiKeyForm({
  action,
  roles,
  texts: x,
}: {
  /** createApiKeyAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
  action: FormAction<{ apiKey: TApiKey; key: string }>;
  roles: Array<{ value: string; label: string }>;
  texts: Texts;
}) {
  const { formProps, errors, status, pending, state } = useActionForm({
    action,
    fields: API_KEY_FORM,
    schema: () => import("../schemas").then((m) => m.ZApiKeyInput),
  });
  const created = state?.ok ? { name: state.data.apiKey.name, key: state.data.key } : null;

  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="sleutel-maken">
      <div aria-live="polite" role="status" className="min-h-6">
        {status?.kind === "error" ? <p className="font-semibold text-danger">{status.text}</p> : null}
        {created ? (
          <div className="rounded border border-line bg-white p-4">
            <p className="font-semibold">{fillMarks(x.created, { name: created.name })}</p>
            <p className="mt-1">{x.copyNow}</p>
            <label htmlFor="nieuwe-sleutel" className="mt-2 block font-semibold">
              {x.key}
            </label>
            <input
              id="nieuwe-sleutel"
              readOnly
              value={created.key}
              className={`${inputClass} font-mono`}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
        ) : null}
      </div>
      <TextField id="sleutel-naam" name="name" label={x.name} error={errors.name} />
      <SelectField
        id="sleutel-rol"
        name="role"
        label={x.role}
        hint={x.roleHint}
        placeholder={x.chooseRole}
        options={Object.fromEntries(roles.map((r) => [r.value, r.label]))}
        error={errors.role}
      />
      <SubmitButton pending={pending} pendingText={x.busy}>
        {x.submit}
      </SubmitButton>
    </form>
  );
}

export function RevokeApiKeyButton({
  gemeenteSlug,
  id,
  name,
  texts: x,
}: {
  gemeenteSlug: string;
  id: string;
  name: string;
  texts: Pick<Texts, "revoke">;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        className="rounded border border-danger px-3 py-1 font-semibold text-danger hover:bg-white disabled:opacity-70"
        onClick={() =>
          startTransition(async () => {
            const { revokeApiKeyAction } = await import("../actions");
            const result = await revokeApiKeyAction(gemeenteSlug, id);
            setMessage(result.ok ? null : result.message);
          })
        }
      >
        {x.revoke}
        <span className="sr-only"> ({name})</span>
      </button>
      <span role="status" aria-live="polite" className="ml-2 text-danger">
        {message}
      </span>
    </span>
  );
}
