"use client";
/**
 * Send a template mail: choose the template, fill in ITS OWN merge fields (prefilled with what the
 * data knows: the entrepreneur, the contact person, your function and contact details), see a live
 * preview of the exact mail, then send it through Samenkracht (SMTP, logged as a contact moment) or
 * copy it to your own mail program. Neither happens while a field is empty: the message names the
 * fields. The preview is rendered with the same `renderTemplate` the server sends with (./merge.ts,
 * small and without dependencies, so the page's first-load JavaScript stays light).
 *
 * Sending is the form's submit, in the one form pattern (src/components/forms/action-form.ts): the
 * form posts its FormData (`key`, `to`, `values.<field>`) to the server action the page bound to the
 * gemeente and the entrepreneur, also without JavaScript (then the fields are those of the template
 * shown first). No schema check in the browser: the action nests the merge fields before parsing
 * (../send-mail-form.ts), and the check that matters here, no empty merge field, is the preview's
 * own. Copying needs JavaScript (the clipboard).
 */
import { useCallback, useEffect, useId, useMemo, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { FieldError, fieldAria, inputClass } from "@/components/forms/form-fields";
import { logSentMailAction } from "../actions";
import { renderTemplate, type MergeValues } from "../merge";
import { SEND_MAIL_FORM } from "../send-mail-form";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import { announceAction, useClearOnOtherAction } from "./status-bus";

export type TemplateDraft = {
  key: string;
  label: string;
  subject: string;
  body: string;
  fields: string[];
  values: Record<string, string>;
};

type Status = { ok: boolean; text: string; copied?: boolean } | null;

export function TemplateMailForm({
  action,
  slug,
  vestigingId,
  drafts,
  defaultTo,
  fieldNames,
  texts,
}: {
  /** `action`: sendTemplateMailAction bound to the gemeente and the entrepreneur by the page, so sending also works without JavaScript. */
  action: FormAction<unknown>;
  /** The gemeente and the entrepreneur, for logging a mail copied and sent from one's own mail program (needs JavaScript). */
  slug: string;
  vestigingId: string;
  drafts: TemplateDraft[];
  defaultTo: string;
  /** The merge fields' names in the reader's language (`t.engagementPages.mergeFields`); a field not in it by its own name. */
  fieldNames: Readonly<Record<string, string>>;
  texts: Messages["engagementPages"]["templateMail"];
}) {
  const uid = useId();
  const router = useRouter();
  const [key, setKey] = useState(drafts.find((d) => d.key === "ONDERNEMERS")?.key ?? drafts[0]?.key ?? "");
  // Only what the person typed is state; the rest comes from the data (props), so a contact person
  // added on the page after this form was rendered still fills in {{aanhef}} and the address.
  const [edits, setEdits] = useState<Record<string, Record<string, string>>>({});
  const [typedTo, setTo] = useState<string | null>(null);
  const to = typedTo ?? defaultTo;
  const [invalid, setInvalid] = useState<string[]>([]);
  const [logging, startTransition] = useTransition();
  const [sentTo, setSentTo] = useState(to);
  const {
    formProps,
    errors,
    status: sendStatus,
    pending: sending,
    state,
  } = useActionForm({ action, fields: SEND_MAIL_FORM, okText: () => fillMarks(texts.sentTo, { to: sentTo }), resetOnSuccess: false });
  const pending = sending || logging;
  // What copying, logging or a refused send said; it holds until the next send result arrives.
  const [local, setLocal] = useState<{ state: typeof state; status: Status } | null>(null);
  const setStatus = useCallback((status: Status) => setLocal({ state, status }), [state]);
  const status: Status =
    local && local.state === state ? local.status : sendStatus && { ok: sendStatus.kind === "ok", text: sendStatus.text };
  const clear = useCallback(() => setStatus(null), [setStatus]);
  useClearOnOtherAction(uid, clear);
  const focusStatus = () => requestAnimationFrame(() => document.getElementById(`${uid}-status`)?.focus());
  // A send result: the status gets the focus, unless a field with an error took it.
  useEffect(() => {
    if (state && (state.ok || !Object.keys(state.fieldErrors ?? {}).length))
      requestAnimationFrame(() => document.getElementById(`${uid}-status`)?.focus());
  }, [state, uid]);

  const draft = drafts.find((d) => d.key === key) ?? drafts[0];
  const own = useMemo(() => ({ ...draft.values, ...edits[draft.key] }), [draft.values, edits, draft.key]);
  const preview = useMemo(() => {
    const subject = renderTemplate(draft.subject, own as MergeValues);
    const body = renderTemplate(draft.body, own as MergeValues);
    const missing = [...new Set([...subject.missing, ...body.missing])];
    // What is shown: the exact mail, with a visible [label] where a field is still empty.
    const shownValues = { ...own, ...Object.fromEntries(missing.map((f) => [f, `[${fieldNames[f] ?? f}]`])) } as MergeValues;
    return {
      subject: subject.text,
      body: body.text,
      missing,
      shownSubject: renderTemplate(draft.subject, shownValues).text,
      shownBody: renderTemplate(draft.body, shownValues).text,
    };
  }, [draft, own, fieldNames]);

  const refuseIfIncomplete = () => {
    if (!preview.missing.length) return false;
    setInvalid(preview.missing);
    setStatus({ ok: false, text: fillMarks(texts.fillFirst, { fields: preview.missing.map((f) => fieldNames[f] ?? f).join(", ") }) });
    focusStatus();
    return true;
  };

  const onSend = (event: FormEvent<HTMLFormElement>) => {
    announceAction(uid);
    if (refuseIfIncomplete()) {
      event.preventDefault();
      return;
    }
    setInvalid([]);
    setSentTo(to);
    setStatus(null);
    formProps.onSubmit(event);
  };

  const onCopy = () => {
    announceAction(uid);
    if (refuseIfIncomplete()) return;
    const text = `${texts.subject} ${preview.subject}\n\n${preview.body}`;
    const failed = () => setStatus({ ok: false, copied: true, text: texts.copyFailed });
    if (!navigator.clipboard) return failed();
    void navigator.clipboard.writeText(text).then(() => setStatus({ ok: true, copied: true, text: texts.copied }), failed);
  };

  const onLogCopied = () => {
    announceAction(uid);
    startTransition(async () => {
      const result = await logSentMailAction(slug, vestigingId, { key: draft.key, subject: preview.subject });
      setStatus(result.ok ? { ok: true, text: texts.logged } : { ok: false, text: result.message });
      if (result.ok) router.refresh();
    });
  };

  const setValue = (name: string, value: string) => {
    setEdits((all) => ({ ...all, [draft.key]: { ...all[draft.key], [name]: value } }));
    if (value.trim()) setInvalid((list) => list.filter((n) => n !== name));
  };

  return (
    <form {...formProps} onSubmit={onSend} aria-label={texts.label} className="mt-4 grid gap-6 lg:grid-cols-2">
      <div className="grid content-start gap-4">
        <div id={`${uid}-status`} tabIndex={-1} role="status" aria-live="polite" className="min-h-6 outline-none">
          {status ? <p className={status.ok ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
          {status?.copied ? (
            <button
              type="button"
              onClick={onLogCopied}
              disabled={pending}
              className="mt-2 rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60"
            >
              {texts.sentMyself}
            </button>
          ) : null}
        </div>
        <div>
          <label htmlFor={`${uid}-key`} className="font-semibold">
            {texts.template}
          </label>
          <select
            id={`${uid}-key`}
            name="key"
            value={draft.key}
            onChange={(e) => {
              setKey(e.target.value);
              setInvalid([]);
              setStatus(null);
            }}
            className={inputClass}
          >
            {drafts.map((d) => (
              <option key={d.key} value={d.key}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${uid}-to`} className="font-semibold">
            {texts.to}
          </label>
          <input
            id={`${uid}-to`}
            name="to"
            type="email"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            className={inputClass}
            {...fieldAria(`${uid}-to`, errors.to)}
          />
          <FieldError id={`${uid}-to`} error={errors.to} />
        </div>
        <fieldset className="grid gap-3">
          <legend className="font-semibold">{texts.fields}</legend>
          {draft.fields.map((name) => {
            const id = `${uid}-veld-${name}`;
            const bad = invalid.includes(name) || Boolean(errors[`values.${name}`]);
            const long = name === "compliment" || name === "aanpak" || name === "vraag" || name === "contactgegevens";
            const common = {
              id,
              name: `values.${name}`,
              value: own[name] ?? "",
              className: inputClass,
              ...fieldAria(id, bad ? texts.fillIn : undefined),
            };
            return (
              <div key={`${draft.key}-${name}`}>
                <label htmlFor={id}>{fieldNames[name] ?? name}</label>
                {long ? (
                  <textarea rows={3} {...common} onChange={(e) => setValue(name, e.target.value)} />
                ) : (
                  <input type="text" {...common} onChange={(e) => setValue(name, e.target.value)} />
                )}
                <FieldError id={id} error={bad ? texts.fillIn : undefined} />
              </div>
            );
          })}
        </fieldset>
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
          >
            {pending ? texts.busy : texts.send}
          </button>
          <button type="button" onClick={onCopy} className="rounded border border-ink px-4 py-2 font-semibold">
            {texts.copy}
          </button>
        </div>
      </div>
      <section aria-labelledby={`${uid}-voorbeeld`} className="rounded border border-line bg-white p-4">
        <h3 id={`${uid}-voorbeeld`} className="text-xl font-bold">
          {texts.preview}
        </h3>
        <p className="mt-2">
          <span className="font-semibold">{texts.subject}</span> <span data-testid="voorbeeld-onderwerp">{preview.shownSubject}</span>
        </p>
        <div data-testid="voorbeeld-tekst" className="mt-2 whitespace-pre-wrap">
          {preview.shownBody}
        </div>
        {preview.missing.length ? (
          <p className="mt-3 text-sm text-muted">
            {fillMarks(texts.stillEmpty, { fields: preview.missing.map((f) => fieldNames[f] ?? f).join(", ") })}
          </p>
        ) : null}
      </section>
    </form>
  );
}
