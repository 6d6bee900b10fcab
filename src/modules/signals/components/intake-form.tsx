"use client";
/**
 * The intake form (public and loket phone intake), in the one form pattern
 * (src/components/forms/action-form.ts): works without JavaScript; the server checks it (the public
 * form's token and rate limit need the server anyway); visible labels, errors tied to fields and
 * listed in an error summary that takes the focus, the result announced in a live region. What was
 * typed stays after a refusal.
 */
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useActionForm } from "@/components/forms/action-form";
import { errorLine, FormStatus, SelectField, SubmitButton, TextArea, TextField } from "@/components/forms/form-fields";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import type { IntakeState } from "../actions";
import { INTAKE_FORM } from "../intake-fields";

/** Staff intake only: the gemeente's hulpvragen, the risk groups ([key, label] pairs) and the fields' texts. */
type ThemeOptions = {
  categories: readonly { key: string; label: string }[];
  riskGroups: readonly [string, string][];
  texts: Messages["signalsPages"]["phoneIntake"]["themes"];
};
type Action = (prev: IntakeState, fd: FormData) => Promise<IntakeState>;
/** The fields the error summary names, in the order of the form. */
const SUMMARY_FIELDS = [
  "residentName",
  "residentContact",
  "wijk",
  "situation",
  "reporterName",
  "reporterContact",
  "reporterEmail",
] as const;
/**
 * The form's texts from the catalogue, handed over by the page in the reader's language (in the HTML, not in this
 * script): residents read "u" (resident section), the loket fills in the form about a caller (staff section).
 */
type IntakeTexts =
  | { form: Messages["resident"]["worryForm"]; sent: Messages["resident"]["worrySent"] }
  | { form: Messages["staff"]["phoneIntake"]; sent: Messages["staff"]["phoneIntakeSent"] };

