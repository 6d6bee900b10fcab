"use client";
/**
 * Rights of the resident (regisseur only): look up one resident, see what is stored, make an export
 * (JSON), restrict or erase — each with a reason from a fixed list and a confirmation. Every step
 * is recorded in the audit log by the server. Visible labels, errors tied to fields, a live region.
 * The one form pattern (src/components/forms/action-form.ts), one form state per form: works
 * without JavaScript; the server checks every step (the query, the reason and the tick).
 */
import { useState } from "react";
import { useActionForm } from "@/components/forms/action-form";
import { FieldError, fieldAria, inputClass } from "@/components/forms/form-fields";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import type { ResidentData, ResidentState } from "../actions";
import { RESIDENT_REQUEST_BASES } from "../schemas";
import { RESIDENT_RIGHTS_FORM } from "../form-fields";
import { OUTCOME_LABELS, SOURCE_LABELS, STATUS_LABELS } from "../labels";
import type { SignalOutcome, SignalStatus } from "../flow";
import { formatLongDate } from "@/lib/text/dates";

type Action = (prev: ResidentState, fd: FormData) => Promise<ResidentState>;
const button = "rounded px-4 py-2 font-semibold";

type Texts = Messages["signalsPages"]["residentRightsForm"];

const fmt = (d: Date | string | null) => (d ? formatLongDate(d) : "—");

/** One of the page's forms; the search keeps what was typed, the others start afresh after a success. */
function useResidentForm(action: Action, resetOnSuccess = true) {
  return useActionForm({ action, fields: RESIDENT_RIGHTS_FORM, resetOnSuccess });
}

/** The page's forms: the search, the export and the three changes (their `intent`). */
type Intent = "zoek" | "export" | "beperk" | "hef-op" | "wis";
type Form = ReturnType<typeof useResidentForm>;

function Hidden({ data }: { data: ResidentData }) {
  return (
    <>
      {data.query.residentName && <input type="hidden" name="residentName" value={data.query.residentName} />}
      {data.query.residentContact && <input type="hidden" name="residentContact" value={data.query.residentContact} />}
      {data.signals.map((s) => (
        <input key={s.id} type="hidden" name="signalId" value={s.id} />
      ))}
    </>
  );
}

type ChangeProps = {
  intent: "beperk" | "hef-op" | "wis";
  title: string;
  text: string;
  submit: string;
  danger: boolean;
  data: ResidentData;
  form: Form;
  pending: boolean;
  texts: Texts;
};

/** Restrict or erase: a reason and a tick. A refused attempt keeps the reason already chosen. */
function ChangeForm({ intent, title, text, submit, danger, data, form, pending, texts }: ChangeProps) {
  const e = (f: string): string | undefined => form.errors[f];
  // Erasing cannot be undone: its tick says so.
  const confirmText = intent === "wis" ? texts.confirmErase : texts.confirm;
  return (
    <form {...form.formProps} className="mt-4 rounded border border-line bg-white p-4" aria-labelledby={`${intent}-titel`}>
      <h3 id={`${intent}-titel`} className="text-xl font-bold">
        {title}
      </h3>
      <p className="mt-1">{text}</p>
      <Hidden data={data} />
      <input type="hidden" name="intent" value={intent} />
      <label htmlFor={`${intent}-basis`} className="mt-3 block font-semibold">
        {texts.why}
      </label>
      <select id={`${intent}-basis`} name="basis" className={inputClass} defaultValue="" {...fieldAria(`${intent}-basis`, e("basis"))}>
        <option value="" disabled>
          {texts.chooseReason}
        </option>
        {RESIDENT_REQUEST_BASES.map((b) => (
          <option key={b} value={b}>
            {texts.basis[b]}
          </option>
        ))}
      </select>
      <FieldError id={`${intent}-basis`} error={e("basis")} />
      <div className="mt-3 flex items-start gap-2">
        <input
          id={`${intent}-confirm`}
          name="confirm"
          type="checkbox"
          value="ja"
          className="mt-1 h-5 w-5"
          {...fieldAria(`${intent}-confirm`, e("confirm"))}
        />
        <label htmlFor={`${intent}-confirm`}>{confirmText}</label>
      </div>
      <FieldError id={`${intent}-confirm`} error={e("confirm")} />
      <button type="submit" disabled={pending} className={`${button} mt-3 ${danger ? "bg-danger text-white" : "bg-brand text-white"}`}>
        {submit}
      </button>
    </form>
  );
}

