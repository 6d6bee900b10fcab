"use client";
/**
 * Rights of the resident (regisseur only): look up one resident, see what is stored, make an export
 * (JSON), restrict or erase — each with a reason from a fixed list and a confirmation. Every step
 * is recorded in the audit log by the server. Visible labels, errors tied to fields, a live region.
 */
import { useActionState, useState } from "react";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import type { ResidentData, ResidentState } from "../actions";
import { RESIDENT_REQUEST_BASES } from "../schemas";
import { OUTCOME_LABELS, SOURCE_LABELS, STATUS_LABELS } from "../labels";
import type { SignalOutcome, SignalStatus } from "../flow";

type Action = (prev: ResidentState, fd: FormData) => Promise<ResidentState>;
const input = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
const button = "rounded px-4 py-2 font-semibold";

type Texts = Messages["signalsPages"]["residentRightsForm"];

const fmt = (d: Date | string | null) =>
  d ? new Date(d).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" }) : "—";

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
  formAction: (fd: FormData) => void;
  pending: boolean;
  err: (f: string) => string | undefined;
  texts: Texts;
};

/**
 * Restrict or erase. The reason and the tick are controlled: React resets a form after each action,
 * and a refused attempt (no tick) must not throw away the reason already chosen.
 */
function ChangeForm({ intent, title, text, submit, danger, data, formAction, pending, err, texts }: ChangeProps) {
  const [basis, setBasis] = useState("");
  const [confirm, setConfirm] = useState(false);
  const e = (f: string) => err(`${intent}.${f}`);
  // Erasing cannot be undone: its tick says so.
  const confirmText = intent === "wis" ? texts.confirmErase : texts.confirm;
  return (
    <form action={formAction} className="mt-4 rounded border border-line bg-white p-4" aria-labelledby={`${intent}-titel`}>
      <h3 id={`${intent}-titel`} className="text-xl font-bold">
        {title}
      </h3>
      <p className="mt-1">{text}</p>
      <Hidden data={data} />
      <input type="hidden" name="intent" value={intent} />
      <label htmlFor={`${intent}-basis`} className="mt-3 block font-semibold">
        {texts.why}
      </label>
      <select
        id={`${intent}-basis`}
        name="basis"
        className={input}
        value={basis}
        onChange={(ev) => setBasis(ev.target.value)}
        aria-invalid={!!e("basis")}
        aria-describedby={e("basis") ? `${intent}-basis-fout` : undefined}
      >
        <option value="" disabled>
          {texts.chooseReason}
        </option>
        {RESIDENT_REQUEST_BASES.map((b) => (
          <option key={b} value={b}>
            {texts.basis[b]}
          </option>
        ))}
      </select>
      {e("basis") && (
        <p id={`${intent}-basis-fout`} className="mt-1 text-danger">
          {e("basis")}
        </p>
      )}
      <div className="mt-3 flex items-start gap-2">
        <input
          id={`${intent}-confirm`}
          name="confirm"
          type="checkbox"
          value="ja"
          className="mt-1 h-5 w-5"
          checked={confirm}
          onChange={(ev) => setConfirm(ev.target.checked)}
          aria-invalid={!!e("confirm")}
          aria-describedby={e("confirm") ? `${intent}-confirm-fout` : undefined}
        />
        <label htmlFor={`${intent}-confirm`}>{confirmText}</label>
      </div>
      {e("confirm") && (
        <p id={`${intent}-confirm-fout`} className="mt-1 text-danger">
          {e("confirm")}
        </p>
      )}
      <button type="submit" disabled={pending} className={`${button} mt-3 ${danger ? "bg-danger text-white" : "bg-brand text-white"}`}>
        {submit}
      </button>
    </form>
  );
}

export function ResidentRights({ action, texts }: { action: Action; texts: Texts }) {
  const [state, formAction, pending] = useActionState(action, null);
  // Keep the last result on screen when a later step fails (e.g. the confirmation was not ticked).
  const [shown, setShown] = useState<ResidentData | null>(null);
  const [seen, setSeen] = useState<ResidentState>(null);
  // Each success starts the change forms afresh (new key); a failure keeps what was chosen.
  const [round, setRound] = useState(0);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) {
      setShown(state.data);
      setRound((r) => r + 1);
    }
  }
  const err = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  const described = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;
  const errP = (f: string) =>
    err(f) && (
      <p id={`${f.replace(".", "-")}-fout`} className="mt-1 text-danger">
        {err(f)}
      </p>
    );

  return (
    <div>
      <form action={formAction} className="max-w-xl" aria-labelledby="zoek-titel">
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
          className={input}
          aria-invalid={!!err("residentName")}
          aria-describedby={described(err("residentName") && "residentName-fout")}
        />
        {errP("residentName")}
        <label htmlFor="residentContact" className="mt-3 block font-semibold">
          {texts.residentContact}
        </label>
        <input
          id="residentContact"
          name="residentContact"
          defaultValue={shown?.query.residentContact ?? ""}
          autoComplete="off"
          maxLength={300}
          className={input}
          aria-invalid={!!err("residentContact")}
          aria-describedby={described(err("residentContact") && "residentContact-fout")}
        />
        {errP("residentContact")}
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
                <form action={formAction} className="mt-2">
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
                  formAction={formAction}
                  pending={pending}
                  err={err}
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
                    formAction={formAction}
                    pending={pending}
                    err={err}
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
                  formAction={formAction}
                  pending={pending}
                  err={err}
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
