"use client";
/**
 * The reporter's one question (did this help?) with room for a remark. The one form pattern
 * (src/components/forms/action-form.ts): works without JavaScript; the server checks the answer.
 */
import { useActionForm } from "@/components/forms/action-form";
import { FieldError, FormStatus, fieldAria, inputClass } from "@/components/forms/form-fields";
import type { FeedbackState } from "../actions";
import { FEEDBACK_FORM } from "../form-fields";
import { fillMarks } from "@/lib/text/marks";

type Action = (prev: FeedbackState, fd: FormData) => Promise<FeedbackState>;

type Texts = Record<"thanksTitle" | "thanksText" | "question" | "yes" | "no" | "remark" | "remarkHint" | "submit", string>;

export function FeedbackForm({ action, token, remarkMax, texts }: { action: Action; token: string; remarkMax: number; texts: Texts }) {
  const { formProps, errors, status, state, pending } = useActionForm({ action, fields: FEEDBACK_FORM });
  if (state?.ok) {
    return (
      <div role="status" className="rounded border border-line bg-white p-4">
        <h2 className="text-xl font-bold">{texts.thanksTitle}</h2>
        <p className="mt-2">{texts.thanksText}</p>
      </div>
    );
  }
  return (
    <form {...formProps} className="max-w-xl">
      <input type="hidden" name="token" value={token} />
      <fieldset {...fieldAria("helped", errors.helped)}>
        <legend className="text-xl font-bold">{texts.question}</legend>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="helped" value="ja" required /> {texts.yes}
        </label>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="helped" value="nee" /> {texts.no}
        </label>
        <FieldError id="helped" error={errors.helped} />
      </fieldset>
      <label htmlFor="remark" className="mt-4 block font-semibold">
        {texts.remark}
      </label>
      <p id="remark-uitleg" className="text-sm">
        {fillMarks(texts.remarkHint, { max: String(remarkMax) })}
      </p>
      <textarea
        id="remark"
        name="remark"
        rows={4}
        maxLength={remarkMax}
        className={inputClass}
        {...fieldAria("remark", errors.remark, true)}
      />
      <FieldError id="remark" error={errors.remark} />
      <div className="mt-4">
        <FormStatus status={status} />
      </div>
      <button type="submit" disabled={pending} className="mt-2 rounded bg-brand px-4 py-2 font-semibold text-white">
        {texts.submit}
      </button>
    </form>
  );
}
