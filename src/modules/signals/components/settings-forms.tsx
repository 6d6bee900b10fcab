"use client";
/**
 * Signaalpunt settings forms: one's own mail choice, the gemeente's settings (retention months,
 * deadlines per step, default mail choice) and running retention now. They work without
 * JavaScript (server actions); errors tied to fields; the result announced in a live region.
 */
import { useActionState, useState, type ChangeEvent } from "react";
import type { SettingsState } from "../actions";

type Action = (prev: SettingsState, fd: FormData) => Promise<SettingsState>;
const input = "mt-1 block w-32 rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
const button = "mt-4 rounded bg-brand px-4 py-2 font-semibold text-white";

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

export function MailPreferenceForm({ action, mode }: { action: Action; mode: "DIRECT" | "DAGELIJKS" }) {
  const { formAction, pending, err, status } = useForm(action);
  return (
    <form action={formAction}>
      <fieldset aria-describedby={err("mode") ? "mode-fout" : undefined}>
        <legend className="font-semibold">Hoe wil je e-mail over signalen krijgen?</legend>
        <div className="mt-2 flex items-start gap-2">
          <input id="mode-direct" type="radio" name="mode" value="DIRECT" defaultChecked={mode === "DIRECT"} className="mt-1 h-5 w-5" />
          <label htmlFor="mode-direct">
            Een e-mail bij elk signaal dat aan mij wordt toegewezen (en elke ochtend als er signalen te laat zijn)
          </label>
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
          <label htmlFor="mode-dagelijks">
            Eén overzicht per dag (elke ochtend): nieuwe signalen voor mij en signalen die te laat zijn
          </label>
        </div>
      </fieldset>
      {err("mode") && (
        <p id="mode-fout" className="mt-1 text-danger">
          {err("mode")}
        </p>
      )}
      {status}
      <button type="submit" disabled={pending} className={button}>
        Keuze opslaan
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
}) {
  const { formAction, pending, err, status } = useForm(props.action);
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
        <legend className="text-xl font-bold">Hoe lang bewaren we persoonsgegevens?</legend>
        <p className="text-sm">
          Na deze tijd worden de naam, het contact, wat is opgevallen en de gegevens van de melder gewist. De tellingen blijven.
        </p>
        {num("retentionMonths", "Afgesloten signalen: aantal maanden na afsluiten", "Tussen 1 en 120. Gebruikelijk is 12.")}
        {num(
          "cancelledRetentionMonths",
          "Geannuleerde signalen: aantal maanden na annuleren",
          "Tussen 0 en 120. 0 betekent: meteen bij de volgende keer wissen.",
        )}
        {num(
          "staleOpenMonths",
          "Open signalen waar niemand iets mee deed: aantal maanden",
          "Tussen 3 en 120. Gebruikelijk is 24. Je krijgt eerst een e-mail. 14 dagen later worden de gegevens gewist, behalve als iemand het signaal oppakt.",
        )}
      </fieldset>
      <fieldset className="mt-6">
        <legend className="text-xl font-bold">Hoe snel pakken we een signaal op?</legend>
        <p className="text-sm">
          Het aantal dagen per stap. Daarna staat het signaal bij &quot;Te laat&quot;. Geldt voor signalen die na het opslaan een stap
          zetten.
        </p>
        {props.steps.map((s) => {
          const name = `deadline.${s.value}`;
          const e = err(`deadlineDays.${s.value}`);
          return (
            <div key={s.value} className="mt-3">
              <label htmlFor={name} className="block font-semibold">
                {s.label}: aantal dagen
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
        <legend className="text-xl font-bold">E-mail voor medewerkers</legend>
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
          <label htmlFor="dailyDigest">Standaard één overzicht per dag in plaats van een e-mail per signaal</label>
        </div>
        <p id="dailyDigest-hint" className="text-sm">
          Voor wie zelf nog niets heeft gekozen. Iedere medewerker kan dit zelf aanpassen.
        </p>
      </fieldset>
      {status}
      <button type="submit" disabled={pending} className={button}>
        Instellingen opslaan
      </button>
    </form>
  );
}

export function RetentionRunForm({ action, count }: { action: Action; count: number }) {
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
        <label htmlFor="retention-confirm">
          Ja, wis nu de persoonsgegevens van {count} {count === 1 ? "signaal" : "signalen"}. Dit kan niet ongedaan worden gemaakt.
        </label>
      </div>
      {err("confirm") && (
        <p id="retention-confirm-fout" className="mt-1 text-danger">
          {err("confirm")}
        </p>
      )}
      {status}
      <button type="submit" disabled={pending} className="mt-4 rounded bg-danger px-4 py-2 font-semibold text-white">
        Nu wissen
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
export function CategoriesForm({ action, categories }: { action: Action; categories: string[] }) {
  return (
    <ListForm
      action={action}
      name="categories"
      label="Hulpvragen (één per regel)"
      lines={categories}
      rows={10}
      submit="Hulpvragen opslaan"
      hint="Bij elk signaal kies je een hulpvraag uit deze lijst. Een hulpvraag die al bij signalen hoort, blijft in de lijst staan. Een nieuwe naam zet je op een nieuwe regel."
    />
  );
}

/** The gemeente's own wijken, one per line: the only wijken a signal can have (and the report can name). */
export function WijkenForm({ action, wijken }: { action: Action; wijken: string[] }) {
  return (
    <ListForm
      action={action}
      name="wijken"
      label="Wijken van de gemeente (één per regel)"
      lines={wijken}
      rows={8}
      submit="Wijken opslaan"
      hint="Wie een zorg doorgeeft, kiest een wijk uit deze lijst. Andere tekst wordt niet opgeslagen en komt nooit in een rapport."
    />
  );
}