export function ResidentRights({ action, texts }: { action: Action; texts: Texts }) {
  const forms: Record<Intent, Form> = {
    zoek: useResidentForm(action, false),
    export: useResidentForm(action),
    beperk: useResidentForm(action),
    "hef-op": useResidentForm(action),
    wis: useResidentForm(action),
  };
  const intents = Object.keys(forms) as Intent[];
  const pending = intents.some((i) => forms[i].pending);
  // The last result of any form (its message stays on screen); the last found data stays shown when a
  // later step fails (e.g. the confirmation was not ticked). Without JavaScript only the posted form
  // has a result, and this runs on the server too.
  const [seen, setSeen] = useState<Record<Intent, ResidentState>>({ zoek: null, export: null, beperk: null, "hef-op": null, wis: null });
  const [state, setState] = useState<ResidentState>(null);
  const [shown, setShown] = useState<ResidentData | null>(null);
  // Each success starts the change forms afresh (new key); a failure keeps what was chosen.
  const [round, setRound] = useState(0);
  const changed = intents.find((i) => forms[i].state !== seen[i]);
  if (changed) {
    const latest = forms[changed].state;
    setSeen({ ...seen, [changed]: latest });
    setState(latest);
    if (latest?.ok) {
      setShown(latest.data);
      setRound((r) => r + 1);
    }
  }
  const err = (f: string): string | undefined => forms.zoek.errors[f];

  return (
    <div>
      <form {...forms.zoek.formProps} className="max-w-xl" aria-labelledby="zoek-titel">
        <h2 id="zoek-titel" className="text-2xl font-bold">
          {texts.searchTitle}
        </h2>
        <p className="mt-1">{texts.searchIntro}</p>
        <input type="hidden" name="intent" value="zoek" />
        <label htmlFor="residentName" className="mt-3 block font-semibold">
          {texts.residentName}
        </label>
        <input
          id="residentName"
          name="residentName"
          defaultValue={shown?.query.residentName ?? ""}
          autoComplete="off"
          maxLength={200}
          className={inputClass}
          {...fieldAria("residentName", err("residentName"))}
        />
        <FieldError id="residentName" error={err("residentName")} />
        <label htmlFor="residentContact" className="mt-3 block font-semibold">
          {texts.residentContact}
        </label>
        <input
          id="residentContact"
          name="residentContact"
          defaultValue={shown?.query.residentContact ?? ""}
          autoComplete="off"
          maxLength={300}
          className={inputClass}
          {...fieldAria("residentContact", err("residentContact"))}
        />
        <FieldError id="residentContact" error={err("residentContact")} />
        <button type="submit" disabled={pending} className={`${button} mt-3 bg-brand text-white`}>
          {texts.search}
        </button>
      </form>

      <div aria-live="polite" className="mt-4">
        {state && !state.ok && <p className="font-semibold text-danger">{state.message}</p>}
        {state?.ok && state.data.message && (
          <p className="font-semibold" data-testid="resident-message">
            {state.data.message}
          </p>
        )}
      </div>

      {shown && (
        <section aria-labelledby="gevonden" className="mt-6">
          <h2 id="gevonden" className="text-2xl font-bold">
            {fillMarks(shown.signals.length === 1 ? texts.foundOne : texts.foundMany, { count: String(shown.signals.length) })}
          </h2>
          {shown.unreadable && shown.unreadable.length > 0 && (
            <p className="mt-2 rounded border border-danger p-2" data-testid="resident-unreadable">
              {fillMarks(shown.unreadable.length === 1 ? texts.unreadableOne : texts.unreadableMany, {
                count: String(shown.unreadable.length),
                ids: shown.unreadable.map((u) => `${u.id} (${u.field})`).join(", "),
              })}
            </p>
          )}
          {shown.signals.length === 0 ? (
            <p className="mt-2">{texts.nothingStored}</p>
          ) : (
            <>
              <ul className="mt-2 space-y-4">
                {shown.signals.map((s) => (
                  <li key={s.id} className="rounded border border-line bg-white p-4">
                    <h3 className="font-bold">
                      {fillMarks(texts.signalOf, { date: fmt(s.createdAt) })}
                      {s.restricted && <span className="ml-2 rounded bg-surface px-2 text-sm">{texts.restricted}</span>}
                    </h3>
                    <dl className="mt-2 grid grid-cols-[12rem_1fr] gap-1">
                      <dt className="font-semibold">{texts.name}</dt>
                      <dd>{s.residentName ?? "—"}</dd>
                      <dt className="font-semibold">{texts.contact}</dt>
                      <dd>{s.residentContact ?? "—"}</dd>
                      <dt className="font-semibold">{texts.situation}</dt>
                      <dd className="whitespace-pre-wrap">{s.situation ?? "—"}</dd>
                      <dt className="font-semibold">{texts.wijk}</dt>
                      <dd>{s.wijk ?? "—"}</dd>
                      <dt className="font-semibold">{texts.step}</dt>
                      <dd>{STATUS_LABELS[s.status as SignalStatus]}</dd>
                      <dt className="font-semibold">{texts.source}</dt>
                      <dd>{SOURCE_LABELS[s.source]}</dd>
                      {s.outcome && (
                        <>
                          <dt className="font-semibold">{texts.outcome}</dt>
                          <dd>{OUTCOME_LABELS[s.outcome as SignalOutcome]}</dd>
                        </>
                      )}
                      {s.referralTo && (
                        <>
                          <dt className="font-semibold">{texts.referralTo}</dt>
                          <dd>{s.referralTo}</dd>
                        </>
                      )}
                      <dt className="font-semibold">{texts.steps}</dt>
                      <dd>{s.transitions.length}</dd>
                    </dl>
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-sm">{texts.reporterLeftOut}</p>

              <section aria-labelledby="export-titel" className="mt-6">
                <h2 id="export-titel" className="text-2xl font-bold">
                  {texts.copyTitle}
                </h2>
                <form {...forms.export.formProps} className="mt-2">
                  <Hidden data={shown} />
                  <input type="hidden" name="intent" value="export" />
                  <button type="submit" disabled={pending} className={`${button} border border-brand text-brand-strong`}>
                    {texts.copyMake}
                  </button>
                </form>
                {state?.ok && state.data.export && (
                  <p className="mt-2">
                    <a
                      className="underline"
                      download={state.data.export.filename}
                      href={`data:application/json;charset=utf-8,${encodeURIComponent(state.data.export.json)}`}
                    >
                      {fillMarks(texts.copySave, { filename: state.data.export.filename })}
                    </a>
                  </p>
                )}
              </section>

              <section aria-labelledby="wijzigen-titel" className="mt-6 max-w-xl">
                <h2 id="wijzigen-titel" className="text-2xl font-bold">
                  {texts.changeTitle}
                </h2>
                <ChangeForm
                  key={`beperk-${round}`}
                  intent="beperk"
                  title={texts.restrict.title}
                  submit={texts.restrict.submit}
                  danger={false}
                  data={shown}
                  text={texts.restrict.text}
                  form={forms["beperk"]}
                  pending={pending}
                  texts={texts}
                />
                {shown.signals.some((s) => s.restricted) && (
                  <ChangeForm
                    key={`hef-op-${round}`}
                    intent="hef-op"
                    title={texts.lift.title}
                    submit={texts.lift.submit}
                    danger={false}
                    data={shown}
                    text={texts.lift.text}
                    form={forms["hef-op"]}
                    pending={pending}
                    texts={texts}
                  />
                )}
                <ChangeForm
                  key={`wis-${round}`}
                  intent="wis"
                  title={texts.erase.title}
                  submit={texts.erase.submit}
                  danger
                  data={shown}
                  text={texts.erase.text}
                  form={forms["wis"]}
                  pending={pending}
                  texts={texts}
                />
              </section>
            </>
          )}
        </section>
      )}
    </div>
  );
}
