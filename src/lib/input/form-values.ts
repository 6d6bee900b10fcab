/**
 * How a posted form becomes the input a domain function parses: the ONE reader of form data, used
 * by the server action that receives the form (with or without JavaScript) and by the browser's
 * instant check before it sends the same form (src/components/forms/action-form.ts). Both read the
 * same FormData with the same field list, so the same zod schema sees the same values on both sides.
 * Framework-free; FormData is a web standard in Node and in the browser.
 */

/** How one field's posted value becomes the value the schema sees. */
export type ValueKind =
  | "text" // the string as typed ("" when missing)
  | "optional" // "" or missing becomes undefined (selects and dates)
  | "number" // a number; "" becomes NaN (the schema says "fill in a number")
  | "checkbox" // one box: true when posted (checked), false otherwise
  | "checkboxes"; // a group with one name: the checked values, in form order

/** A form's fields in form order (the first invalid one gets the focus), with their kinds. */
export type FormFields = Readonly<Record<string, ValueKind>>;

/** One field's value from posted form data. Anything but a string (a file, nothing) counts as missing. */
function valueOf(data: FormData, name: string, kind: ValueKind): unknown {
  if (kind === "checkboxes") return data.getAll(name).filter((v): v is string => typeof v === "string");
  const raw = data.get(name);
  const text = typeof raw === "string" ? raw : "";
  if (kind === "checkbox") return typeof raw === "string";
  if (kind === "number") return text.trim() === "" ? Number.NaN : Number(text);
  if (kind === "optional") return text === "" ? undefined : text;
  return text;
}

/** What happens to posted fields the list does not name. */
export type FormValuesOptions = {
  /**
   * "drop" (default): only the listed fields are read. "keep": any other posted field is passed on as
   * it is, for a strict schema that should refuse it by name (a forged `exclusive=true` is refused with
   * its principle's own code instead of being dropped in silence). React's own `$ACTION_…` fields are
   * never the form's.
   */
  unlisted?: "drop" | "keep";
};

/**
 * The named fields of a posted form, as an object for the domain's zod schema. Anything that is not
 * FormData (a forged call with a plain object) reads as an empty form, which the schema refuses;
 * `form: fd` in the action builders (src/server/action.ts) refuses it before that.
 */
export function formValues(data: unknown, fields: FormFields, opts: FormValuesOptions = {}): Record<string, unknown> {
  const fd = data instanceof FormData ? data : new FormData();
  const other: Record<string, unknown> = {};
  if (opts.unlisted === "keep")
    fd.forEach((value, name) => {
      if (!(name in fields) && !name.startsWith("$ACTION")) other[name] = value;
    });
  return { ...other, ...Object.fromEntries(Object.entries(fields).map(([name, kind]) => [name, valueOf(fd, name, kind)])) };
}
