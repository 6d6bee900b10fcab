"use client";
/**
 * Small forms of the plan page: a status per theme, and a new SMART goal. Their texts come from the catalogue
 * through the page (planPages.planStatus, planNote, goalForm): in the HTML, not in this script.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { createSmartGoalAction, setPlanItemStatusAction } from "../actions";
import { PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanStatus } from "../plan-items";
import { INDICATOR_KEYS } from "../indicator-keys";
import { fillMarks } from "@/lib/text/marks";

export function PlanStatusSelect({
  gemeenteSlug,
  itemKey,
  label,
  status,
  texts,
}: {
  gemeenteSlug: string;
  itemKey: string;
  label: string;
  status: PlanStatus;
  texts: Record<"label" | "saved", string>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const id = `status-${itemKey.replace(/[^a-z-]/g, "-")}`;
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {fillMarks(texts.label, { label })}
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
            setMessage(r.ok ? texts.saved : r.message);
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
  texts,
}: {
  gemeenteSlug: string;
  itemKey: string;
  label: string;
  status: PlanStatus;
  note: string | null;
  texts: Record<"label" | "save" | "saveWhat" | "saved", string>;
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
          setMessage(r.ok ? texts.saved : r.message);
          router.refresh();
        });
      }}
    >
      <label htmlFor={id} className="sr-only">
        {fillMarks(texts.label, { label })}
      </label>
      <input
        id={id}
        name="note"
        defaultValue={note ?? ""}
        maxLength={500}
        className="min-w-48 flex-1 rounded border border-field bg-white px-2 py-1"
      />
      <button type="submit" disabled={pending} className="rounded border border-brand px-2 py-1 font-semibold text-brand-strong">
        {texts.save}
        <span className="sr-only"> {fillMarks(texts.saveWhat, { label })}</span>
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
  texts: x,
}: {
  gemeenteSlug: string;
  indicatorLabels: Record<string, string>;
  categoryIndicators?: Record<string, string>;
  texts: Record<
    | "selfCounted"
    | "categoryIndicator"
    | "added"
    | "title"
    | "indicator"
    | "indicatorPlaceholder"
    | "baseline"
    | "target"
    | "dueDate"
    | "manualValue"
    | "source"
    | "submit",
    string
  >;
}) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const selfCounted = (label: string) => fillMarks(x.selfCounted, { label });
  const indicatorOptions = {
    ...Object.fromEntries(INDICATOR_KEYS.map((k) => [k, selfCounted(indicatorLabels[k] ?? k)])),
    // Per hulpvraag: "signalsCategory:<key>" → "Signalen met hulpvraag Rouw en verlies (telt Samenkracht zelf)".
    ...Object.fromEntries(
      Object.entries(categoryIndicators).map(([k, l]) => [k, selfCounted(fillMarks(x.categoryIndicator, { category: l }))]),
    ),
  };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text } = readForm(event);
    const input = Object.fromEntries(FIELDS.map((f) => [f, text(f)]));
    submit(
      form,
      () => createSmartGoalAction(gemeenteSlug, input),
      () => x.added,
    );
  }
  const input = (f: Field, label: string, type = "text") => (
    <TextField id={`goal-${f}`} name={f} label={label} type={type} step={type === "number" ? "any" : undefined} error={errors[f]} />
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="doel-toevoegen">
      <FormStatus status={status} />
      {input("title", x.title)}
      <SelectField
        id="goal-indicator"
        name="indicator"
        label={x.indicator}
        options={indicatorOptions}
        placeholder={x.indicatorPlaceholder}
        defaultValue=""
        error={errors.indicator}
      />
      {input("baseline", x.baseline, "number")}
      {input("target", x.target, "number")}
      {input("dueDate", x.dueDate, "date")}
      {input("manualValue", x.manualValue, "number")}
      {input("source", x.source)}
      <SubmitButton pending={pending}>{x.submit}</SubmitButton>
    </form>
  );
}
