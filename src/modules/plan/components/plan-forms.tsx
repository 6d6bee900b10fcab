"use client";
/** Small forms of the plan page: a status per theme, and a new SMART goal. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useServerForm } from "@/components/forms/use-server-form";
import { createSmartGoalAction, setPlanItemStatusAction } from "../actions";
import { PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanStatus } from "../plan-items";
import { INDICATOR_KEYS } from "../indicator-keys";

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

export function PlanStatusSelect({ gemeenteSlug, itemKey, label, status }: { gemeenteSlug: string; itemKey: string; label: string; status: PlanStatus }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const id = `status-${itemKey.replace(/[^a-z-]/g, "-")}`;
  return (
    <div>
      <label htmlFor={id} className="sr-only">Status van {label}</label>
      <select id={id} defaultValue={status} disabled={pending} className="rounded border border-line bg-white px-2 py-1"
        onChange={(e) => {
          const value = e.target.value;
          startTransition(async () => {
            const r = await setPlanItemStatusAction(gemeenteSlug, { key: itemKey, status: value });
            setMessage(r.ok ? "Opgeslagen." : r.message);
            router.refresh();
          });
        }}>
        {PLAN_STATUSES.map((s) => <option key={s} value={s}>{PLAN_STATUS_LABELS[s]}</option>)}
      </select>
      <span role="status" aria-live="polite" className="ml-2">{message}</span>
    </div>
  );
}

const FIELDS = ["title", "indicator", "baseline", "target", "dueDate", "manualValue", "source"] as const;
type Field = (typeof FIELDS)[number];

export function SmartGoalForm({ gemeenteSlug, indicatorLabels }: { gemeenteSlug: string; indicatorLabels: Record<string, string> }) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const input = Object.fromEntries(FIELDS.map((f) => [f, String(fd.get(f) ?? "")]));
    submit(form, () => createSmartGoalAction(gemeenteSlug, input), () => "Het doel is toegevoegd.");
  }
  const err = (f: Field) => (errors[f] ? <p id={`goal-${f}-fout`} className="mt-1 text-danger">{errors[f]}</p> : null);
  const aria = (f: Field) => ({ "aria-invalid": errors[f] ? true : undefined, "aria-describedby": errors[f] ? `goal-${f}-fout` : undefined });
  const input = (f: Field, label: string, type = "text") => (
    <div>
      <label htmlFor={`goal-${f}`} className="font-semibold">{label}</label>
      <input id={`goal-${f}`} name={f} type={type} step={type === "number" ? "any" : undefined} className={inputClass} {...aria(f)} />
      {err(f)}
    </div>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="doel-toevoegen">
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
      </div>
      {input("title", "Doel (specifiek en meetbaar)")}
      <div>
        <label htmlFor="goal-indicator" className="font-semibold">Welk cijfer meet dit doel?</label>
        <select id="goal-indicator" name="indicator" className={inputClass} defaultValue="" {...aria("indicator")}>
          <option value="">Een cijfer dat ik zelf invul (met bron)</option>
          {INDICATOR_KEYS.map((k) => <option key={k} value={k}>{indicatorLabels[k]} (telt Samenkracht zelf)</option>)}
        </select>
        {err("indicator")}
      </div>
      {input("baseline", "Nulmeting", "number")}
      {input("target", "Streefgetal", "number")}
      {input("dueDate", "Te halen op", "date")}
      {input("manualValue", "Huidige stand (alleen bij een eigen cijfer)", "number")}
      {input("source", "Bron (alleen bij een eigen cijfer)")}
      <button type="submit" disabled={pending} className="justify-self-start rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {pending ? "Bezig met opslaan…" : "Doel toevoegen"}
      </button>
    </form>
  );
}
