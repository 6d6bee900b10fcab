/** Part of the Dutch catalogue (nl.ts, which assembles it): the `forms` section. */
/**
 * The words of the shared form fields (src/components/forms/form-fields.tsx), read by client forms directly: a
 * section of its own, so the error view's chunk (which reads `common`) does not carry them, and the other way round.
 * Shared audience: no "u", no "je".
 */
export const forms = {
  /** After a field's label. */
  optional: " (niet verplicht)",
  saving: "Bezig met opslaan…",
};
