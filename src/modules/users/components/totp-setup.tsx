"use client";
/**
 * Switch on a login code (TOTP) for one's own account: show the secret (to type into an
 * authenticator app) and confirm with a first code. Afterwards all sessions end, so the user logs
 * in again with password + code. Mount this on the user's own settings page.
 * Both steps are forms in the one form pattern (src/components/forms/action-form.ts); the code is
 * checked in the browser with the server's ZTotpConfirm first.
 */
import { useState } from "react";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { FormStatus, TextField } from "@/components/forms/form-fields";
import { confirmTotpAction, startTotpSetupAction } from "../actions";
import { TOTP_CONFIRM_FORM } from "../form-fields";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

type Setup = { secret: string; uri: string; qrSvg: string };

/**
 * Starting returns the new secret and its QR code, which only this browser may show and keep (in
 * the form's state, never in a page the server renders): a client function, not a form post. The
 * setup needs JavaScript anyway; the code form below only exists after this step.
 */
const startSetup: FormAction<Setup> = () => startTotpSetupAction();

/** Its texts come from the catalogue (accountPages.totp) through the page. */
export function TotpSetup({ enabled, texts: x }: { enabled: boolean; texts: Messages["accountPages"]["totp"] }) {
  const [done, setDone] = useState(false);
  const start = useActionForm({ action: startSetup, fields: {} });
  const confirm = useActionForm({
    action: confirmTotpAction,
    fields: TOTP_CONFIRM_FORM,
    schema: () => import("../schemas").then((m) => m.ZTotpConfirm),
    onSuccess: () => setDone(true),
  });
  const secret = start.state?.ok ? start.state.data : null;

  if (enabled || done) {
    return (
      <p role="status">
        {x.on} {done ? x.loggedOut : null}
      </p>
    );
  }

  if (!secret) {
    return (
      <form {...start.formProps}>
        <p>{x.why}</p>
        <FormStatus status={start.status} />
        <button
          type="submit"
          disabled={start.pending}
          className="mt-4 rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong"
        >
          {x.setUp}
        </button>
      </form>
    );
  }

  return (
    <form {...confirm.formProps}>
      <p>{x.step1}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, not an optimisable image */}
      <img src={`data:image/svg+xml;base64,${btoa(secret.qrSvg)}`} alt={x.qrAlt} width={200} height={200} className="mt-2 bg-white" />
      <p className="mt-2 font-mono text-lg tracking-wider" aria-label={fillMarks(x.keyLabel, { key: secret.secret.split("").join(" ") })}>
        {secret.secret.match(/.{1,4}/g)?.join(" ")}
      </p>
      <p className="mt-4">{x.step2}</p>
      <FormStatus status={confirm.status} />
      <div className="mt-2 max-w-40">
        <TextField
          id="totp-code"
          name="code"
          label={x.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          error={confirm.errors.code}
        />
      </div>
      <button
        type="submit"
        disabled={confirm.pending}
        className="mt-4 rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong"
      >
        {x.switchOn}
      </button>
    </form>
  );
}
