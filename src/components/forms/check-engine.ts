/**
 * The browser's instant check of a form, on react-hook-form: its form control with zodResolver runs
 * the server's own zod schema over the values and keeps the first message per field, as useForm
 * with zodResolver does. Loaded with a dynamic import() at a form's first focus or submit
 * (src/components/forms/action-form.ts), never with the page: react-hook-form, the resolver and zod
 * stay out of every page's first-load JavaScript (docs/decisions/0011, 0023).
 */
import { createFormControl, type FieldErrors as HookFieldErrors, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { formValues, type FormFields } from "@/lib/input/form-values";

type ZodSchema = Parameters<typeof zodResolver>[0];
export type FieldMessages = Record<string, string>;

/** The first message per top-level field (nested paths report on their field). */
function messagesOf(errors: HookFieldErrors): FieldMessages {
  const out: FieldMessages = {};
  for (const [name, error] of Object.entries(errors)) {
    const message =
      error?.message ?? Object.values((error ?? {}) as Record<string, { message?: unknown }>).find((e) => e?.message)?.message;
    if (typeof message === "string" && message) out[name] = message;
  }
  return out;
}

/** Check `values` with `schema`: no messages when valid. */
export async function checkValues(schema: ZodSchema, values: FieldValues): Promise<FieldMessages> {
  const form = createFormControl<FieldValues>({
    resolver: zodResolver(schema) as never,
    defaultValues: values,
    shouldFocusError: false,
  });
  let messages: FieldMessages = {};
  await form.handleSubmit(
    () => undefined,
    (errors) => {
      messages = messagesOf(errors);
    },
  )();
  return messages;
}

/** Check a posted form's values (read as the server action reads them) with `schema`. */
export function checkForm(schema: ZodSchema, data: FormData, fields: FormFields): Promise<FieldMessages> {
  return checkValues(schema, formValues(data, fields));
}
