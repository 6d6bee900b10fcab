"use client";
/**
 * The next step for a signal: choose a step, say why, and only what that step needs (a team member,
 * a volunteer, a referral or an outcome). Progressive: without JavaScript every step's fields stand in
 * their own fieldset ("Bij team welzijn …"); with JavaScript only the chosen step's fieldset shows.
 * The hulpvraag and risk group can be set or corrected at any step.
 * The one form pattern (src/components/forms/action-form.ts): with JavaScript the browser first
 * checks the values with the server's ZTransitionInput (loaded at the first focus); the server
 * checks the rest (the flow, the team, the volunteer).
 */
import { useEffect, useRef, useState } from "react";
import { useActionForm } from "@/components/forms/action-form";
import { FieldError, FormStatus, fieldAria, inputClass } from "@/components/forms/form-fields";
import type { Messages } from "@/i18n/messages";
import type { TransitionState } from "../actions";
import type { SignalOutcome, SignalStatus } from "../flow";
import { TRANSITION_FORM } from "../form-fields";

type Action = (prev: TransitionState, fd: FormData) => Promise<TransitionState>;

/** Which extra fields a step needs (the rest of the form is the same for every step). */
export type StepNeed = "team" | "volunteer" | "referral" | "outcome";
function stepNeed(to: SignalStatus): StepNeed | null {
  if (to === "TEAM_WELZIJN" || to === "TEAM_EENZAAMHEID") return "team";
  if (to === "VRIJWILLIGER") return "volunteer";
  if (to === "DOORVERWEZEN") return "referral";
  if (to === "AFGESLOTEN") return "outcome";
  return null;
}

export function TransitionForm(props: {
  action: Action;
  texts: Messages["signalsPages"]["transition"];
  next: { value: SignalStatus; label: string }[];
  outcomes: { value: SignalOutcome; label: string }[];
  people: { id: string; label: string; role: string }[];
  categories?: { value: string; label: string }[];
  riskGroups?: { value: string; label: string }[];
  current?: { category: string | null; riskGroup: string | null };
}) {
  const tx = props.texts;
  const [to, setTo] = useState<SignalStatus | undefined>(props.next[0]?.value);
  const toSelect = useRef<HTMLSelectElement>(null);
  const { formProps, errors, status, pending } = useActionForm({
    action: props.action,
    fields: TRANSITION_FORM,
    schema: () => import("../schemas").then((m) => m.ZTransitionInput),
    okText: () => tx.saved,
    // The form empties after a step; the chosen step follows what the emptied list shows.
    onSuccess: () => setTo((toSelect.current?.value as SignalStatus | undefined) || props.next[0]?.value),
  });
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const err = (f: string): string | undefined => errors[f];
  const errP = (f: string) => <FieldError id={f} error={err(f)} />;
  const described = (f: string) => fieldAria(f, err(f));
  const needs = new Set(props.next.map((n) => stepNeed(n.value)).filter((n): n is StepNeed => !!n));
  const chosen = to ? stepNeed(to) : null;
  // Without JavaScript: every fieldset a possible step needs. With it: only the chosen step's.
  const shows = (n: StepNeed) => needs.has(n) && (!enhanced || chosen === n);
  /** A labelled select `id` of `options` after an empty first choice (`empty`), with its error under it. */
  const choice = (
    id: string,
    label: string,
    empty: string,
    options: { value: string; label: string }[],
    more: { defaultValue?: string; labelClass?: string } = {},
  ) => (
    <>
      <label htmlFor={id} className={more.labelClass ?? "block"}>
        {label}
      </label>
      <select id={id} name={id} className={inputClass} defaultValue={more.defaultValue} {...described(id)}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errP(id)}
    </>
  );
  const peopleWho = (keep: (p: (typeof props.people)[number]) => boolean) =>
    props.people.filter(keep).map((p) => ({ value: p.id, label: p.label }));
  const fieldset = (n: StepNeed, body: React.ReactNode) =>
    shows(n) && (
      <fieldset className="mt-4 rounded border border-line p-3" data-step-need={n}>
        <legend className="px-1 font-semibold">{tx.needLegend[n]}</legend>
        {body}
      </fieldset>
    );
  return (
    <form {...formProps} className="max-w-xl">
      <label htmlFor="to" className="block font-semibold">
        {tx.nextStep}
      </label>
      <select
        ref={toSelect}
        id="to"
        name="to"
        className={inputClass}
        {...described("to")}
        required
        value={to}
        onChange={(e) => setTo(e.target.value as SignalStatus)}
      >
        {props.next.map((n) => (
          <option key={n.value} value={n.value}>
            {n.label}
          </option>
        ))}
      </select>
      {errP("to")}
      <label htmlFor="reason" className="mt-4 block font-semibold">
        {tx.reason}
      </label>
      <textarea id="reason" name="reason" rows={3} maxLength={1000} className={inputClass} {...described("reason")} />
      {errP("reason")}
      {fieldset(
        "team",
        choice(
          "assigneeUserId",
          tx.teamMember,
          tx.nobodyYet,
          peopleWho((p) => p.role === to || (!enhanced && p.role.startsWith("TEAM_"))),
        ),
      )}
      {fieldset(
        "volunteer",
        choice(
          "volunteerUserId",
          tx.volunteer,
          tx.choose,
          peopleWho((p) => p.role === "VRIJWILLIGER"),
        ),
      )}
      {fieldset(
        "referral",
        <>
          <label htmlFor="referralTo" className="block">
            {tx.referralTo}
          </label>
          <input id="referralTo" name="referralTo" className={inputClass} maxLength={300} {...described("referralTo")} />
          {errP("referralTo")}
        </>,
      )}
      {fieldset("outcome", choice("outcome", tx.outcome, tx.choose, props.outcomes))}
      {props.categories && (
        <fieldset className="mt-4 rounded border border-line p-3">
          <legend className="px-1 font-semibold">{tx.themesLegend}</legend>
          {choice("category", tx.category, tx.notChosen, props.categories, { defaultValue: props.current?.category ?? "" })}
          {choice("riskGroup", tx.riskGroup, tx.notChosen, props.riskGroups ?? [], {
            defaultValue: props.current?.riskGroup ?? "",
            labelClass: "mt-3 block",
          })}
        </fieldset>
      )}
      <div className="mt-4">
        <FormStatus status={status} />
      </div>
      <button type="submit" disabled={pending} className="mt-2 rounded bg-brand px-4 py-2 font-semibold text-white">
        {tx.submit}
      </button>
    </form>
  );
}
