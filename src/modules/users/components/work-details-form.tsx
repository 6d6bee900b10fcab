"use client";
/**
 * "Functie en contactgegevens" on the account page, in the one form pattern
 * (src/components/forms/action-form.ts): it posts with or without JavaScript; with JavaScript the
 * browser first checks it with the server's ZWorkDetails (loaded at the first focus) and the result
 * is announced without a page load.
 */
import { useActionForm } from "@/components/forms/action-form";
import { FormStatus, SubmitButton, TextArea, TextField } from "@/components/forms/form-fields";
import { updateWorkDetailsAction } from "../actions";
import { WORK_DETAILS_FORM } from "../form-fields";
import type { Messages } from "@/i18n/messages";

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
  const { formProps, errors, status, pending } = useActionForm({
    action: updateWorkDetailsAction,
    fields: WORK_DETAILS_FORM,
    schema: () => import("../schemas").then((m) => m.ZWorkDetails),
    okText: () => x.saved,
    resetOnSuccess: false,
  });
  return (
    <form {...formProps} className="mt-3 grid max-w-xl gap-4" aria-label={x.label}>
      <FormStatus status={status} />
      <TextField
        id="functie"
        name="jobTitle"
        label={x.jobTitle}
        hint={x.jobTitleHint}
        defaultValue={jobTitle}
        maxLength={120}
        error={errors.jobTitle}
      />
      <TextArea
        id="contactgegevens"
        name="workContact"
        label={x.contact}
        hint={x.contactHint}
        rows={2}
        defaultValue={workContact}
        maxLength={300}
        error={errors.workContact}
      />
      <SubmitButton pending={pending} pendingText={x.busy}>
        {x.save}
      </SubmitButton>
    </form>
  );
}