/** statusHref: the page where the reporter types the code (never with the code in the URL). */
export function IntakeForm({
  action,
  token,
  mode,
  gemeenteName,
  statusHref,
  wijken = [],
  themes,
  texts,
}: {
  action: Action;
  token?: string;
  mode: "public" | "phone";
  gemeenteName: string;
  statusHref?: string;
  wijken?: string[];
  themes?: ThemeOptions;
  texts: IntakeTexts;
}) {
  // `values`: after a refusal, what was typed (a page answered without JavaScript would start empty).
  const { formProps, errors, status, state, pending, values } = useActionForm({ action, fields: INTAKE_FORM });
  const t = texts.form;
  const err = (f: string): string | undefined => errors[f];
  const summary = useRef<HTMLDivElement>(null);
  // After a failed submit, focus goes to the error summary (without JavaScript: its autoFocus). This
  // effect runs after the form's own, which focused the first invalid field.
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  const listed = SUMMARY_FIELDS.filter((f) => err(f)).map((f) => ({ f, label: t.summaryLabels[f], message: err(f) as string }));
  const field = (name: string, label: string, hint?: string, type = "text", autoComplete = "off", list?: string[]) => (
    <div className="mt-4">
      <TextField
        id={name}
        name={name}
        label={label}
        hint={hint}
        type={type}
        autoComplete={autoComplete}
        list={list ? `${name}-lijst` : undefined}
        defaultValue={values[name]}
        error={err(name)}
      />
      {list && (
        <datalist id={`${name}-lijst`}>
          {list.map((w) => (
            <option key={w} value={w} />
          ))}
        </datalist>
      )}
    </div>
  );
  if (state?.ok) {
    const sent = texts.sent;
    return (
      <div role="status" className="rounded border border-line bg-white p-4">
        <h2 className="text-xl font-bold">{fillMarks(sent.title, { gemeente: gemeenteName })}</h2>
        <p className="mt-2">{sent.next}</p>
        <p className="mt-4">{sent.codeLabel}</p>
        {/* Groups of four in a large monospace font: easy to copy from a phone and to read out. */}
        <p className="mt-1 font-mono text-2xl font-bold tracking-widest">
          <strong data-testid="status-code">{state.data.statusCode}</strong>
        </p>
        <p className="mt-2">{sent.codeWriteDown}</p>
        {"codeWhere" in sent && statusHref && (
          <p className="mt-2">
            {sent.codeWhere}{" "}
            <Link className="underline" href={statusHref}>
              {sent.codePage}
            </Link>
            .
          </p>
        )}
      </div>
    );
  }
  return (
    <form {...formProps}>
      {state && !state.ok && (
        <div
          ref={summary}
          id="fouten"
          tabIndex={-1}
          autoFocus
          aria-labelledby="fouten-titel"
          className="mb-4 rounded border-2 border-danger bg-white p-4 focus:outline-3"
        >
          <h2 id="fouten-titel" className="text-lg font-bold text-danger">
            {listed.length ? (listed.length === 1 ? t.errorsOne : fillMarks(t.errorsMany, { n: String(listed.length) })) : t.notSent}
          </h2>
          {listed.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {listed.map((e) => (
                <li key={e.f}>
                  <a className="underline" href={`#${e.f}`}>
                    {errorLine(e.label, e.message)}
                  </a>
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
        {/* eslint-disable-next-line samenkracht/no-literal-text -- bait for bots (off-screen, aria-hidden), not interface text */}
        <label htmlFor="website">Website</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <fieldset className="mt-2">
        <legend className="text-xl font-bold">{t.aboutWhomLegend}</legend>
        <p className="text-sm">{t.aboutWhomHint}</p>
        {field("residentName", t.residentName)}
        {field("residentContact", t.residentContact)}
        {field("wijk", t.wijk, wijken.length ? fillMarks(t.wijkHint, { wijken: wijken.join(", ") }) : undefined, "text", "off", wijken)}
      </fieldset>
      <div className="mt-4">
        <TextArea
          id="situation"
          name="situation"
          label={t.situation}
          hint={t.situationHint}
          rows={6}
          maxLength={4000}
          defaultValue={values.situation}
          error={err("situation")}
        />
      </div>
      {themes && <ThemeFields themes={themes} err={err} values={values} />}
      <fieldset className="mt-6">
        <legend className="text-xl font-bold">{t.reporterLegend}</legend>
        <p className="text-sm">{t.reporterHint}</p>
        {field("reporterName", t.reporterName, undefined, "text", mode === "public" ? "name" : "off")}
        {field("reporterContact", t.reporterContact, undefined, "tel", mode === "public" ? "tel" : "off")}
        {field("reporterEmail", t.reporterEmail, t.reporterEmailHint, "email", mode === "public" ? "email" : "off")}
      </fieldset>
      <div className="mt-4">
        <FormStatus status={status} />
      </div>
      <SubmitButton pending={pending} pendingText={t.sending} className="mt-4 rounded bg-brand px-4 py-2 font-semibold text-white">
        {t.submit}
      </SubmitButton>
    </form>
  );
}

/** Hulpvraag and risk group (staff intake; both optional, chosen from lists). */
function ThemeFields({
  themes,
  err,
  values,
}: {
  themes: ThemeOptions;
  err: (f: string) => string | undefined;
  values: Record<string, string>;
}) {
  const tx = themes.texts;
  const select = (name: string, label: string, hint: string, options: readonly (readonly [string, string])[]) => (
    <div className="mt-4">
      <SelectField
        id={name}
        name={name}
        label={label}
        hint={hint}
        placeholder={tx.dontKnow}
        options={Object.fromEntries(options)}
        defaultValue={values[name] ?? ""}
        error={err(name)}
      />
    </div>
  );
  return (
    <fieldset className="mt-6">
      <legend className="text-xl font-bold">{tx.legend}</legend>
      {select(
        "category",
        tx.category,
        tx.categoryHint,
        themes.categories.map((c) => [c.key, c.label] as const),
      )}
      {select("riskGroup", tx.riskGroup, tx.riskGroupHint, themes.riskGroups)}
    </fieldset>
  );
}
