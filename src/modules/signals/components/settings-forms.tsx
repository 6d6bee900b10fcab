"use client";
/**
 * Signaalpunt settings forms: one's own mail choice, the gemeente's settings (retention months,
 * deadlines per step, default mail choice), the wijken and hulpvragen, and running retention now.
 * The one form pattern (src/components/forms/action-form.ts): they work without JavaScript; the
 * server checks them (their rules live in the domain); errors tied to fields; the result announced
 * in a live region. What was typed stays after a refusal.
 */
import { useActionForm } from "@/components/forms/action-form";
import { FieldError, FormStatus, fieldAria, inputClass } from "@/components/forms/form-fields";
import type { FormFields } from "@/lib/input/form-values";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import type { SettingsState } from "../actions";
import { CATEGORIES_FORM, deadlineField, MAIL_PREFERENCE_FORM, RETENTION_RUN_FORM, signalSettingsForm, WIJKEN_FORM } from "../form-fields";

type Action = (prev: SettingsState, fd: FormData) => Promise<SettingsState>;
const numberClass = `${inputClass} max-w-32`;
const button = "mt-4 rounded bg-brand px-4 py-2 font-semibold text-white";

type Texts = Messages["signalsPages"]["settingsForms"];

/** A settings form: the server's message after a success. */
function useSettingsForm(action: Action, fields: FormFields, resetOnSuccess = false) {
  return useActionForm({ action, fields, resetOnSuccess, okText: (data) => data.message });
}

export function MailPreferenceForm({ action, mode, texts }: { action: Action; mode: "DIRECT" | "DAGELIJKS"; texts: Texts["mail"] }) {
  const { formProps, errors, status, pending } = useSettingsForm(action, MAIL_PREFERENCE_FORM);
  return (
    <form {...formProps}>
      <fieldset {...fieldAria("mode", errors.mode)}>
        <legend className="font-semibold">{texts.legend}</legend>
        <div className="mt-2 flex items-start gap-2">
          <input id="mode-direct" type="radio" name="mode" value="DIRECT" defaultChecked={mode === "DIRECT"} className="mt-1 h-5 w-5" />
          <label htmlFor="mode-direct">{texts.direct}</label>
        </div>
        <div className="mt-2 flex items-start gap-2">
          <input
            id="mode-dagelijks"
            type="radio"
            name="mode"
            value="DAGELIJKS"
            defaultChecked={mode === "DAGELIJKS"}
            className="mt-1 h-5 w-5"
          />
          <label htmlFor="mode-dagelijks">{texts.daily}</label>
        </div>
      </fieldset>
      <FieldError id="mode" error={errors.mode} />
      <div className="mt-3">
        <FormStatus status={status} />
      </div>
      <button type="submit" disabled={pending} className={button}>
        {texts.submit}
      </button>
    </form>
  );
}

