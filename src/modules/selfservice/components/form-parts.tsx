/**
 * Shared parts of the entrepreneur's forms (register, join, profile), on top of the shared field
 * markup of src/components/forms/form-fields.tsx (input class, status line, field error). The forms
 * themselves use the one form pattern (src/components/forms/action-form.ts): they post to server
 * actions the page hands them, with or without JavaScript, and with JavaScript first check the values
 * with the server's own schema, loaded on demand (docs/decisions/0011, 0023).
 */
import type { ReactNode } from "react";
import { FieldError, inputClass } from "@/components/forms/form-fields";
import type { Choice } from "./profile-fields";

export const buttonClass = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70";

/** The server's schemas, loaded at a form's first focus or submit. */
export const loadSchemas = () => import("../schemas");

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
