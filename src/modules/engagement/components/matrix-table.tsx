"use client";
/**
 * The shortlist matrix: six criteria as checkboxes per row (saved at once, with JavaScript), the
 * count of crosses, and promotion of the selected rows or the top N into the pipeline. Keyboard:
 * native checkboxes.
 *
 * Promoting is two forms in the one form pattern (src/components/forms/action-form.ts), posting to
 * the same server action (bound to the gemeente by the page), also without JavaScript: "the chosen
 * ones" (its button, and the rows' "Kies" boxes joined to it with the `form` attribute) and "the top
 * N". The action reads both with one field list (../form-fields.ts PROMOTE_FORM, promoteInput); the
 * server validates (no schema check in the browser: the input is converted first), the top N field
 * is checked here as before.
 */
import { useState, useTransition, type FormEvent } from "react";
import { useActionForm, type FormAction, type FormState } from "@/components/forms/action-form";
import { FieldError } from "@/components/forms/form-fields";
import { DataTable } from "@/components/data-table";
import { MATRIX_CRITERIA, matrixScore, type MatrixCrosses, type MatrixKey } from "../matrix";
import { updateMatrixAction } from "../actions";
import type { promoteToPipeline } from "../server/pipeline";
import { PROMOTE_FORM } from "../form-fields";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

export type MatrixRow = { id: string; name: string; sector: string; crosses: MatrixCrosses };
type Status = { ok: boolean; text: string } | null;
/** What promoting returns: the relations moved into the pipeline. */
type TPromoted = Awaited<ReturnType<typeof promoteToPipeline>>;

/** The form the rows' "Kies" boxes belong to (one matrix per page). */
const CHOSEN_FORM = "matrix-kiezen";

