"use client";
/** The reporter's one question (did this help?) with room for a remark. Works without JavaScript. */
import { useActionState } from "react";
import type { FeedbackState } from "../actions";
import { fillMarks } from "@/lib/text/marks";

type Action = (prev: FeedbackState, fd: FormData) => Promise<FeedbackState>;
const input = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base";

type Texts = Record<"thanksTitle" | "thanksText" | "question" | "yes" | "no" | "remark" | "remarkHint" | "submit", string>;

export function FeedbackForm({ action, token, remarkMax, texts }: { action: Action; token: string; remarkMax: number; texts: Texts }) {
  const [state, formAction, pending] = useActionState(action, null);
  const err = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  if (state?.ok) {
    return (
      <div role="status" className="rounded border border-line bg-white p-4">
        <h2 className="text-xl font-bold">{texts.thanksTitle}</h2>
        <p className="mt-2">{texts.thanksText}</p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <input type="hidden" name="token" value={token} />
      <fieldset aria-describedby={err("helped") ? "helped-fout" : undefined}>
        <legend className="text-xl font-bold">{texts.question}</legend>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="helped" value="ja" required /> {texts.yes}
        </label>
        <label className="mt-2 flex items-center gap-2">
          <input type="radio" name="helped" value="nee" /> {texts.no}
        </label>
        {err("helped") && (
          <p id="helped-fout" className="mt-1 text-danger">
            {err("helped")}
          </p>
        )}
      </fieldset>
      <label htmlFor="remark" className="mt-4 block font-semibold">
        {texts.remark}
      </label>
      <p id="remark-hint" className="text-sm">
        {fillMarks(texts.remarkHint, { max: String(remarkMax) })}
      </p>
      <textarea
        id="remark"
        name="remark"
        rows={4}
        maxLength={remarkMax}
        className={input}
        aria-invalid={!!err("remark")}
        aria-describedby={["remark-hint", err("remark") ? "remark-fout" : ""].filter(Boolean).join(" ")}
      />
      {err("remark") && (
        <p id="remark-fout" className="mt-1 text-danger">
          {err("remark")}
        </p>
      )}
      <div aria-live="polite" className="mt-4">
        {state && !state.ok && <p className="text-danger">{state.message}</p>}
      </div>
      <button type="submit" disabled={pending} className="mt-2 rounded bg-brand px-4 py-2 font-semibold text-white">
        {texts.submit}
      </button>
    </form>
  );
}
