"use client";
/** The next step for a signal: choose a step, say why, and (when needed) a person, referral or outcome. */
import { useActionState } from "react";
import type { TransitionState } from "../actions";
import type { SignalOutcome, SignalStatus } from "../flow";

type Action = (prev: TransitionState, fd: FormData) => Promise<TransitionState>;
const input = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base";

export function TransitionForm(props: {
  action: Action;
  next: { value: SignalStatus; label: string }[];
  outcomes: { value: SignalOutcome; label: string }[];
  people: { id: string; label: string; role: string }[];
}) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const err = (f: string) => (state && !state.ok ? state.fieldErrors?.[f]?.[0] : undefined);
  const errP = (f: string) => err(f) && <p id={`${f}-fout`} className="mt-1 text-danger">{err(f)}</p>;
  return (
    <form action={formAction} className="max-w-xl">
      <label htmlFor="to" className="block font-semibold">Volgende stap</label>
      <select id="to" name="to" className={input} aria-describedby={err("to") ? "to-fout" : undefined} required>
        {props.next.map((n) => <option key={n.value} value={n.value}>{n.label}</option>)}
      </select>
      {errP("to")}
      <label htmlFor="reason" className="mt-4 block font-semibold">Waarom?</label>
      <textarea id="reason" name="reason" rows={3} maxLength={1000} className={input} aria-invalid={!!err("reason")} aria-describedby={err("reason") ? "reason-fout" : undefined} />
      {errP("reason")}
      <label htmlFor="assigneeUserId" className="mt-4 block font-semibold">Medewerker van het team (bij team welzijn of team eenzaamheid)</label>
      <select id="assigneeUserId" name="assigneeUserId" className={input} aria-describedby={err("assigneeUserId") ? "assigneeUserId-fout" : undefined}>
        <option value="">Nog niemand</option>
        {props.people.filter((p) => p.role.startsWith("TEAM_")).map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
      </select>
      {errP("assigneeUserId")}
      <label htmlFor="volunteerUserId" className="mt-4 block font-semibold">Vrijwilliger (bij vrijwilliger koppelen)</label>
      <select id="volunteerUserId" name="volunteerUserId" className={input}>
        <option value="">Geen</option>
        {props.people.filter((p) => p.role === "VRIJWILLIGER").map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
      </select>
      {errP("volunteerUserId")}
      <label htmlFor="referralTo" className="mt-4 block font-semibold">Doorverwezen naar (bij doorverwijzen)</label>
      <input id="referralTo" name="referralTo" className={input} maxLength={300} />
      {errP("referralTo")}
      <label htmlFor="outcome" className="mt-4 block font-semibold">Uitkomst (bij afsluiten)</label>
      <select id="outcome" name="outcome" className={input}>
        <option value="">Kies</option>
        {props.outcomes.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {errP("outcome")}
      <div aria-live="polite" className="mt-4">
        {state?.ok && <p>De stap is opgeslagen.</p>}
        {state && !state.ok && <p className="text-danger">{state.message}</p>}
      </div>
      <button type="submit" disabled={pending} className="mt-2 rounded bg-brand px-4 py-2 font-semibold text-white">Stap opslaan</button>
    </form>
  );
}
