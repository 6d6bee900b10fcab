"use client";
/**
 * One accessible form for every engagement mutation. Each `kind` names the SAME zod schema the
 * server uses, its fields and the server action. The schema module is loaded on demand (a dynamic
 * import at the first focus or submit), so zod is not in the page's first-load JavaScript
 * (docs/decisions/0011); the fields are native and uncontrolled. Errors: per field (tied with
 * aria-describedby) and in an error summary at the top that receives focus; results are announced
 * in a live region. Works with the keyboard only (native controls, no drag and drop needed).
 */
import { useCallback, useId, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { lazyOnce, readValue, useLazySchemaForm, type ValueKind } from "@/components/forms/lazy-schema-form";
import type { Messages } from "@/i18n/messages";
import { announceAction, useClearOnOtherAction } from "./status-bus";

export type Option = readonly [value: string, label: string];
export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "date" | "number" | "email" | "checkboxes";
  options?: readonly Option[];
  hint?: string;
};

/**
 * The submit label per kind (rendered on the server and at hydration). Everything else about a
 * kind — its schema, server action and messages — is in ./action-form-specs, loaded on demand.
 */
const SUBMIT_LABELS = {
  createVestiging: "Ondernemer toevoegen",
  updateVestiging: "Gegevens opslaan",
  moveStep: "Verplaatsen",
  park: "Even stilzetten",
  revive: "Weer oppakken",
  acknowledge: "Bevestiging vastleggen",
  stop: "Samenwerking stoppen",
  restart: "Opnieuw beginnen",
  contactPerson: "Contactpersoon toevoegen",
  contactMoment: "Contactmoment opslaan",
  raiseDoubt: "Twijfel melden",
  closeDoubt: "Besluit vastleggen",
  contribution: "Bijdrage toevoegen",
  milestone: "Mijlpaal toevoegen",
  motives: "Motieven opslaan",
  sendMail: "Mail versturen",
  template: "Sjabloon opslaan",
  proposition: "Toevoegen aan wat de gemeente biedt",
  settings: "Instellingen opslaan",
} as const;

export type FormKind = keyof typeof SUBMIT_LABELS;

/** The kinds' schemas, server actions and messages, loaded once at the first focus or submit. */
const loadSpecs = lazyOnce(() => import("./action-form-specs"));

const inputClass = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

/** How each field's DOM value reaches the schema (what react-hook-form's register options did). */
function valueKind(f: FieldSpec): ValueKind {
  if (f.type === "checkboxes") return "checkboxes";
  if (f.type === "number") return "number";
  if (f.type === "select" || f.type === "date") return "optional"; // empty is "not given"
  return "text";
}

const asText = (v: unknown) => (v === undefined || v === null ? "" : String(v));

