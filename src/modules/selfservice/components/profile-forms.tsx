"use client";
/** The profile form on /mijn-organisatie (its fields come from the page as data). Pause and stop: leave-form.tsx. */
import type { TProfile } from "../schemas";
import { aria, buttonClass, Field, loadSchemas, SectorSelect } from "./form-parts";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { FormStatus, inputClass } from "@/components/forms/form-fields";
import { PROFILE_FORM } from "../form-fields";
import type { ProfileField } from "./profile-fields";

/** `action`: updateProfileAction bound to the gemeente, from the page; `fields` are rendered in order (PROFILE_FORM's order). */
export function ProfileForm({
  action,
  initial,
  fields,
  texts,
}: {
  action: FormAction<{ id: string; held: boolean }>;
  initial: TProfile;
  fields: readonly ProfileField[];
  /** From the catalogue (entrepreneurPage and selfServicePages), handed over by the page: not in this form's script. */
  texts: { profileSaved: string; profileHeld: string; busy: string; submit: string; sector: string; chooseSector: string };
}) {
  const {
    formProps,
    errors: e,
    status,
    pending,
  } = useActionForm({
    action,
    fields: PROFILE_FORM,
    schema: () => loadSchemas().then((m) => m.ZProfile),
    okText: (r) => (r.held ? texts.profileHeld : texts.profileSaved),
    resetOnSuccess: false,
  });
  const start = initial as Record<string, unknown>;
  const text = (name: string) => (typeof start[name] === "string" ? (start[name] as string) : "");
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      {fields.map((f) => {
        if (f.kind === "checkboxes") {
          const checked = (start[f.name] ?? []) as readonly string[];
          return (
            <fieldset key={f.name} className="grid gap-2">
              <legend className="font-semibold">{f.label}</legend>
              {f.options.map(([value, label]) => (
                <div key={value} className="flex items-center gap-2">
                  <input
                    id={`p-${f.name}-${value}`}
                    name={f.name}
                    type="checkbox"
                    value={value}
                    className="h-5 w-5"
                    defaultChecked={checked.includes(value)}
                  />
                  <label htmlFor={`p-${f.name}-${value}`}>{label}</label>
                </div>
              ))}
            </fieldset>
          );
        }
        if (f.kind === "select")
          return <SectorSelect key={f.name} id={f.id} options={f.options} error={e[f.name]} defaultValue={text(f.name)} texts={texts} />;
        const multiline = f.kind === "textarea";
        const common = { id: f.id, name: f.name, defaultValue: text(f.name), className: inputClass, ...aria(f.id, e[f.name], !!f.hint) };
        return (
          <Field key={f.name} id={f.id} label={f.label} error={e[f.name]} hint={f.hint}>
            {multiline ? (
              <textarea rows={3} {...common} />
            ) : (
              <input type={f.type} required={f.required} autoComplete={f.autoComplete} {...common} />
            )}
          </Field>
        );
      })}
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? texts.busy : texts.submit}
        </button>
      </div>
    </form>
  );
}
