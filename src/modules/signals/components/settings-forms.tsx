"use client";
/**
 * Signaalpunt settings forms: one's own mail choice, the gemeente's settings (retention months,
 * deadlines per step, default mail choice) and running retention now. They work without
 * JavaScript (server actions); errors tied to fields; the result announced in a live region.
 */
import { useActionState, useState, type ChangeEvent } from "react";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import type { SettingsState } from "../actions";

type Action = (prev: SettingsState, fd: FormData) => Promise<SettingsState>;
const input = "mt-1 block w-32 rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
const button = "mt-4 rounded bg-brand px-4 py-2 font-semibold text-white";

type Texts = Messages["signalsPages"]["settingsForms"];

function useForm(action: Action) {
  const [state, formAction, pending] = useActionState(action, null);
  const err = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  const status = (
    <div aria-live="polite" className="mt-3">
      {state && !state.ok && <p className="font-semibold text-danger">{state.message}</p>}
      {state?.ok && <p className="font-semibold">{state.data.message}</p>}
    </div>
  );
  return { formAction, pending, err, status };
}

export function MailPreferenceForm({ action, mode, texts }: { action: Action; mode: "DIRECT" | "DAGELIJKS"; texts: Texts["mail"] }) {
  const { formAction, pending, err, status } = useForm(action);
  return (
    <form action={formAction}>
      <fieldset aria-describedby={err("mode") ? "mode-fout" : undefined}>
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
      {err("mode") && (
        <p id="mode-fout" className="mt-1 text-danger">
          {err("mode")}
        </p>
      )}
      {status}
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
  const { formAction, pending, err, status } = useForm(props.action);
  const tx = props.texts;
  // Controlled: React resets a form after each action; a refused value must stay for the user to fix.
  const [v, setV] = useState<Record<string, string>>(() => ({
    retentionMonths: String(props.values.retentionMonths),
    cancelledRetentionMonths: String(props.values.cancelledRetentionMonths),
    staleOpenMonths: String(props.values.staleOpenMonths),
    ...Object.fromEntries(props.steps.map((s) => [`deadline.${s.value}`, String(props.values.deadlineDays[s.value] ?? "")])),
  }));
  const [digest, setDigest] = useState(props.values.dailyDigest);
  const bind = (name: string) => ({
    value: v[name] ?? "",
    onChange: (e: ChangeEvent<HTMLInputElement>) => setV((x) => ({ ...x, [name]: e.target.value })),
  });
  const num = (name: string, label: string, hint?: string) => (
    <div className="mt-3">
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type="number"
        inputMode="numeric"
        min={0}
        max={365}
        {...bind(name)}
        className={input}
        aria-invalid={!!err(name)}
        aria-describedby={[hint ? `${name}-hint` : "", err(name) ? `${name}-fout` : ""].filter(Boolean).join(" ") || undefined}
      />
      {err(name) && (
        <p id={`${name}-fout`} className="mt-1 text-danger">
          {err(name)}
        </p>
      )}
    </div>
  );
  return (
    <form action={formAction}>
      <fieldset>
        <legend className="text-xl font-bold">{tx.retentionLegend}</legend>
        <p className="text-sm">{tx.retentionHint}</p>
        {num("retentionMonths", tx.retentionMonths, tx.retentionMonthsHint)}
        {num("cancelledRetentionMonths", tx.cancelledMonths, tx.cancelledMonthsHint)}
        {num("staleOpenMonths", tx.staleMonths, tx.staleMonthsHint)}
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-xl font-bold">{tx.deadlinesLegend}</legend>
        <p className="text-sm">{tx.deadlinesHint}</p>
        {props.steps.map((s) => {
          const name = `deadline.${s.value}`;
          const e = err(`deadlineDays.${s.value}`);
          return (
            <div key={s.value} className="mt-3">
              <label htmlFor={name} className="block font-semibold">
                {fillMarks(tx.stepDays, { step: s.label })}
              </label>
              <input
                id={name}
                name={name}
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                {...bind(name)}
                className={input}
                aria-invalid={!!e}
                aria-describedby={e ? `${name}-fout` : undefined}
              />
              {e && (
                <p id={`${name}-fout`} className="mt-1 text-danger">
                  {e}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-xl font-bold">{tx.mailLegend}</legend>
        <div className="mt-2 flex items-start gap-2">
          <input
            id="dailyDigest"
            name="dailyDigest"
            type="checkbox"
            value="ja"
            checked={digest}
            onChange={(e) => setDigest(e.target.checked)}
            className="mt-1 h-5 w-5"
            aria-describedby="dailyDigest-hint"
          />
          <label htmlFor="dailyDigest">{tx.dailyDigest}</label>
        </div>
        <p id="dailyDigest-hint" className="text-sm">
          {tx.dailyDigestHint}
        </p>
      </fieldset>
      {status}
      <button type="submit" disabled={pending} className={button}>
        {tx.submit}
      </button>
    </form>
  );
}

export function RetentionRunForm({ action, count, texts }: { action: Action; count: number; texts: Texts["retentionRun"] }) {
  const { formAction, pending, err, status } = useForm(action);
  return (
    <form action={formAction} className="mt-3">
      <div className="flex items-start gap-2">
        <input
          id="retention-confirm"
          name="confirm"
          type="checkbox"
          value="ja"
          className="mt-1 h-5 w-5"
          aria-invalid={!!err("confirm")}
          aria-describedby={err("confirm") ? "retention-confirm-fout" : undefined}
        />
        <label htmlFor="retention-confirm">{fillMarks(count === 1 ? texts.confirmOne : texts.confirmMany, { count: String(count) })}</label>
      </div>
      {err("confirm") && (
        <p id="retention-confirm-fout" className="mt-1 text-danger">
          {err("confirm")}
        </p>
      )}
      {status}
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
  name,
  label,
  hint,
  lines,
  rows,
  submit,
}: {
  action: Action;
  name: string;
  label: string;
  hint: string;
  lines: string[];
  rows: number;
  submit: string;
}) {
  const { formAction, pending, err, status } = useForm(action);
  return (
    <form action={formAction}>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <p id={`${name}-hint`} className="text-sm">
        {hint}
      </p>
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={lines.join("\n")}
        className="mt-1 block w-full max-w-md rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger"
        aria-invalid={!!err(name)}
        aria-describedby={[`${name}-hint`, err(name) ? `${name}-fout` : ""].filter(Boolean).join(" ")}
      />
      {err(name) && (
        <p id={`${name}-fout`} className="mt-1 text-danger">
          {err(name)}
        </p>
      )}
      <button type="submit" disabled={pending} className={button}>
        {submit}
      </button>
      {status}
    </form>
  );
}

/** The gemeente's hulpvragen, one per line: the list a signal's hulpvraag is chosen from. */
export function CategoriesForm({ action, categories, texts }: { action: Action; categories: string[]; texts: Texts["categories"] }) {
  return (
    <ListForm action={action} name="categories" label={texts.label} lines={categories} rows={10} submit={texts.submit} hint={texts.hint} />
  );
}

/** The gemeente's own wijken, one per line: the only wijken a signal can have (and the report can name). */
export function WijkenForm({ action, wijken, texts }: { action: Action; wijken: string[]; texts: Texts["wijken"] }) {
  return <ListForm action={action} name="wijken" label={texts.label} lines={wijken} rows={8} submit={texts.submit} hint={texts.hint} />;
}