export function ActionForm(props: {
  kind: FormKind;
  slug: string;
  id?: string;
  fields: readonly FieldSpec[];
  defaults?: Record<string, unknown>;
  /** Accessible name of the form (also its heading, if `title`). */
  label: string;
  submit?: string;
  compact?: boolean;
  /** A serious, hard-to-undo step (stopping a collaboration): the button is styled as a danger action. */
  danger?: boolean;
  /** The shared texts of the forms: pass `t.engagementPages.actionForm` from the page. */
  texts: Messages["engagementPages"]["actionForm"];
}) {
  const uid = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  // A message is about the last action: it clears when another form on the page is submitted.
  const clearStatus = useCallback(() => setStatus(null), []);
  useClearOnOtherAction(uid, clearStatus);
  const { errors, setErrors, check, formProps } = useLazySchemaForm({
    load: () => loadSpecs().then((m) => m.schemaFor(props.kind)),
    read: (form) => ({
      ...props.defaults,
      ...Object.fromEntries(props.fields.map((f) => [f.name, readValue(form, f.name, valueKind(f))])),
    }),
  });

  const fieldId = (name: string) => `${uid}-${name}`;
  const errorOf = (name: string) => errors[name];
  const errorList = props.fields.filter((f) => errorOf(f.name)).map((f) => ({ name: f.name, label: f.label, message: errorOf(f.name)! }));
  const focusSummary = () => requestAnimationFrame(() => document.getElementById(`${uid}-samenvatting`)?.focus());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setStatus(null);
    announceAction(uid);
    startTransition(async () => {
      const checked = await check(form);
      if (!checked.ok) {
        setStatus({ kind: "error", text: props.texts.checkFields });
        focusSummary();
        return;
      }
      const spec = (await loadSpecs()).SPECS[props.kind];
      const result = await spec.run(props.slug, props.id ?? "", checked.data);
      if (result.ok) {
        if (spec.reset) form.reset();
        setErrors({});
        setStatus({ kind: "ok", text: spec.ok });
        router.refresh();
        return;
      }
      const fromServer: Record<string, string> = {};
      for (const f of props.fields) {
        const message = result.fieldErrors?.[f.name]?.[0];
        if (message) fromServer[f.name] = message;
      }
      setErrors(fromServer);
      setStatus({ kind: "error", text: result.message });
      focusSummary();
    });
  };

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      {...formProps}
      noValidate
      aria-label={props.label}
      className={props.compact ? "grid gap-2" : "mt-4 grid max-w-xl gap-4"}
    >
      <div id={`${uid}-samenvatting`} tabIndex={-1} aria-live="polite" role="status" className="min-h-6 outline-none">
        {status ? (
          <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p>
        ) : null}
        {errorList.length > 0 ? (
          <ul className="mt-1 list-disc pl-5 text-danger">
            {errorList.map((e) => (
              <li key={e.name}>
                <a href={`#${fieldId(e.name)}`} className="underline">
                  {e.label}: {e.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {props.fields.map((f) => {
        const id = fieldId(f.name);
        const err = errorOf(f.name);
        const initial = props.defaults?.[f.name];
        const describedBy = [f.hint ? `${id}-uitleg` : null, err ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
        const common = { id, name: f.name, className: inputClass, "aria-invalid": err ? true : undefined, "aria-describedby": describedBy };
        let control;
        if (f.type === "checkboxes") {
          control = (
            <fieldset aria-describedby={describedBy}>
              <legend className="font-semibold">{f.label}</legend>
              <div className="flex flex-wrap gap-4">
                {f.options?.map(([value, label]) => (
                  <label key={value} className="flex items-center gap-2">
                    <input type="checkbox" name={f.name} value={value} defaultChecked={Array.isArray(initial) && initial.includes(value)} />{" "}
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        } else if (f.type === "select") {
          control = (
            <select {...common} defaultValue={asText(initial)}>
              <option value="">{props.texts.choose}</option>
              {f.options?.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          );
        } else if (f.type === "textarea") {
          control = <textarea rows={3} {...common} defaultValue={asText(initial)} />;
        } else if (f.type === "number") {
          control = <input type="number" inputMode="numeric" {...common} defaultValue={asText(initial)} />;
        } else {
          control = <input type={f.type ?? "text"} {...common} defaultValue={asText(initial)} />;
        }
        return (
          <div key={f.name} id={f.type === "checkboxes" ? id : undefined}>
            {f.type === "checkboxes" ? null : (
              <label htmlFor={id} className="font-semibold">
                {f.label}
              </label>
            )}
            {control}
            {f.hint ? (
              <p id={`${id}-uitleg`} className="mt-1 text-sm text-muted">
                {f.hint}
              </p>
            ) : null}
            {err ? (
              <p id={`${id}-fout`} className="mt-1 text-danger">
                {err}
              </p>
            ) : null}
          </div>
        );
      })}
      <div>
        <button
          type="submit"
          disabled={pending}
          className={
            props.danger
              ? "rounded bg-danger px-4 py-2 font-semibold text-white hover:opacity-90 disabled:opacity-70"
              : "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
          }
        >
          {pending ? props.texts.busy : (props.submit ?? SUBMIT_LABELS[props.kind])}
        </button>
      </div>
    </form>
  );
}
