"use client";
/** The coalition's public contact: e-mail and phone for people who want to join. Works without JavaScript. */
import { useActionState } from "react";
import type { PublicContactState } from "../actions";

type Action = (prev: PublicContactState, fd: FormData) => Promise<PublicContactState>;
const input = "mt-1 block w-full max-w-md rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

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
  const [state, formAction, pending] = useActionState(action, null);
  const err = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  const shown = state?.ok ? state.data : { email, phone };
  const field = (name: "email" | "phone", label: string, type: string) => (
    <div className="mt-3">
      <label htmlFor={`contact-${name}`} className="block font-semibold">
        {label}
      </label>
      <input
        id={`contact-${name}`}
        name={name}
        type={type}
        defaultValue={shown[name] ?? ""}
        className={input}
        aria-invalid={!!err(name)}
        aria-describedby={err(name) ? `contact-${name}-fout` : undefined}
      />
      {err(name) && (
        <p id={`contact-${name}-fout`} className="mt-1 text-danger">
          {err(name)}
        </p>
      )}
    </div>
  );
  return (
    <form action={formAction} noValidate>
      <p className="max-w-3xl">{texts.intro}</p>
      {field("email", texts.email, "email")}
      {field("phone", texts.phone, "tel")}
      <div aria-live="polite" className="mt-2">
        {state?.ok && <p>{texts.saved}</p>}
        {state && !state.ok && <p className="text-danger">{state.message}</p>}
      </div>
      <button type="submit" disabled={pending} className="mt-3 rounded bg-brand px-4 py-2 font-semibold text-white">
        {pending ? texts.pending : texts.submit}
      </button>
    </form>
  );
}
