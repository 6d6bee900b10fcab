"use client";
/**
 * The reporter checks the status with the one-time code. The code goes in the POST body of a
 * server action, never in a URL (URLs end up in access logs, browser history and referrers).
 */
import { useActionState } from "react";
import type { StatusCheckState } from "../actions";

type Action = (prev: StatusCheckState, fd: FormData) => Promise<StatusCheckState>;

const TEXT = {
  ONTVANGEN: "Ontvangen. Iemand van het signaalpunt gaat ernaar kijken.",
  OPGEPAKT: "Opgepakt. Iemand is ermee aan de slag gegaan.",
  AFGESLOTEN: "Afgerond. Het signaalpunt heeft de melding afgesloten.",
} as const;

export function StatusCheckForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? (state.fieldErrors?.code?.[0] ?? state.message) : undefined;
  return (
    <form action={formAction} method="post" className="max-w-xl">
      <label htmlFor="code" className="block font-semibold">Uw code</label>
      <p id="code-hint" className="text-sm">U kreeg de code toen u uw zorg doorgaf.</p>
      <input id="code" name="code" type="text" autoComplete="off" spellCheck={false} maxLength={64} required
        className="mt-1 block w-full rounded border border-field bg-white px-3 py-2 font-mono text-base aria-[invalid=true]:border-danger"
        aria-invalid={!!error} aria-describedby={error ? "code-hint code-fout" : "code-hint"} />
      {error && <p id="code-fout" className="mt-1 text-danger">{error}</p>}
      <button type="submit" disabled={pending} className="mt-4 rounded bg-brand px-4 py-2 font-semibold text-white">Stand bekijken</button>
      <div aria-live="polite" className="mt-4">
        {state?.ok && (
          <p className="rounded border border-line bg-white p-4 text-lg" data-testid="signal-reporter-status">
            <strong>Stand:</strong> {TEXT[state.data.status]}
          </p>
        )}
      </div>
      <p className="mt-4 text-sm">Om de privacy te beschermen ziet u alleen de stand, niet wat er gebeurt.</p>
    </form>
  );
}
