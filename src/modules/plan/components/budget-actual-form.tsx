"use client";
/** Enter the actual amount of one budget line in one year. Errors are tied to their fields. */
import { useServerForm } from "@/components/forms/use-server-form";
import { setBudgetActualAction } from "../actions";
import { BUDGET_LINE_LABELS, BUDGET_LINES } from "../budget";

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
const FIELDS = ["year", "line", "amount", "note"] as const;
type Field = (typeof FIELDS)[number];

export function BudgetActualForm({ gemeenteSlug, years }: { gemeenteSlug: string; years: number[] }) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const input = { year: fd.get("year"), line: fd.get("line"), amount: String(fd.get("amount") ?? ""), note: String(fd.get("note") ?? "") };
    submit(form, () => setBudgetActualAction(gemeenteSlug, input), () => "Het bedrag is opgeslagen.");
  }

  const err = (f: Field) => (errors[f] ? <p id={`${f}-fout`} className="mt-1 text-danger">{errors[f]}</p> : null);
  const aria = (f: Field) => ({ "aria-invalid": errors[f] ? true : undefined, "aria-describedby": errors[f] ? `${f}-fout` : undefined });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="uitgaven-invoeren">
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
      </div>
      <div>
        <label htmlFor="budget-year" className="font-semibold">Jaar</label>
        <select id="budget-year" name="year" className={inputClass} defaultValue={years[0]} {...aria("year")}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
        {err("year")}
      </div>
      <div>
        <label htmlFor="budget-line" className="font-semibold">Begrotingspost</label>
        <select id="budget-line" name="line" className={inputClass} defaultValue="" {...aria("line")}>
          <option value="">Kies een post</option>
          {BUDGET_LINES.map((l) => <option key={l} value={l}>{BUDGET_LINE_LABELS[l]}</option>)}
        </select>
        {err("line")}
      </div>
      <div>
        <label htmlFor="budget-amount" className="font-semibold">Werkelijk uitgegeven (euro)</label>
        <input id="budget-amount" name="amount" type="text" inputMode="decimal" className={inputClass} {...aria("amount")} />
        {err("amount")}
      </div>
      <div>
        <label htmlFor="budget-note" className="font-semibold">Toelichting (niet verplicht)</label>
        <input id="budget-note" name="note" type="text" className={inputClass} {...aria("note")} />
        {err("note")}
      </div>
      <button type="submit" disabled={pending} className="justify-self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Bezig met opslaan…" : "Bedrag opslaan"}
      </button>
    </form>
  );
}
