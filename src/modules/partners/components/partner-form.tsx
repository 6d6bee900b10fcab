"use client";
/**
 * Form to add a coalition partner, in the one form pattern (src/components/forms/action-form.ts): it
 * posts to the server action with or without JavaScript; with JavaScript the browser first checks it
 * with the SAME zod schema the server parses with (ZPartnerInput, loaded at the first focus). The
 * server's Dutch field errors show on the same fields; the first invalid field gets the focus; the
 * result is announced in the status line.
 */
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { fillMarks } from "@/lib/text/marks";
import type { TPartner } from "../schemas";
import { PARTNER_FORM } from "../form-fields";
import { COALITION_CIRCLE_LABELS, PARTNER_KIND_LABELS } from "../labels";

/** Texts from the catalogue (coalitionPages.partners.partnerForm), passed in by the page: plain strings, {name} marks filled here. */
type PartnerFormTexts = Record<
  "added" | "name" | "kind" | "kindPlaceholder" | "circle" | "circleHint" | "ambassador" | "busy" | "submit",
  string
>;

/** `action`: createPartnerAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
export function PartnerForm({ action, texts: x }: { action: FormAction<TPartner>; texts: PartnerFormTexts }) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: PARTNER_FORM,
    schema: () => import("../schemas").then((m) => m.ZPartnerInput),
    okText: (partner) => fillMarks(x.added, { name: partner.name }),
  });

  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="partner-toevoegen">
      <FormStatus status={status} />
      <TextField id="partner-name" name="name" label={x.name} autoComplete="organization" error={errors.name} />
      <SelectField
        id="partner-kind"
        name="kind"
        label={x.kind}
        placeholder={x.kindPlaceholder}
        options={PARTNER_KIND_LABELS}
        error={errors.kind}
      />
      <SelectField
        id="partner-circle"
        name="circle"
        label={x.circle}
        hint={x.circleHint}
        options={COALITION_CIRCLE_LABELS}
        defaultValue="LOKALE_COALITIE"
        error={errors.circle}
      />
      <TextField id="partner-ambassador" name="ambassador" label={x.ambassador} autoComplete="name" error={errors.ambassador} />
      <SubmitButton pending={pending} pendingText={x.busy}>
        {x.submit}
      </SubmitButton>
    </form>
  );
}
