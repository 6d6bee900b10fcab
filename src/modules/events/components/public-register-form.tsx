"use client";
/** Register for a public event with name and e-mail (no account). Posts without JavaScript too. */
import { useActionState } from "react";
import { FormStatus, SubmitButton, TextField } from "@/components/forms/form-fields";
import { fillMarks } from "@/lib/text/marks";
import type { GuestRegisterState } from "../actions";

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
  const [state, formAction, pending] = useActionState(action, null);
  if (full && !state?.ok) return null;
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const status = state
    ? state.ok
      ? { kind: "ok" as const, text: fillMarks(texts.done, { title }) }
      : { kind: "error" as const, text: state.fieldErrors ? texts.fixFields : state.message }
    : null;
  const id = (f: string) => `aanmelden-${eventId}-${f}`;
  return (
    <form action={formAction} noValidate className="mt-3 grid gap-3" aria-label={fillMarks(texts.formLabel, { title })}>
      <FormStatus status={status} />
      {state?.ok ? null : (
        <>
          <TextField
            id={id("naam")}
            name="name"
            label={texts.name}
            autoComplete="name"
            required
            defaultValue={state && !state.ok ? state.values?.name : ""}
            error={errors.name?.[0]}
          />
          <TextField
            id={id("email")}
            name="email"
            type="email"
            label={texts.email}
            autoComplete="email"
            required
            defaultValue={state && !state.ok ? state.values?.email : ""}
            error={errors.email?.[0]}
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
