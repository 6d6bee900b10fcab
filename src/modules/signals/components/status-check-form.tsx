"use client";
/**
 * The reporter checks the status with the one-time code. The code goes in the POST body of a
 * server action, never in a URL (URLs end up in access logs, browser history and referrers).
 * The one form pattern (src/components/forms/action-form.ts): works without JavaScript; the server
 * checks the code (there is no schema to check it with in the browser).
 */
import { useActionForm } from "@/components/forms/action-form";
import { FieldError, fieldAria, inputClass } from "@/components/forms/form-fields";
import { resident } from "@/i18n/nl-resident";
import type { StatusCheckState } from "../actions";
import { STATUS_CHECK_FORM } from "../form-fields";

type Action = (prev: StatusCheckState, fd: FormData) => Promise<StatusCheckState>;

const T = resident.statusCheck;

export function StatusCheckForm({ action }: { action: Action }) {
  const { formProps, errors, state, pending } = useActionForm({ action, fields: STATUS_CHECK_FORM });
  // A wrong code is told on the field; so is any other refusal (too many tries, not reachable).
  const error = errors.code ?? (state && !state.ok ? state.message : undefined);
  return (
    <form {...formProps} method="post" className="max-w-xl">
      <label htmlFor="code" className="block font-semibold">
        {T.label}
      </label>
      <p id="code-uitleg" className="text-sm">
        {T.hint}
      </p>
      <input
        id="code"
        name="code"
        type="text"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={64}
        required
        className={`${inputClass} font-mono`}
        {...fieldAria("code", error, true)}
      />
      <FieldError id="code" error={error} />
      <button type="submit" disabled={pending} className="mt-4 rounded bg-brand px-4 py-2 font-semibold text-white">
        {T.submit}
      </button>
      <div aria-live="polite" className="mt-4">
        {state?.ok && (
          <p className="rounded border border-line bg-white p-4 text-lg" data-testid="signal-reporter-status">
            <strong>{T.result}</strong> {T.status[state.data.status]}
          </p>
        )}
      </div>
      <p className="mt-4 text-sm">{T.privacy}</p>
    </form>
  );
}
