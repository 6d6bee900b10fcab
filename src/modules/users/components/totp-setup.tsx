"use client";
/**
 * Switch on a login code (TOTP) for one's own account: show the secret (to type into an
 * authenticator app) and confirm with a first code. Afterwards all sessions end, so the user logs
 * in again with password + code. Mount this on the user's own settings page.
 */
import { useRef, useState } from "react";
import { confirmTotpAction, startTotpSetupAction } from "../actions";

export function TotpSetup({ enabled }: { enabled: boolean }) {
  const [secret, setSecret] = useState<{ secret: string; uri: string; qrSvg: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  if (enabled || done) {
    return (
      <p role="status">
        De inlogcode staat aan.{" "}
        {done ? "Je bent op alle apparaten uitgelogd. Log opnieuw in met je wachtwoord en de code uit je app." : null}
      </p>
    );
  }

  if (!secret) {
    return (
      <div>
        <p>Met een inlogcode is je account beter beveiligd. Je hebt dan een app nodig die codes maakt, zoals een authenticator-app.</p>
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
          Inlogcode instellen
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
      <p>Stap 1. Scan deze QR-code met je app. Of voeg in je app een account toe met de sleutel eronder.</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, not an optimisable image */}
      <img
        src={`data:image/svg+xml;base64,${btoa(secret.qrSvg)}`}
        alt="QR-code om de inlogcode in je app toe te voegen"
        width={200}
        height={200}
        className="mt-2 bg-white"
      />
      <p className="mt-2 font-mono text-lg tracking-wider" aria-label={`Sleutel: ${secret.secret.split("").join(" ")}`}>
        {secret.secret.match(/.{1,4}/g)?.join(" ")}
      </p>
      <p className="mt-4">Stap 2. Vul de code van 6 cijfers in die je app nu laat zien.</p>
      {error ? (
        <p ref={errorRef} id="totp-code-error" tabIndex={-1} role="alert" className="mt-2 font-semibold text-danger">
          {error}
        </p>
      ) : null}
      <label htmlFor="totp-code" className="mt-2 block font-semibold">
        Code uit je app
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
        Inlogcode aanzetten
      </button>
    </form>
  );
}
