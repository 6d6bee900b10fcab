"use client";
/**
 * The coalition's public contact: e-mail and phone for people who want to join. In the one form
 * pattern (src/components/forms/action-form.ts): works without JavaScript; with it, the browser first
 * checks the fields with the server's schema (ZPublicContact, loaded at the first focus).
 */
import { useActionForm } from "@/components/forms/action-form";
import { FormStatus, SubmitButton, TextField } from "@/components/forms/form-fields";
import type { PublicContactState } from "../actions";
import { PUBLIC_CONTACT_FORM } from "../form-fields";

/** setPublicContactAction, bound by the server page to the gemeente. */
type Action = (prev: PublicContactState, fd: FormData) => Promise<PublicContactState>;

export function PublicContactForm({
  action,
  email,
  phone,
  texts,
}: {
  action: Action;
  email: string | null;
  phone: string | null;
  /** t.publicPages.contactForm */
  texts: { intro: string; email: string; phone: string; saved: string; pending: string; submit: string };
}) {
  const { formProps, errors, status, pending, state } = useActionForm({
    action,
    fields: PUBLIC_CONTACT_FORM,
    schema: () => import("../schemas").then((m) => m.ZPublicContact),
    okText: () => texts.saved,
    resetOnSuccess: false,
  });
  // After saving, what was stored (trimmed, in lower case): the page renders it without JavaScript too.
  const shown = state?.ok ? state.data : { email, phone };
  return (
    <form {...formProps} className="grid gap-3">
      <p className="max-w-3xl">{texts.intro}</p>
      <div className="grid max-w-md gap-3">
        <TextField id="contact-email" name="email" type="email" label={texts.email} defaultValue={shown.email ?? ""} error={errors.email} />
        <TextField id="contact-phone" name="phone" type="tel" label={texts.phone} defaultValue={shown.phone ?? ""} error={errors.phone} />
      </div>
      <FormStatus status={status} />
      <SubmitButton pending={pending} pendingText={texts.pending}>
        {texts.submit}
      </SubmitButton>
    </form>
  );
}
