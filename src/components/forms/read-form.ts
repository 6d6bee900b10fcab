/**
 * For forms the server alone validates: stop the browser's own submit and read the fields as the
 * server expects them — text as a string ("" when missing), a checkbox group as a list of strings.
 */
export type FormReader = {
  form: HTMLFormElement;
  data: FormData;
  /** One field's text; "" when the field is missing or empty. */
  text: (name: string) => string;
  /** Every value of a field (a checkbox group), as strings. */
  all: (name: string) => string[];
};

export function readForm(event: { preventDefault(): void; currentTarget: HTMLFormElement }): FormReader {
  event.preventDefault();
  const form = event.currentTarget;
  const data = new FormData(form);
  return { form, data, text: (name) => String(data.get(name) ?? ""), all: (name) => data.getAll(name).map(String) };
}
