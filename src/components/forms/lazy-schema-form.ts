"use client";
/**
 * Client validation without zod or react-hook-form in the page's first-load JavaScript
 * (docs/decisions/0011-client-form-weight.md). A form reads its values from the DOM (native,
 * uncontrolled fields), loads the SAME zod schema the server uses with a dynamic `import()` at the
 * first focus or submit, and shows the schema's Dutch messages on the fields. If the schema cannot be
 * loaded (offline, an old deployment), the values go to the server as they are: the server validates
 * with the same schema and its field errors land on the same fields. After a failed submit a changed
 * field is checked again at once (what react-hook-form's reValidateMode "onChange" did).
 */
import { useRef, useState, type FormEvent } from "react";

/** What a form needs from a zod schema (structural, so this file imports no zod). */
export type SafeParser = {
  safeParse(
    value: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
};

export type FieldErrors = Record<string, string>;

/** How a field's DOM value becomes the value the schema sees (as react-hook-form's register did). */
export type ValueKind =
  | "text" // the string as typed ("" stays "")
  | "optional" // "" becomes undefined (selects and dates)
  | "number" // a number; "" becomes NaN (valueAsNumber)
  | "checkbox" // one box: true / false
  | "checkboxes"; // a group with the same name: the checked values, in DOM order

/** Loads a module once and shares the promise; a failed load may be tried again later. */
export function lazyOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}

/** The first message per top-level field, as zodResolver reported them. */
export function fieldErrorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? String(issue.path[0]) : "";
    if (key && !(key in out)) out[key] = issue.message;
  }
  return out;
}

type NamedControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function controls(form: HTMLFormElement, name: string): NamedControl[] {
  return Array.from(form.elements).filter((el): el is NamedControl => "name" in el && (el as NamedControl).name === name);
}

/** One field's value from the form's DOM. */
export function readValue(form: HTMLFormElement, name: string, kind: ValueKind): unknown {
  const els = controls(form, name);
  if (kind === "checkboxes") return els.filter((el) => (el as HTMLInputElement).checked).map((el) => el.value);
  if (kind === "checkbox") return Boolean((els[0] as HTMLInputElement | undefined)?.checked);
  const raw = els[0]?.value ?? "";
  if (kind === "number") return raw === "" ? Number.NaN : Number(raw);
  if (kind === "optional") return raw === "" ? undefined : raw;
  return raw;
}

/** All named fields' values from the form's DOM. */
export function readValues(form: HTMLFormElement, fields: Readonly<Record<string, ValueKind>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([name, kind]) => [name, readValue(form, name, kind)]));
}

export type CheckResult = { ok: true; data: Record<string, unknown> } | { ok: false; errors: FieldErrors };

/**
 * Validation state for one form. `check(form)` parses the form's values with the lazily loaded
 * schema; `formProps` warms the schema at the first focus and re-checks a changed field after a
 * failed submit. `setErrors` takes the server's field errors.
 */
export function useLazySchemaForm(opts: { load: () => Promise<SafeParser>; read: (form: HTMLFormElement) => Record<string, unknown> }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const submitted = useRef(false);
  const schemaRef = useRef<SafeParser | null>(null);
  const { load, read } = opts;

  async function schema(): Promise<SafeParser | null> {
    if (schemaRef.current) return schemaRef.current;
    try {
      schemaRef.current = await load();
    } catch {
      return null; // the server validates
    }
    return schemaRef.current;
  }

  function parse(parser: SafeParser, form: HTMLFormElement): CheckResult {
    const result = parser.safeParse(read(form));
    if (result.success) return { ok: true, data: result.data as Record<string, unknown> };
    return { ok: false, errors: fieldErrorsFromIssues(result.error.issues) };
  }

  async function check(form: HTMLFormElement): Promise<CheckResult> {
    submitted.current = true;
    const parser = await schema();
    const result = parser ? parse(parser, form) : { ok: true as const, data: read(form) };
    setErrors(result.ok ? {} : result.errors);
    return result;
  }

  const formProps = {
    onFocus: () => {
      void schema();
    },
    onChange: (event: FormEvent<HTMLFormElement>) => {
      const name = (event.target as Partial<NamedControl>).name;
      const parser = schemaRef.current;
      if (!submitted.current || !parser || !name) return;
      const form = event.currentTarget;
      const result = parse(parser, form);
      const message = result.ok ? undefined : result.errors[name];
      setErrors((prev) => {
        if (prev[name] === message) return prev;
        const next = { ...prev };
        if (message) next[name] = message;
        else delete next[name];
        return next;
      });
    },
  };

  return { errors, setErrors, check, formProps };
}
