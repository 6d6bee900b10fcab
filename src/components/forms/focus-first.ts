/**
 * After a failed submit: focus the first of `names` (in form order as given) that has an error.
 * querySelector, not elements.namedItem: a checkbox group gives its first box, not a node list.
 */
export function focusFirstInvalid(
  form: HTMLFormElement,
  names: readonly string[],
  errors: Readonly<Record<string, string | undefined>>,
): void {
  const first = names.find((n) => errors[n]);
  if (first) form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
}