export function SignalSettingsForm(props: {
  action: Action;
  values: {
    retentionMonths: number;
    cancelledRetentionMonths: number;
    staleOpenMonths: number;
    deadlineDays: Record<string, number>;
    dailyDigest: boolean;
  };
  steps: { value: string; label: string }[];
  texts: Texts["gemeente"];
}) {
  const fields = signalSettingsForm(props.steps.map((s) => s.value));
  const { formProps, errors, status, pending } = useSettingsForm(props.action, fields);
  const tx = props.texts;
  const number = (name: string, label: string, value: number | undefined, min: number, hint?: string) => (
    <div className="mt-3">
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${name}-uitleg`} className="text-sm">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={365}
        defaultValue={value ?? ""}
        className={numberClass}
        {...fieldAria(name, errors[name], Boolean(hint))}
      />
      <FieldError id={name} error={errors[name]} />
    </div>
  );
  return (
    <form {...formProps}>
      <fieldset>
        <legend className="text-xl font-bold">{tx.retentionLegend}</legend>
        <p className="text-sm">{tx.retentionHint}</p>
        {number("retentionMonths", tx.retentionMonths, props.values.retentionMonths, 0, tx.retentionMonthsHint)}
        {number("cancelledRetentionMonths", tx.cancelledMonths, props.values.cancelledRetentionMonths, 0, tx.cancelledMonthsHint)}
        {number("staleOpenMonths", tx.staleMonths, props.values.staleOpenMonths, 0, tx.staleMonthsHint)}
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-xl font-bold">{tx.deadlinesLegend}</legend>
        <p className="text-sm">{tx.deadlinesHint}</p>
        {props.steps.map((s) => (
          <div key={s.value}>
            {number(deadlineField(s.value), fillMarks(tx.stepDays, { step: s.label }), props.values.deadlineDays[s.value], 1)}
          </div>
        ))}
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-xl font-bold">{tx.mailLegend}</legend>
        <div className="mt-2 flex items-start gap-2">
          <input
            id="dailyDigest"
            name="dailyDigest"
            type="checkbox"
            value="ja"
            defaultChecked={props.values.dailyDigest}
            className="mt-1 h-5 w-5"
            aria-describedby="dailyDigest-uitleg"
          />
          <label htmlFor="dailyDigest">{tx.dailyDigest}</label>
        </div>
        <p id="dailyDigest-uitleg" className="text-sm">
          {tx.dailyDigestHint}
        </p>
      </fieldset>
      <div className="mt-3">
        <FormStatus status={status} />
      </div>
      <button type="submit" disabled={pending} className={button}>
        {tx.submit}
      </button>
    </form>
  );
}

export function RetentionRunForm({ action, count, texts }: { action: Action; count: number; texts: Texts["retentionRun"] }) {
  // Empty after a success: the next run needs a new tick.
  const { formProps, errors, status, pending } = useSettingsForm(action, RETENTION_RUN_FORM, true);
  return (
    <form {...formProps} className="mt-3">
      <div className="flex items-start gap-2">
        <input
          id="retention-confirm"
          name="confirm"
          type="checkbox"
          value="ja"
          className="mt-1 h-5 w-5"
          {...fieldAria("retention-confirm", errors.confirm)}
        />
        <label htmlFor="retention-confirm">{fillMarks(count === 1 ? texts.confirmOne : texts.confirmMany, { count: String(count) })}</label>
      </div>
      <FieldError id="retention-confirm" error={errors.confirm} />
      <div className="mt-3">
        <FormStatus status={status} />
      </div>
      <button type="submit" disabled={pending} className="mt-4 rounded bg-danger px-4 py-2 font-semibold text-white">
        {texts.submit}
      </button>
    </form>
  );
}

/**
 * A list the regisseur types one item per line, posted as field `name` (the wijken, the hulpvragen).
 * The server parses it (listLines) and answers field errors under the same name.
 */
function ListForm({
  action,
  fields,
  name,
  label,
  hint,
  lines,
  rows,
  submit,
}: {
  action: Action;
  fields: FormFields;
  name: string;
  label: string;
  hint: string;
  lines: string[];
  rows: number;
  submit: string;
}) {
  const { formProps, errors, status, pending } = useSettingsForm(action, fields);
  return (
    <form {...formProps}>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <p id={`${name}-uitleg`} className="text-sm">
        {hint}
      </p>
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={lines.join("\n")}
        className={`${inputClass} max-w-md`}
        {...fieldAria(name, errors[name], true)}
      />
      <FieldError id={name} error={errors[name]} />
      <button type="submit" disabled={pending} className={button}>
        {submit}
      </button>
      <div className="mt-3">
        <FormStatus status={status} />
      </div>
    </form>
  );
}

/** The gemeente's hulpvragen, one per line: the list a signal's hulpvraag is chosen from. */
export function CategoriesForm({ action, categories, texts }: { action: Action; categories: string[]; texts: Texts["categories"] }) {
  return (
    <ListForm
      action={action}
      fields={CATEGORIES_FORM}
      name="categories"
      label={texts.label}
      lines={categories}
      rows={10}
      submit={texts.submit}
      hint={texts.hint}
    />
  );
}

/** The gemeente's own wijken, one per line: the only wijken a signal can have (and the report can name). */
export function WijkenForm({ action, wijken, texts }: { action: Action; wijken: string[]; texts: Texts["wijken"] }) {
  return (
    <ListForm
      action={action}
      fields={WIJKEN_FORM}
      name="wijken"
      label={texts.label}
      lines={wijken}
      rows={8}
      submit={texts.submit}
      hint={texts.hint}
    />
  );
}