export function MatrixTable({
  slug,
  promoteAction: action,
  rows,
  texts,
  criteria,
}: {
  /** The gemeente, for saving a cross (with JavaScript). */
  slug: string;
  /** `promoteAction`: promoteToPipelineAction bound to the gemeente by the page; both promote forms post to it, also without JavaScript. */
  promoteAction: FormAction<TPromoted>;
  rows: MatrixRow[];
  texts: Messages["engagementPages"]["matrixTable"];
  /** The criteria's names in the reader's language (`t.labels.matrixCriterion`). */
  criteria: Readonly<Record<MatrixKey, string>>;
}) {
  const [toggling, startTransition] = useTransition();
  const [crosses, setCrosses] = useState<Record<string, MatrixCrosses>>(() => Object.fromEntries(rows.map((r) => [r.id, r.crosses])));
  const [selected, setSelected] = useState<string[]>([]);
  const [toggleStatus, setToggleStatus] = useState<Status>(null);
  const [topError, setTopError] = useState<string | null>(null);
  // Which of the three the status line is about: the last thing done (after a post without JavaScript, its result).
  const [latest, setLatest] = useState<"toggle" | "chosen" | "top" | null>(null);

  const clearChoice = () => setSelected([]);
  const chosen = useActionForm({ action, fields: PROMOTE_FORM, resetOnSuccess: false, onSuccess: clearChoice });
  const top = useActionForm({ action, fields: PROMOTE_FORM, resetOnSuccess: false, onSuccess: clearChoice });
  const pending = toggling || chosen.pending || top.pending;

  const promoteStatus = (state: FormState<TPromoted>): Status => {
    if (!state) return null;
    if (!state.ok) return { ok: false, text: state.fieldErrors?.vestigingIds?.[0] ?? state.message };
    const names = state.data.promoted.map((p) => p.name).join(", ");
    return { ok: true, text: names ? fillMarks(texts.promoted, { names }) : texts.nobodyPromoted };
  };
  const about = latest ?? (chosen.state ? "chosen" : top.state ? "top" : null);
  const status =
    about === "toggle" ? toggleStatus : about === "chosen" ? promoteStatus(chosen.state) : about ? promoteStatus(top.state) : null;
  const topMessage = topError ?? top.errors.top;

  const onTopSubmit = (event: FormEvent<HTMLFormElement>) => {
    const field = event.currentTarget.elements.namedItem("top") as HTMLInputElement | null;
    const n = Number(field?.value ?? "");
    if (!Number.isInteger(n) || n < 1 || n > 200) {
      event.preventDefault();
      setTopError(texts.topInvalid);
      field?.focus();
      return;
    }
    setTopError(null);
    setLatest("top");
    top.formProps.onSubmit(event);
  };

  const toggle = (row: MatrixRow, key: keyof MatrixCrosses, value: boolean) => {
    setCrosses((c) => ({ ...c, [row.id]: { ...c[row.id], [key]: value } }));
    startTransition(async () => {
      const result = await updateMatrixAction(slug, row.id, { [key]: value });
      setLatest("toggle");
      if (!result.ok) {
        setCrosses((c) => ({ ...c, [row.id]: { ...c[row.id], [key]: !value } }));
        setToggleStatus({ ok: false, text: result.message });
      } else {
        setToggleStatus({
          ok: true,
          text: fillMarks(texts.crossesOf, {
            name: row.name,
            n: String(matrixScore(result.data as unknown as MatrixCrosses)),
          }),
        });
      }
    });
  };

  return (
    <>
      <div role="status" aria-live="polite" className="mt-4 min-h-6">
        {status ? <p className={status.ok ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
      </div>
      <DataTable
        scroll
        className="mt-2"
        caption={texts.caption}
        columns={[
          { head: texts.choose, narrow: true },
          texts.entrepreneur,
          ...MATRIX_CRITERIA.map((c) => ({ head: criteria[c.key], narrow: true as const })),
          { head: texts.crosses, narrow: true },
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-line">
            <td className="py-2 pr-2">
              <input
                type="checkbox"
                name="vestigingIds"
                value={r.id}
                form={CHOSEN_FORM}
                aria-label={fillMarks(texts.chooseRow, { name: r.name })}
                checked={selected.includes(r.id)}
                onChange={(e) => setSelected((s) => (e.target.checked ? [...s, r.id] : s.filter((x) => x !== r.id)))}
              />
            </td>
            <th scope="row" className="py-2 pr-4 font-semibold">
              {r.name}
            </th>
            {MATRIX_CRITERIA.map((c) => (
              <td key={c.key} className="py-2 pr-2">
                <input
                  type="checkbox"
                  aria-label={`${criteria[c.key]} ${r.name}`}
                  checked={!!crosses[r.id]?.[c.key]}
                  onChange={(e) => toggle(r, c.key, e.target.checked)}
                />
              </td>
            ))}
            <td className="py-2 pr-2" data-testid={`score-${r.id}`}>
              {matrixScore(crosses[r.id] ?? {})}
            </td>
          </tr>
        ))}
      </DataTable>
      <div className="mt-6 flex flex-wrap items-end gap-6">
        <form
          id={CHOSEN_FORM}
          {...chosen.formProps}
          onSubmit={(event) => {
            setLatest("chosen");
            chosen.formProps.onSubmit(event);
          }}
        >
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
          >
            {texts.promoteChosen}
          </button>
        </form>
        <form {...top.formProps} onSubmit={onTopSubmit} className="flex items-end gap-2" aria-label={texts.topForm}>
          <div>
            <label htmlFor="matrix-top" className="font-semibold">
              {texts.topCount}
            </label>
            <input
              id="matrix-top"
              name="top"
              type="number"
              min={1}
              max={200}
              defaultValue="3"
              aria-invalid={topMessage ? true : undefined}
              aria-describedby={topMessage ? "matrix-top-fout" : undefined}
              className="mt-1 block w-32 rounded border border-field bg-white px-3 py-2"
            />
            <FieldError id="matrix-top" error={topMessage} />
          </div>
          <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold disabled:opacity-70">
            {texts.topSubmit}
          </button>
        </form>
      </div>
    </>
  );
}
