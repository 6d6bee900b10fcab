"use client";
/**
 * "Aanmelden als ondernemer": name + e-mail, in the one form pattern (src/components/forms/action-form.ts):
 * the browser first checks the values with the SAME zod schema as the server (loaded at the first
 * focus), then the server action creates the account, then the e-mail sign-in is asked for a login
 * link, which leads to /ondernemer.
 *
 * The form's action is a client function around the server action, not the server action itself:
 * the login link is requested from next-auth's e-mail sign-in in the browser (next-auth 4 has no
 * server-side signIn; its CSRF token is a cookie of the browser), so this form needs JavaScript anyway.
 */
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useActionForm, type FormState } from "@/components/forms/action-form";
import { SubmitButton, TextField } from "@/components/forms/form-fields";
import { signUpOndernemerAction } from "../actions";
import { SIGN_UP_FORM } from "../sign-up-fields";
import type { Messages } from "@/i18n/messages";

type SignedUp = { email: string };

/** Its texts come from the catalogue (accountPages.signUp) through the page. */
export function SignUpForm({ texts: x }: { texts: Messages["accountPages"]["signUp"] }) {
  const router = useRouter();
  const action = async (prev: FormState<SignedUp>, fd: FormData): Promise<FormState<SignedUp>> => {
    const result = await signUpOndernemerAction(prev, fd);
    if (!result?.ok) return result;
    const res = await signIn("email", { redirect: false, email: result.data.email, callbackUrl: "/ondernemer" });
    if (!res || res.error || !res.ok) return { ok: false, code: "SEND_FAILED", message: x.sendFailed };
    return result;
  };
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: SIGN_UP_FORM,
    schema: () => import("../schemas").then((m) => m.ZOndernemerSignUp),
    onSuccess: () => router.push("/inloggen/controleer-je-email"),
  });

  return (
    <form {...formProps} className="mt-6 grid max-w-xl gap-4">
      <div role="alert" className="min-h-6 font-semibold text-danger">
        {status?.kind === "error" ? status.text : null}
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
        <SubmitButton pending={pending} pendingText={x.busy}>
          {x.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
