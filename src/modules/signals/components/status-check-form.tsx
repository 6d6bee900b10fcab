"use client";
/**
 * The reporter checks the status with the one-time code. The code goes in the POST body of a
 * server action, never in a URL (URLs end up in access logs, browser history and referrers).
 */
import { useActionState } from "react";
import { resident } from "@/i18n/nl-resident";
import type { StatusCheckState } from "../actions";

type Action = (prev: StatusCheckState, fd: FormData) => Promise<StatusCheckState>;

const T = resident.statusCheck;

export function StatusCheckForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? (state.fieldErrors?.code?.[0] ?? state.message) : undefined;
  return (
    <form action={formAction} method="post" className="max-w-xl">
      <label htmlFor="code" className="block font-semibold">
        {T.label}
      </label>
      <p id="code-hint" className="text-sm">
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
        className="mt-1 block w-full rounded border border-field bg-white px-3 py-2 font-mono text-base aria-[invalid=true]:border-danger"
        aria-invalid={!!error}
        aria-describedby={error ? "code-hint code-fout" : "code-hint"}
      />
      {error && (
        <p id="code-fout" className="mt-1 text-danger">
          {error}
        </p>
      )}
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
