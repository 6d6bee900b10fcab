"use client";
/**
 * "Functie en contactgegevens" on the account page. A plain form posting to a server action
 * (works without JavaScript); with JavaScript the result is announced without a page load.
 */
import { useActionState } from "react";
import { updateWorkDetailsAction } from "../actions";
import type { Messages } from "@/i18n/messages";

const inputClass = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

export function WorkDetailsForm({
  jobTitle,
  workContact,
  texts: x,
}: {
  jobTitle: string;
  workContact: string;
  /** From the catalogue (accountPages.workDetails), handed over by the page. */
  texts: Messages["accountPages"]["workDetails"];
}) {
  const [result, action, pending] = useActionState(updateWorkDetailsAction, null);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="mt-3 grid max-w-xl gap-4" aria-label={x.label}>
      <div role="status" aria-live="polite" className="min-h-6">
        {result ? (
          <p className={result.ok ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>
            {result.ok ? x.saved : result.message}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="functie" className="font-semibold">
          {x.jobTitle}
        </label>
        <input
          id="functie"
          name="jobTitle"
          defaultValue={jobTitle}
          maxLength={120}
          className={inputClass}
          aria-invalid={errors.jobTitle ? true : undefined}
          aria-describedby={errors.jobTitle ? "functie-fout" : "functie-uitleg"}
        />
        <p id="functie-uitleg" className="mt-1 text-sm text-muted">
          {x.jobTitleHint}
        </p>
        {errors.jobTitle ? (
          <p id="functie-fout" className="mt-1 text-danger">
            {errors.jobTitle[0]}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="contactgegevens" className="font-semibold">
          {x.contact}
        </label>
        <textarea
          id="contactgegevens"
          name="workContact"
          rows={2}
          defaultValue={workContact}
          maxLength={300}
          className={inputClass}
          aria-invalid={errors.workContact ? true : undefined}
          aria-describedby={errors.workContact ? "contactgegevens-fout" : "contactgegevens-uitleg"}
        />
        <p id="contactgegevens-uitleg" className="mt-1 text-sm text-muted">
          {x.contactHint}
        </p>
        {errors.workContact ? (
          <p id="contactgegevens-fout" className="mt-1 text-danger">
            {errors.workContact[0]}
          </p>
        ) : null}
      </div>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
        >
          {pending ? x.busy : x.save}
        </button>
      </div>
    </form>
  );
}
