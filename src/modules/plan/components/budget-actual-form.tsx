"use client";
/**
 * Enter the actual amount of one budget line in one year, in the one form pattern
 * (src/components/forms/action-form.ts): it posts with or without JavaScript; with JavaScript the
 * browser first checks it with the server's schema (ZBudgetActualInput, loaded at the first focus).
 * Errors are tied to their fields. Its texts come from the catalogue through the page
 * (planPages.budgetForm): in the HTML, not in this script.
 */
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { FieldError, fieldAria, FormStatus, inputClass, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { BUDGET_LINE_LABELS, type ActualEntry } from "../budget";
import { BUDGET_ACTUAL_FORM } from "../form-fields";

export function BudgetActualForm({
  action,
  years,
  texts: x,
}: {
  /** setBudgetActualAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
  action: FormAction<ActualEntry>;
  years: number[];
  texts: Record<"saved" | "year" | "line" | "linePlaceholder" | "amount" | "note" | "submit", string>;
}) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: BUDGET_ACTUAL_FORM,
    schema: () => import("../schemas").then((m) => m.ZBudgetActualInput),
    okText: () => x.saved,
  });

  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="uitgaven-invoeren">
      <FormStatus status={status} />
      {/* Years are numbers in plan order; SelectField's Record would sort them, so this select stays here. */}
      <div>
        <label htmlFor="budget-year" className="font-semibold">
          {x.year}
        </label>
        <select id="budget-year" name="year" className={inputClass} defaultValue={years[0]} {...fieldAria("budget-year", errors.year)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <FieldError id="budget-year" error={errors.year} />
      </div>
      <SelectField
        id="budget-line"
        name="line"
        label={x.line}
        options={BUDGET_LINE_LABELS}
        placeholder={x.linePlaceholder}
        defaultValue=""
        error={errors.line}
      />
      <TextField id="budget-amount" name="amount" label={x.amount} inputMode="decimal" error={errors.amount} />
      <TextField id="budget-note" name="note" label={x.note} optional error={errors.note} />
      <SubmitButton
        pending={pending}
        className="justify-self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {x.submit}
      </SubmitButton>
    </form>
  );
}
