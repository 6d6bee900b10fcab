"use client";
/**
 * The house-style form (regisseur, platform admin), in the one form pattern
 * (src/components/forms/action-form.ts): it posts to a server action, so it works before JavaScript
 * has loaded. No check in the browser: the server checks the contrast (src/modules/gemeenten/theme.ts,
 * not a zod schema) and its Dutch field errors come back on the fields, the first one focused.
 */
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/action-form";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import type { gemeentePages } from "@/i18n/nl-gemeente-pages";
import type { ThemeFormState } from "../actions";
import { THEME_FORM } from "../form-fields";

/** setThemeAction, bound by the server page to the gemeente. */
type Action = (prev: ThemeFormState, fd: FormData) => Promise<ThemeFormState>;
type Values = { primary: string; accent: string; font: string };

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
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: THEME_FORM,
    okText: () => texts.saved,
    resetOnSuccess: false,
    // The new colours and font are in the layout: load it again.
    onSuccess: () => router.refresh(),
  });
  const color = (name: "primary" | "accent", label: string, hint: string) => (
    <TextField id={`thema-${name}`} name={name} label={label} hint={hint} defaultValue={initial[name]} error={errors[name]} />
  );
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      {color("primary", texts.primary, texts.primaryHint)}
      {color("accent", texts.accent, texts.accentHint)}
      <SelectField
        id="thema-font"
        name="font"
        label={texts.font}
        options={Object.fromEntries(fonts.map((f) => [f.value, f.label]))}
        defaultValue={initial.font}
        error={errors.font}
      />
      <SubmitButton pending={pending} pendingText={texts.busy}>
        {texts.submit}
      </SubmitButton>
    </form>
  );
}
