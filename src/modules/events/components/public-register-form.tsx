"use client";
/** Register for a public event with name and e-mail (no account). Posts without JavaScript too. */
import { useActionState } from "react";
import { FormStatus, SubmitButton, TextField } from "@/components/forms/form-fields";
import type { GuestRegisterState } from "../actions";

type Action = (prev: GuestRegisterState, fd: FormData) => Promise<GuestRegisterState>;

/**
 * Stays mounted when the event fills up (`full`), so whoever took the last place still sees their
 * confirmation; without a registration just made, a full event shows no form.
 */
export function PublicRegisterForm({ action, eventId, title, full }: { action: Action; eventId: string; title: string; full: boolean }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (full && !state?.ok) return null;
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const status = state
    ? state.ok
      ? {
          kind: "ok" as const,
          text: `U bent aangemeld voor ${title}. U krijgt een bevestiging per e-mail, met een link om u af te melden.`,
        }
      : { kind: "error" as const, text: state.fieldErrors ? "Vul de velden hieronder goed in." : state.message }
    : null;
  const id = (f: string) => `aanmelden-${eventId}-${f}`;
  return (
    <form action={formAction} noValidate className="mt-3 grid gap-3" aria-label={`Aanmelden voor ${title}`}>
      <FormStatus status={status} />
      {state?.ok ? null : (
        <>
          <TextField
            id={id("naam")}
            name="name"
            label="Uw naam"
            autoComplete="name"
            required
            defaultValue={state && !state.ok ? state.values?.name : ""}
            error={errors.name?.[0]}
          />
          <TextField
            id={id("email")}
            name="email"
            type="email"
            label="Uw e-mailadres"
            autoComplete="email"
            required
            defaultValue={state && !state.ok ? state.values?.email : ""}
            error={errors.email?.[0]}
          />
          <p className="text-sm">We gebruiken uw naam en e-mailadres alleen voor deze bijeenkomst.</p>
          <SubmitButton pending={pending} pendingText="Bezig met aanmelden…">
            Aanmelden
          </SubmitButton>
        </>
      )}
    </form>
  );
}
