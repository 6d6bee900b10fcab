"use client";
/**
 * Switch on a login code (TOTP) for one's own account: show the secret (to type into an
 * authenticator app) and confirm with a first code. Afterwards all sessions end, so the user logs
 * in again with password + code. Mount this on the user's own settings page.
 */
import { useRef, useState } from "react";
import { confirmTotpAction, startTotpSetupAction } from "../actions";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

/** Its texts come from the catalogue (accountPages.totp) through the page. */
export function TotpSetup({ enabled, texts: x }: { enabled: boolean; texts: Messages["accountPages"]["totp"] }) {
  const [secret, setSecret] = useState<{ secret: string; uri: string; qrSvg: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  if (enabled || done) {
    return (
      <p role="status">
        {x.on} {done ? x.loggedOut : null}
      </p>
    );
  }

  if (!secret) {
    return (
      <div>
        <p>{x.why}</p>
        {error ? (
          <p ref={errorRef} tabIndex={-1} role="alert" className="mt-2 font-semibold text-danger">
            {error}
          </p>
        ) : null}
        <button
          type="button"
          disabled={busy}
          className="mt-4 rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong"
          onClick={async () => {
            setBusy(true);
            const res = await startTotpSetupAction();
            setBusy(false);
            if (res.ok) setSecret(res.data);
            else setError(res.message);
          }}
        >
          {x.setUp}
        </button>
      </div>
    );
  }

  return (
    <form
      method="post"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const code = String(new FormData(e.currentTarget).get("code") ?? "");
        setBusy(true);
        const res = await confirmTotpAction({ code });
        setBusy(false);
        if (res.ok) setDone(true);
        else {
          setError(res.fieldErrors?.code?.[0] ?? res.message);
          setTimeout(() => errorRef.current?.focus(), 0);
        }
      }}
    >
      <p>{x.step1}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, not an optimisable image */}
      <img src={`data:image/svg+xml;base64,${btoa(secret.qrSvg)}`} alt={x.qrAlt} width={200} height={200} className="mt-2 bg-white" />
      <p className="mt-2 font-mono text-lg tracking-wider" aria-label={fillMarks(x.keyLabel, { key: secret.secret.split("").join(" ") })}>
        {secret.secret.match(/.{1,4}/g)?.join(" ")}
      </p>
      <p className="mt-4">{x.step2}</p>
      {error ? (
        <p ref={errorRef} id="totp-code-error" tabIndex={-1} role="alert" className="mt-2 font-semibold text-danger">
          {error}
        </p>
      ) : null}
      <label htmlFor="totp-code" className="mt-2 block font-semibold">
        {x.code}
      </label>
      <input
        id="totp-code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "totp-code-error" : undefined}
        className="mt-1 block w-40 rounded-md border border-ink px-3 py-2"
      />
      <button type="submit" disabled={busy} className="mt-4 rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong">
        {x.switchOn}
      </button>
    </form>
  );
}
