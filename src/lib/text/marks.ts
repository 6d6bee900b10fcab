/**
 * Fills the {name} marks of a catalogue text that a page handed to a client form as a plain string (join form,
 * proposal form). The value is inserted as it is: String.replace with a string would read "$&", "$`" and "$'" in
 * an entrepreneur's own title as replacement patterns.
 */
export function fillMarks(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (mark, name: string) => (Object.hasOwn(values, name) ? values[name]! : mark));
}
