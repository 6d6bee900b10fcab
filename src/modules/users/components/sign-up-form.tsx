"use client";
/**
 * "Aanmelden als ondernemer": name + e-mail, in the one form pattern (src/components/forms/action-form.ts):
 * the form posts to the server action that creates the account, also without JavaScript (the page then
 * says the account is made and where to ask for a login link). With JavaScript the browser first
 * checks the values with the SAME zod schema as the server (loaded at the first focus), and after the
 * account is made asks next-auth's e-mail sign-in for a login link, which leads to /ondernemer
 * (next-auth 4 has no server-side signIn: its CSRF token is a cookie of the browser).
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useActionForm } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/form-fields";
import { signUpOndernemerAction } from "../actions";
import { SIGN_UP_FORM } from "../sign-up-fields";
import type { Messages } from "@/i18n/messages";

/** Its texts come from the catalogue (accountPages.signUp) through the page. */
export function SignUpForm({ texts: x }: { texts: Messages["accountPages"]["signUp"] }) {
  const router = useRouter();
  const [sending, setSending] = useState<"busy" | "failed" | null>(null);
  const { formProps, errors, status, pending } = useActionForm({
    action: signUpOndernemerAction,
    fields: SIGN_UP_FORM,
    schema: () => import("../schemas").then((m) => m.ZOndernemerSignUp),
    onSuccess: (signedUp) => {
      setSending("busy");
      void signIn("email", { redirect: false, email: signedUp.email, callbackUrl: "/ondernemer" }).then(
        (res) => (res?.ok && !res.error ? router.push("/inloggen/controleer-je-email") : setSending("failed")),
        () => setSending("failed"),
      );
    },
  });
  // Without JavaScript the success status is the only answer; with it, the page moves on to "check your e-mail".
  let message: string | null = null;
  if (sending === "failed") message = x.sendFailed;
  else if (status?.kind === "error") message = status.text;
  else if (status?.kind === "ok" && sending === null) message = x.created;

  return (
    <form {...formProps} className="mt-6 grid max-w-xl gap-4">
      <div
        role="alert"
        className={`min-h-6 font-semibold ${status?.kind === "ok" && sending !== "failed" ? "text-brand-strong" : "text-danger"}`}
      >
        {message}
      </div>
      <TextField id="aanmelden-naam" name="name" label={x.name} autoComplete="name" error={errors.name} />
      <TextField
        id="aanmelden-email"
        name="email"
        type="email"
        label={x.email}
        hint={x.emailHint}
        autoComplete="email"
        error={errors.email}
      />
      <div>
        <SubmitButton pending={pending || sending === "busy"} pendingText={x.busy}>
          {x.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
