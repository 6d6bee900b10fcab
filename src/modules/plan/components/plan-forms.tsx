"use client";
/**
 * Small forms of the plan page: a status per theme, its toelichting, and a new SMART goal, in the one
 * form pattern (src/components/forms/action-form.ts): each posts its FormData to a server action.
 * Their texts come from the catalogue through the page (planPages.planStatus, planNote, goalForm): in
 * the HTML, not in this script.
 */
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { PLAN_NOTE_FORM, PLAN_STATUS_FORM, SMART_GOAL_FORM } from "../form-fields";
import { PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanStatus } from "../plan-items";
import { INDICATOR_KEYS } from "../indicator-keys";
import { fillMarks } from "@/lib/text/marks";
import type { FormFields } from "@/lib/input/form-values";

/**
 * The status select and the note form post to the same action (setPlanItemStatusAction, which tells them apart by
 * the `note` field) and keep their values after a save: the page shows the change, the status line says it is saved.
 */
function usePlanItemForm(action: FormAction<void>, fields: FormFields, saved: string) {
  return useActionForm({ action, fields, okText: () => saved, resetOnSuccess: false });
}

/**
 * The status of one theme or building block: a form of one select that is sent as soon as the choice
 * changes (that needs JavaScript, as before: there is no button to press). It posts no note, so the
 * toelichting stays as it is.
 */
export function PlanStatusSelect({
  action,
  itemKey,
  label,
  status,
  texts,
}: {
  /** setPlanItemStatusAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
  action: FormAction<void>;
  itemKey: string;
  label: string;
  status: PlanStatus;
  texts: Record<"label" | "saved", string>;
}) {
  const { formProps, status: result, pending } = usePlanItemForm(action, PLAN_STATUS_FORM, texts.saved);
  const id = `status-${itemKey.replace(/[^a-z-]/g, "-")}`;
  return (
    <form {...formProps}>
      <input type="hidden" name="key" value={itemKey} />
      <label htmlFor={id} className="sr-only">
        {fillMarks(texts.label, { label })}
      </label>
      <select
        id={id}
        name="status"
        defaultValue={status}
        disabled={pending}
        className="rounded border border-field bg-white px-2 py-1"
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
      >
        {PLAN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {PLAN_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <span role="status" aria-live="polite" className="ml-2">
        {result?.text}
      </span>
    </form>
  );
}

/** The "Toelichting" of one theme or building block: a short text beside its status (posted with the current status). */
export function PlanNoteForm({
  action,
  itemKey,
  label,
  status,
  note,
  texts,
}: {
  /** setPlanItemStatusAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
  action: FormAction<void>;
  itemKey: string;
  label: string;
  status: PlanStatus;
  note: string | null;
  texts: Record<"label" | "save" | "saveWhat" | "saved", string>;
}) {
  // No browser check: the field's maxLength keeps it in bounds, and a refusal shows in the status line.
  const { formProps, status: result, pending } = usePlanItemForm(action, PLAN_NOTE_FORM, texts.saved);
  const id = `toelichting-${itemKey.replace(/[^a-z-]/g, "-")}`;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="key" value={itemKey} />
      <input type="hidden" name="status" value={status} />
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
        {result?.text}
      </span>
    </form>
  );
}

type Field = keyof typeof SMART_GOAL_FORM;

export function SmartGoalForm({
  action,
  indicatorLabels,
  categoryIndicators = {},
  texts: x,
}: {
  /** createSmartGoalAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
  action: FormAction<{ id: string }>;
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
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: SMART_GOAL_FORM,
    schema: () => import("../schemas").then((m) => m.ZSmartGoalInput),
    okText: () => x.added,
  });
  const selfCounted = (label: string) => fillMarks(x.selfCounted, { label });
  const indicatorOptions = {
    ...Object.fromEntries(INDICATOR_KEYS.map((k) => [k, selfCounted(indicatorLabels[k] ?? k)])),
    // Per hulpvraag: "signalsCategory:<key>" → "Signalen met hulpvraag Rouw en verlies (telt Samenkracht zelf)".
    ...Object.fromEntries(
      Object.entries(categoryIndicators).map(([k, l]) => [k, selfCounted(fillMarks(x.categoryIndicator, { category: l }))]),
    ),
  };

  const input = (f: Field, label: string, type = "text") => (
    <TextField id={`goal-${f}`} name={f} label={label} type={type} step={type === "number" ? "any" : undefined} error={errors[f]} />
  );
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="doel-toevoegen">
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
