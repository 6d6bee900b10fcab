"use client";
/**
 * The house-style form (regisseur, platform admin). Posts to a server action with useActionState, so
 * it works before JavaScript has loaded; the server checks the contrast (src/modules/gemeenten/theme.ts)
 * and its Dutch field errors come back on the fields, the first one focused.
 */
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { FieldError, fieldAria, FormStatus, inputClass, submitClass } from "@/components/forms/form-fields";
import type { gemeentePages } from "@/i18n/nl-gemeente-pages";
import type { ThemeFormState } from "../actions";

type Action = (prev: ThemeFormState, fd: FormData) => Promise<ThemeFormState>;
type Values = { primary: string; accent: string; font: string };
const ORDER = ["primary", "accent", "font"] as const;

export function ThemeForm({
  action,
  initial,
  fonts,
  texts,
}: {
  action: Action;
  initial: Values;
  fonts: { value: string; label: string }[];
  texts: (typeof gemeentePages)["themeForm"];
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state || !formRef.current) return;
    if (state.ok) {
      router.refresh();
      return;
    }
    const first = ORDER.find((f) => state.fieldErrors?.[f]?.[0]);
    if (first) (formRef.current.elements.namedItem(first) as HTMLElement | null)?.focus();
  }, [state, router]);
  const error = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  const text = (name: keyof Values, label: string, hint: string) => (
    <div>
      <label htmlFor={`thema-${name}`} className="font-semibold">
        {label}
      </label>
      <p id={`thema-${name}-uitleg`} className="text-sm text-muted">
        {hint}
      </p>
      <input
        id={`thema-${name}`}
        name={name}
        type="text"
        defaultValue={initial[name]}
        className={inputClass}
        {...fieldAria(`thema-${name}`, error(name))}
        aria-describedby={[`thema-${name}-uitleg`, error(name) ? `thema-${name}-fout` : null].filter(Boolean).join(" ")}
      />
      <FieldError id={`thema-${name}`} error={error(name)} />
    </div>
  );
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={state ? (state.ok ? { kind: "ok", text: texts.saved } : { kind: "error", text: state.message }) : null} />
      {text("primary", texts.primary, texts.primaryHint)}
      {text("accent", texts.accent, texts.accentHint)}
      <div>
        <label htmlFor="thema-font" className="font-semibold">
          {texts.font}
        </label>
        <select id="thema-font" name="font" defaultValue={initial.font} className={inputClass} {...fieldAria("thema-font", error("font"))}>
          {fonts.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <FieldError id="thema-font" error={error("font")} />
      </div>
      <div>
        <button type="submit" disabled={pending} className={submitClass}>
          {pending ? texts.busy : texts.submit}
        </button>
      </div>
    </form>
  );
}
