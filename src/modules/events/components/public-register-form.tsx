"use client";
/**
 * Register for a public event with name and e-mail (no account), in the one form pattern
 * (src/components/forms/action-form.ts): it posts without JavaScript too. No check in the browser:
 * the guest schema lives with the server code (server/guests.ts); the server's Dutch field errors
 * come back on the fields, and without JavaScript the typed values come back to refill them.
 */
import { useActionForm } from "@/components/forms/action-form";
import { FormStatus, SubmitButton, TextField, type TFormStatus } from "@/components/forms/form-fields";
import { fillMarks } from "@/lib/text/marks";
import type { GuestRegisterState } from "../actions";
import { GUEST_FORM } from "../form-fields";

/** registerPublicGuestAction, bound by the server page to the gemeente and the event. */
type Action = (prev: GuestRegisterState, fd: FormData) => Promise<GuestRegisterState>;

/**
 * Stays mounted when the event fills up (`full`), so whoever took the last place still sees their
 * confirmation; without a registration just made, a full event shows no form.
 */
export function PublicRegisterForm({
  action,
  eventId,
  title,
  full,
  texts,
}: {
  action: Action;
  eventId: string;
  title: string;
  full: boolean;
  /** t.publicPages.registerForm ({title} marks are filled in here). */
  texts: {
    done: string;
    fixFields: string;
    formLabel: string;
    name: string;
    email: string;
    privacy: string;
    pending: string;
    submit: string;
  };
}) {
  const { formProps, errors, status, pending, state, values } = useActionForm({
    action,
    fields: GUEST_FORM,
    okText: () => fillMarks(texts.done, { title }),
  });
  if (full && !state?.ok) return null;
  // Field errors: the fields say what is wrong, the status line says to look at them.
  const shown: TFormStatus = state && !state.ok && state.fieldErrors ? { kind: "error", text: texts.fixFields } : status;
  const id = (f: string) => `aanmelden-${eventId}-${f}`;
  return (
    <form {...formProps} className="mt-3 grid gap-3" aria-label={fillMarks(texts.formLabel, { title })}>
      <FormStatus status={shown} />
      {state?.ok ? null : (
        <>
          <TextField
            id={id("naam")}
            name="name"
            label={texts.name}
            autoComplete="name"
            required
            defaultValue={values.name ?? ""}
            error={errors.name}
          />
          <TextField
            id={id("email")}
            name="email"
            type="email"
            label={texts.email}
            autoComplete="email"
            required
            defaultValue={values.email ?? ""}
            error={errors.email}
          />
          <p className="text-sm">{texts.privacy}</p>
          <SubmitButton pending={pending} pendingText={texts.pending}>
            {texts.submit}
          </SubmitButton>
        </>
      )}
    </form>
  );
}
