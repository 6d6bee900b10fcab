/**
 * Shared parts of the entrepreneur's forms (register, join, profile), on top of the shared field
 * markup of src/components/forms/form-fields.tsx (input class, status line, field error). Each form validates in the
 * browser with the SAME zod schema the server uses, loaded on demand at the first focus or submit (so zod and react-hook-form are not in the page's
 * first-load JavaScript, docs/decisions/0011); the fields are native and uncontrolled. The server
 * action validates again and its Dutch field errors land on the same fields. Visible labels, errors
 * tied with aria-describedby, results in a live region; after a failed submit the first invalid field
 * receives focus.
 */
import { useTransition, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/result";
import {
  lazyOnce,
  readValues,
  useLazySchemaForm,
  type CheckResult,
  type FieldErrors,
  type SafeParser,
  type ValueKind,
} from "@/components/forms/lazy-schema-form";
import { focusFirstInvalid } from "@/components/forms/focus-first";
import { FieldError, inputClass } from "@/components/forms/form-fields";
import type { Choice } from "./profile-fields";

export const buttonClass = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70";

const loadSchemas = lazyOnce(() => import("../schemas"));
/** The server actions, loaded with the first submit (their references are not first-load JavaScript). */
export const loadActions = lazyOnce(() => import("../actions"));
type SchemaName = "ZRegisterOrganisation" | "ZJoinCoalition" | "ZProfile" | "ZDeleteAccount";

/**
 * One self-service form: `submit(event, run)` checks the values with the lazily loaded schema
 * (focus to the first invalid field), then runs the server action with the parsed values and puts
 * the server's field errors on the fields.
 */
export function useSelfServiceForm(schema: SchemaName, fields: Readonly<Record<string, ValueKind>>) {
  const [pending, start] = useTransition();
  const { errors, setErrors, check, formProps } = useLazySchemaForm({
    load: () => loadSchemas().then((m) => m[schema] as SafeParser),
    read: (form) => readValues(form, fields),
  });
  const names = Object.keys(fields);
  function submit<T>(
    event: FormEvent<HTMLFormElement>,
    run: (values: Record<string, unknown>) => Promise<ActionResult<T>>,
    after: (result: ActionResult<T>, form: HTMLFormElement) => void,
  ) {
    event.preventDefault();
    const form = event.currentTarget;
    start(async () => {
      const checked: CheckResult = await check(form);
      if (!checked.ok) {
        focusFirstInvalid(form, names, checked.errors);
        return;
      }
      const result = await run(checked.data);
      if (!result.ok) {
        const fromServer: FieldErrors = {};
        for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) if (messages?.[0]) fromServer[field] = messages[0];
        setErrors(fromServer);
        focusFirstInvalid(form, Object.keys(fromServer), fromServer);
      }
      after(result, form);
    });
  }
  return { pending, errors, submit, formProps };
}

export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-uitleg`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export const aria = (id: string, error: unknown, hint = false) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": [hint ? `${id}-uitleg` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined,
});

/** The sector choice; its label and empty choice come from the catalogue (selfServicePages.form) through the form's texts. */
export function SectorSelect({
  id,
  options,
  error,
  defaultValue = "",
  texts,
}: {
  id: string;
  options: readonly Choice[];
  error?: string;
  defaultValue?: string;
  texts: { sector: string; chooseSector: string };
}) {
  return (
    <Field id={id} label={texts.sector} error={error}>
      <select id={id} name="sector" defaultValue={defaultValue} className={inputClass} {...aria(id, error)}>
        <option value="">{texts.chooseSector}</option>
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
}
