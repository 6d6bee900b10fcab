"use client";
/** Small forms of the plan page: a status per theme, and a new SMART goal. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { createSmartGoalAction, setPlanItemStatusAction } from "../actions";
import { PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanStatus } from "../plan-items";
import { INDICATOR_KEYS } from "../indicator-keys";

export function PlanStatusSelect({
  gemeenteSlug,
  itemKey,
  label,
  status,
}: {
  gemeenteSlug: string;
  itemKey: string;
  label: string;
  status: PlanStatus;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const id = `status-${itemKey.replace(/[^a-z-]/g, "-")}`;
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        Status van {label}
      </label>
      <select
        id={id}
        defaultValue={status}
        disabled={pending}
        className="rounded border border-field bg-white px-2 py-1"
        onChange={(e) => {
          const value = e.target.value;
          startTransition(async () => {
            const r = await setPlanItemStatusAction(gemeenteSlug, { key: itemKey, status: value });
            setMessage(r.ok ? "Opgeslagen." : r.message);
            router.refresh();
          });
        }}
      >
        {PLAN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {PLAN_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <span role="status" aria-live="polite" className="ml-2">
        {message}
      </span>
    </div>
  );
}

/** The "Toelichting" of one theme or building block: a short text beside its status. */
export function PlanNoteForm({
  gemeenteSlug,
  itemKey,
  label,
  status,
  note,
}: {
  gemeenteSlug: string;
  itemKey: string;
  label: string;
  status: PlanStatus;
  note: string | null;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const id = `toelichting-${itemKey.replace(/[^a-z-]/g, "-")}`;
  return (
    <form
      method="post"
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const value = String(new FormData(e.currentTarget).get("note") ?? "");
        startTransition(async () => {
          const r = await setPlanItemStatusAction(gemeenteSlug, { key: itemKey, status, note: value });
          setMessage(r.ok ? "Opgeslagen." : r.message);
          router.refresh();
        });
      }}
    >
      <label htmlFor={id} className="sr-only">
        Toelichting bij {label}
      </label>
      <input
        id={id}
        name="note"
        defaultValue={note ?? ""}
        maxLength={500}
        className="min-w-48 flex-1 rounded border border-field bg-white px-2 py-1"
      />
      <button type="submit" disabled={pending} className="rounded border border-brand px-2 py-1 font-semibold text-brand-strong">
        Opslaan<span className="sr-only"> toelichting bij {label}</span>
      </button>
      <span role="status" aria-live="polite">
        {message}
      </span>
    </form>
  );
}

const FIELDS = ["title", "indicator", "baseline", "target", "dueDate", "manualValue", "source"] as const;
type Field = (typeof FIELDS)[number];

export function SmartGoalForm({
  gemeenteSlug,
  indicatorLabels,
  categoryIndicators = {},
}: {
  gemeenteSlug: string;
  indicatorLabels: Record<string, string>;
  categoryIndicators?: Record<string, string>;
}) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const indicatorOptions = {
    ...Object.fromEntries(INDICATOR_KEYS.map((k) => [k, `${indicatorLabels[k]} (telt Samenkracht zelf)`])),
    // Per hulpvraag: "signalsCategory:<key>" → "Signalen met hulpvraag Rouw en verlies (telt Samenkracht zelf)".
    ...Object.fromEntries(Object.entries(categoryIndicators).map(([k, l]) => [k, `Signalen met hulpvraag ${l} (telt Samenkracht zelf)`])),
  };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text } = readForm(event);
    const input = Object.fromEntries(FIELDS.map((f) => [f, text(f)]));
    submit(
      form,
      () => createSmartGoalAction(gemeenteSlug, input),
      () => "Het doel is toegevoegd.",
    );
  }
  const input = (f: Field, label: string, type = "text") => (
    <TextField id={`goal-${f}`} name={f} label={label} type={type} step={type === "number" ? "any" : undefined} error={errors[f]} />
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="doel-toevoegen">
      <FormStatus status={status} />
      {input("title", "Doel (specifiek en meetbaar)")}
      <SelectField
        id="goal-indicator"
        name="indicator"
        label="Welk cijfer meet dit doel?"
        options={indicatorOptions}
        placeholder="Een cijfer dat ik zelf invul (met bron)"
        defaultValue=""
        error={errors.indicator}
      />
      {input("baseline", "Beginmeting", "number")}
      {input("target", "Doel: hoeveel we willen halen", "number")}
      {input("dueDate", "Te halen op", "date")}
      {input("manualValue", "Huidige stand (alleen bij een eigen cijfer)", "number")}
      {input("source", "Bron (alleen bij een eigen cijfer)")}
      <SubmitButton pending={pending}>Doel toevoegen</SubmitButton>
    </form>
  );
}
