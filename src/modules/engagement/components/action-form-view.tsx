"use client";
/**
 * The client side of ActionForm (./action-form.tsx), in the one form pattern
 * (src/components/forms/action-form.ts): it posts the form's FormData to the server action it is
 * given (bound on the server), so the form also works without JavaScript. With JavaScript the
 * browser first checks the values with the SAME zod schema the server parses with, loaded on demand
 * at the first focus or submit: zod is not in the page's first-load JavaScript (docs/decisions/0011),
 * and neither are the server actions of the kinds a page does not show. Errors: per field (tied with
 * aria-describedby) and in an error summary at the top; the first invalid field gets the focus;
 * results are announced in a live region and clear when another form on the page is submitted.
 * Works with the keyboard only (native controls).
 */
import { useCallback, useId, useState, type FormEvent } from "react";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { CheckboxGroup, errorLine, SelectField, SubmitButton, TextArea, TextField, type TFormStatus } from "@/components/forms/form-fields";
import type { Messages } from "@/i18n/messages";
import type { KindSpec } from "./action-form-kinds";
import { announceAction, useClearOnOtherAction } from "./status-bus";

export type Option = readonly [value: string, label: string];
export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "date" | "number" | "email" | "checkboxes";
  options?: readonly Option[];
  hint?: string;
};

/** The schemas module, fetched when a form is first focused or submitted (never with the page). */
const loadSchemas = () => import("../schemas");

const SUBMIT_CLASS = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70";
const DANGER_CLASS = "rounded bg-danger px-4 py-2 font-semibold text-white hover:opacity-90 disabled:opacity-70";

const asText = (v: unknown) => (v === undefined || v === null ? "" : String(v));

export type ActionFormViewProps = {
  /** The kind's server action, bound to the gemeente and the row. */
  action: FormAction<unknown>;
  /** What the kind reads and checks with (./action-form-kinds.ts). */
  kind: KindSpec;
  /** What the kind says: its button and its success message (the catalogue's `engagementPages.kinds[kind]`). */
  kindTexts: { submit: string; ok: string };
  /** The fields in the reader's language (./fields.ts, called on the server). */
  fields: readonly FieldSpec[];
  /** The fields' initial values. */
  defaults?: Record<string, unknown>;
  /** Accessible name of the form (also its heading, if `title`). */
  label: string;
  submit?: string;
  compact?: boolean;
  /** A serious, hard-to-undo step (stopping a collaboration): the button is styled as a danger action. */
  danger?: boolean;
  /** The shared texts of the forms (`t.engagementPages.actionForm`). */
  texts: Messages["engagementPages"]["actionForm"];
};

export function ActionFormView(props: ActionFormViewProps) {
  const uid = useId();
  const { action, kind, kindTexts } = props;
  const { formProps, errors, status, pending, state, values } = useActionForm({
    action,
    fields: kind.fields,
    schema: () => loadSchemas().then((m) => m[kind.schema]),
    okText: () => kindTexts.ok,
    resetOnSuccess: kind.reset ?? false,
  });
  // A message is about the last action: it clears when this form or another one on the page is
  // submitted, and the next result shows again.
  const [clearedAt, setClearedAt] = useState<{ state: typeof state } | null>(null);
  const clearStatus = useCallback(() => setClearedAt({ state }), [state]);
  useClearOnOtherAction(uid, clearStatus);

  const fieldId = (name: string) => `${uid}-${name}`;
  const errorList = props.fields.filter((f) => errors[f.name]).map((f) => ({ name: f.name, label: f.label, message: errors[f.name] }));
  const result = clearedAt && clearedAt.state === state ? null : status;
  const shown: TFormStatus = result ?? (errorList.length ? { kind: "error", text: props.texts.checkFields } : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    announceAction(uid);
    setClearedAt({ state });
    formProps.onSubmit(event);
  };

  return (
    <form {...formProps} onSubmit={onSubmit} aria-label={props.label} className={props.compact ? "grid gap-2" : "mt-4 grid max-w-xl gap-4"}>
      <div id={`${uid}-samenvatting`} aria-live="polite" role="status" className="min-h-6">
        {shown ? (
          <p className={shown.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{shown.text}</p>
        ) : null}
        {errorList.length > 0 ? (
          <ul className="mt-1 list-disc pl-5 text-danger">
            {errorList.map((e) => (
              <li key={e.name}>
                <a href={`#${fieldId(e.name)}`} className="underline">
                  {errorLine(e.label, e.message)}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {props.fields.map((f) => {
        const id = fieldId(f.name);
        const error = errors[f.name];
        // After a refusal, what was typed (a page answered without JavaScript would show the defaults again); a group
        // of checkboxes keeps its defaults (the refusal sends back one value per name).
        const initial = f.type !== "checkboxes" && f.name in values ? values[f.name] : props.defaults?.[f.name];
        const common = { id, name: f.name, label: f.label, hint: f.hint, error };
        if (f.type === "checkboxes")
          return (
            <div key={f.name} id={id}>
              <CheckboxGroup
                id={id}
                legend={f.label}
                name={f.name}
                options={Object.fromEntries(f.options ?? [])}
                checked={Array.isArray(initial) ? initial.map(String) : undefined}
                error={error}
              />
            </div>
          );
        if (f.type === "select")
          return (
            <SelectField
              key={f.name}
              {...common}
              options={Object.fromEntries(f.options ?? [])}
              placeholder={props.texts.choose}
              defaultValue={asText(initial)}
            />
          );
        if (f.type === "textarea") return <TextArea key={f.name} rows={3} {...common} defaultValue={asText(initial)} />;
        if (f.type === "number")
          return <TextField key={f.name} type="number" inputMode="numeric" {...common} defaultValue={asText(initial)} />;
        return <TextField key={f.name} type={f.type ?? "text"} {...common} defaultValue={asText(initial)} />;
      })}
      <div>
        <SubmitButton pending={pending} pendingText={props.texts.busy} className={props.danger ? DANGER_CLASS : SUBMIT_CLASS}>
          {props.submit ?? kindTexts.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
