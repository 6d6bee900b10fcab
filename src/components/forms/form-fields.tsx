/**
 * The markup every form repeats: the announced status line, a labelled field with its Dutch error
 * under it (linked by aria-describedby, marked aria-invalid), checkbox groups and the submit button.
 * No hooks and no state, so server and client components can both use it. Ids: a field's error has
 * the id `${field id}-fout`.
 */
import type { ComponentProps, ReactNode } from "react";
// The form fields' own small section (not the whole catalogue, and not `common`, which the error view reads).
import { forms } from "@/i18n/nl-forms";

export const inputClass = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
export const submitClass =
  "justify-self-start rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70";

export type TFormStatus = { kind: "ok" | "error"; text: string } | null;

/** The live region at the top of a form: what happened after the last submit. */
export function FormStatus({ status }: { status: TFormStatus }) {
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {status ? (
        <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p>
      ) : null}
    </div>
  );
}

/** aria-invalid and aria-describedby for a field (or fieldset) `id` with an error (and maybe a hint) under it. */
export function fieldAria(id: string, error: string | undefined, hint?: boolean) {
  const describedBy = [hint ? `${id}-uitleg` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined } as const;
}

/** A short explanation between a field's label and the field (`${id}-uitleg`, read out with the field). */
function FieldHint({ id, hint }: { id: string; hint: ReactNode | undefined }) {
  return hint ? (
    <p id={`${id}-uitleg`} className="text-sm text-muted">
      {hint}
    </p>
  ) : null;
}

/** The Dutch error under field `id`, or nothing. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-fout`} className="mt-1 text-danger">
      {error}
    </p>
  ) : null;
}

type FieldProps = { id: string; label: ReactNode; error?: string; optional?: boolean; hint?: ReactNode };

function FieldLabel({ id, label, optional }: Pick<FieldProps, "id" | "label" | "optional">) {
  return (
    <label htmlFor={id} className="font-semibold">
      {label}
      {optional ? forms.optional : ""}
    </label>
  );
}

/** A labelled input (type text unless given). Other props (name, defaultValue, register(…)) go to the input. */
export function TextField({ id, label, error, optional, hint, type = "text", ...input }: FieldProps & Omit<ComponentProps<"input">, "id">) {
  return (
    <div>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      <input id={id} type={type} className={inputClass} {...fieldAria(id, error, Boolean(hint))} {...input} />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A labelled textarea; other props go to the textarea. */
export function TextArea({ id, label, error, optional, hint, ...textarea }: FieldProps & Omit<ComponentProps<"textarea">, "id">) {
  return (
    <div>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      <textarea id={id} className={inputClass} {...fieldAria(id, error, Boolean(hint))} {...textarea} />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A labelled select with `options` as [value, label] pairs, after an optional empty first choice. */
export function SelectField({
  id,
  label,
  error,
  optional,
  hint,
  options,
  placeholder,
  ...select
}: FieldProps & Omit<ComponentProps<"select">, "id"> & { options: Record<string, string>; placeholder?: string }) {
  return (
    <div>
      <FieldLabel id={id} label={label} optional={optional} />
      <FieldHint id={id} hint={hint} />
      <select id={id} className={inputClass} {...fieldAria(id, error, Boolean(hint))} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A fieldset of checkboxes called `name`, one per option; the error belongs to the whole group. */
export function CheckboxGroup({
  id,
  legend,
  name,
  options,
  checked,
  error,
}: {
  id: string;
  legend: string;
  name: string;
  options: Record<string, string>;
  checked?: readonly string[];
  error?: string;
}) {
  return (
    <fieldset {...fieldAria(id, error)}>
      <legend className="font-semibold">{legend}</legend>
      {Object.entries(options).map(([v, l]) => (
        <label key={v} className="mt-1 flex items-center gap-2">
          <input type="checkbox" name={name} value={v} defaultChecked={checked?.includes(v) ?? false} /> {l}
        </label>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** The submit button: disabled while the action runs, with `pendingText` meanwhile. */
export function SubmitButton({
  pending,
  pendingText = forms.saving,
  className = submitClass,
  children,
}: {
  pending: boolean;
  pendingText?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button type="submit" disabled={pending} className={className}>
      {pending ? pendingText : children}
    </button>
  );
}

/**
 * A line of an error summary: the field's label, then its message. A label that already ends in a question mark or a
 * colon ("Wat is u opgevallen?") gets no colon of its own ("Wat is u opgevallen? Schrijf …", not "…?: Schrijf …").
 */
export function errorLine(label: string, message: string): string {
  return /[?:]$/.test(label.trim()) ? `${label.trim()} ${message}` : `${label}: ${message}`;
}
