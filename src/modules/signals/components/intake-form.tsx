"use client";
/**
 * The intake form (public and loket phone intake). Works without JavaScript (server action);
 * visible labels, errors tied to fields, the result announced in a live region.
 */
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import type { IntakeState } from "../actions";

/** Staff intake only: the gemeente's hulpvragen and the risk groups ([key, label] pairs). */
type ThemeOptions = { categories: readonly { key: string; label: string }[]; riskGroups: readonly [string, string][] };
type Action = (prev: IntakeState, fd: FormData) => Promise<IntakeState>;
/** The fields in the order of the form: the error summary lists them in this order. */
const FIELD_LABELS: [string, string][] = [
  ["residentName", "Naam"],
  ["residentContact", "Adres of telefoon"],
  ["wijk", "Wijk of buurt"],
  ["situation", "Wat is u opgevallen?"],
  ["reporterName", "Uw naam"],
  ["reporterContact", "Uw telefoon"],
  ["reporterEmail", "Uw e-mail"],
];
const input = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

/** statusHref: the page where the reporter types the code (never with the code in the URL). */
export function IntakeForm({ action, token, mode, statusHref, wijken = [], themes }: { action: Action; token?: string; mode: "public" | "phone"; statusHref?: string; wijken?: string[]; themes?: ThemeOptions }) {
  const [state, formAction, pending] = useActionState(action, null);
  const err = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  // What was typed: React resets the form after the action; the inputs' default values bring it back.
  const [values, setValues] = useState<Record<string, string>>({});
  const summary = useRef<HTMLDivElement>(null);
  // After a failed submit, focus goes to the error summary (without JavaScript: its autoFocus).
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  const errors = FIELD_LABELS.filter(([f]) => err(f)).map(([f, label]) => ({ f, label, message: err(f) as string }));
  const field = (name: string, label: string, hint?: string, type = "text", autoComplete = "off", list?: string[]) => (
    <div className="mt-4">
      <label htmlFor={name} className="block font-semibold">{label}</label>
      {hint && <p id={`${name}-hint`} className="text-sm">{hint}</p>}
      <input id={name} name={name} type={type} autoComplete={autoComplete} defaultValue={values[name]} className={input} aria-invalid={!!err(name)} list={list ? `${name}-lijst` : undefined}
        aria-describedby={[hint ? `${name}-hint` : "", err(name) ? `${name}-fout` : ""].filter(Boolean).join(" ") || undefined} />
      {list && <datalist id={`${name}-lijst`}>{list.map((w) => <option key={w} value={w} />)}</datalist>}
      {err(name) && <p id={`${name}-fout`} className="mt-1 text-danger">{err(name)}</p>}
    </div>
  );
  if (state?.ok) {
    return (
      <div role="status" className="rounded border border-line bg-white p-4">
        <h2 className="text-xl font-bold">Bedankt. Uw zorg is doorgegeven.</h2>
        <p className="mt-2">Iemand van het signaalpunt bekijkt het. Heeft u uw e-mailadres gegeven? Dan krijgt u bericht als het is opgepakt, en als het is afgerond.</p>
        <p className="mt-2">Uw code om de stand te bekijken: <strong data-testid="status-code">{state.data.statusCode}</strong></p>
        <p className="mt-2">Schrijf de code op. We laten hem maar één keer zien.{statusHref && <> U kunt de stand bekijken op <Link className="underline" href={statusHref}>de pagina Stand van uw zorg</Link>: vul daar de code in.</>}</p>
      </div>
    );
  }
  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(e) => {
        const fd = new FormData(e.currentTarget);
        setValues(Object.fromEntries(FIELD_LABELS.map(([f]) => [f, String(fd.get(f) ?? "")])));
      }}
    >
      {state && !state.ok && (
        <div ref={summary} id="fouten" tabIndex={-1} autoFocus aria-labelledby="fouten-titel" className="mb-4 rounded border-2 border-danger bg-white p-4 focus:outline-3">
          <h2 id="fouten-titel" className="text-lg font-bold text-danger">
            {errors.length ? (errors.length === 1 ? "Er is 1 ding niet goed ingevuld" : `Er zijn ${errors.length} dingen niet goed ingevuld`) : "Uw zorg is niet verstuurd"}
          </h2>
          {errors.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {errors.map((e) => (
                <li key={e.f}>
                  <a className="underline" href={`#${e.f}`}>{e.label}: {e.message}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{state.message}</p>
          )}
        </div>
      )}
      {token && <input type="hidden" name="token" value={token} />}
      {/* Honeypot: hidden from people and screen readers; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-0 w-0 overflow-hidden">
        <label htmlFor="website">Website</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <fieldset className="mt-2">
        <legend className="text-xl font-bold">Over wie maakt u zich zorgen?</legend>
        <p className="text-sm">Vul de naam in en hoe we iemand kunnen bereiken. Weet u dat niet? Vul dan alleen de wijk in.</p>
        {field("residentName", "Naam (als u die weet)")}
        {field("residentContact", "Adres of telefoon (als u dat weet)")}
        {field("wijk", "Wijk of buurt", wijken.length ? `Kies een wijk van de gemeente: ${wijken.join(", ")}.` : undefined, "text", "off", wijken)}
      </fieldset>
      <div className="mt-4">
        <label htmlFor="situation" className="block font-semibold">Wat is u opgevallen?</label>
        <p id="situation-hint" className="text-sm">Schrijf kort wat u zag of hoorde. Maximaal 4000 tekens.</p>
        <textarea id="situation" name="situation" rows={6} defaultValue={values.situation} maxLength={4000} className={input} aria-invalid={!!err("situation")}
          aria-describedby={["situation-hint", err("situation") ? "situation-fout" : ""].filter(Boolean).join(" ")} />
        {err("situation") && <p id="situation-fout" className="mt-1 text-danger">{err("situation")}</p>}
      </div>
      {themes && <ThemeFields themes={themes} err={err} />}
      <fieldset className="mt-6">
        <legend className="text-xl font-bold">{mode === "phone" ? "Wie belt er?" : "Wie bent u? (mag u leeg laten)"}</legend>
        <p className="text-sm">We gebruiken dit alleen om u te bellen als we een vraag hebben. We noemen uw naam niet aan de persoon.</p>
        {field("reporterName", "Naam", undefined, "text", mode === "public" ? "name" : "off")}
        {field("reporterContact", "Telefoon", undefined, "tel", mode === "public" ? "tel" : "off")}
        {field("reporterEmail", "E-mail", "Dan krijgt u twee korte berichten: als uw zorg is opgepakt, en als het is afgerond.", "email", mode === "public" ? "email" : "off")}
      </fieldset>
      <div aria-live="polite" className="mt-4">{state && !state.ok && <p className="text-danger">{state.message}</p>}</div>
      <button type="submit" disabled={pending} className="mt-4 rounded bg-brand px-4 py-2 font-semibold text-white">
        {pending ? "Bezig met versturen…" : "Zorg doorgeven"}
      </button>
    </form>
  );
}

/** Hulpvraag and risk group (staff intake; both optional, chosen from lists). */
function ThemeFields({ themes, err }: { themes: ThemeOptions; err: (f: string) => string | undefined }) {
  const select = (name: string, label: string, hint: string, options: readonly [string, string][]) => (
    <div className="mt-4">
      <label htmlFor={name} className="block font-semibold">{label}</label>
      <p id={`${name}-hint`} className="text-sm">{hint}</p>
      <select id={name} name={name} defaultValue="" className={input} aria-invalid={!!err(name)} aria-describedby={[`${name}-hint`, err(name) ? `${name}-fout` : ""].filter(Boolean).join(" ")}>
        <option value="">Weet ik nog niet</option>
        {options.map(([k, l]) => <option key={k} value={k}>{l}</option>)}
      </select>
      {err(name) && <p id={`${name}-fout`} className="mt-1 text-danger">{err(name)}</p>}
    </div>
  );
  return (
    <fieldset className="mt-6">
      <legend className="text-xl font-bold">Hulpvraag en risicogroep</legend>
      {select("category", "Hulpvraag", "Waar gaat de zorg vooral over? Zo zien we welk aanbod nodig is.", themes.categories.map((c) => [c.key, c.label] as [string, string]))}
      {select("riskGroup", "Risicogroep", "Hoort de persoon bij een van deze groepen?", themes.riskGroups)}
    </fieldset>
  );
}
