"use client";
/**
 * The shortlist matrix: six criteria as checkboxes per row (saved at once), the count of crosses,
 * and promotion of the selected rows or the top N into the pipeline. Keyboard: native checkboxes.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { MATRIX_CRITERIA, matrixScore, type MatrixCrosses } from "../matrix";
import { promoteToPipelineAction, updateMatrixAction } from "../actions";
import { ZPromote } from "../schemas";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

export type MatrixRow = { id: string; name: string; sector: string; crosses: MatrixCrosses };

export function MatrixTable({ slug, rows, texts }: { slug: string; rows: MatrixRow[]; texts: Messages["engagementPages"]["matrixTable"] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [crosses, setCrosses] = useState<Record<string, MatrixCrosses>>(() => Object.fromEntries(rows.map((r) => [r.id, r.crosses])));
  const [selected, setSelected] = useState<string[]>([]);
  const [top, setTop] = useState("3");
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [topError, setTopError] = useState<string | null>(null);

  const toggle = (row: MatrixRow, key: keyof MatrixCrosses, value: boolean) => {
    setCrosses((c) => ({ ...c, [row.id]: { ...c[row.id], [key]: value } }));
    startTransition(async () => {
      const result = await updateMatrixAction(slug, row.id, { [key]: value });
      if (!result.ok) {
        setCrosses((c) => ({ ...c, [row.id]: { ...c[row.id], [key]: !value } }));
        setStatus({ ok: false, text: result.message });
      } else {
        setStatus({
          ok: true,
          text: fillMarks(texts.crossesOf, {
            name: row.name,
            n: String(matrixScore(result.data as unknown as MatrixCrosses)),
          }),
        });
      }
    });
  };

  const promote = (input: { vestigingIds?: string[]; top?: number }) => {
    const parsed = ZPromote.safeParse(input);
    if (!parsed.success) {
      setStatus({ ok: false, text: parsed.error.issues[0]?.message ?? texts.checkChoice });
      return;
    }
    startTransition(async () => {
      const result = await promoteToPipelineAction(slug, parsed.data);
      if (result.ok) {
        setSelected([]);
        const names = result.data.promoted.map((p) => p.name).join(", ");
        setStatus({
          ok: true,
          text: names ? fillMarks(texts.promoted, { names }) : texts.nobodyPromoted,
        });
        router.refresh();
      } else {
        setStatus({ ok: false, text: result.fieldErrors?.vestigingIds?.[0] ?? result.message });
      }
    });
  };

  return (
    <>
      <div role="status" aria-live="polite" className="mt-4 min-h-6">
        {status ? <p className={status.ok ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
      </div>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{texts.caption}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-2">
                {texts.choose}
              </th>
              <th scope="col" className="py-2 pr-4">
                {texts.entrepreneur}
              </th>
              {MATRIX_CRITERIA.map((c) => (
                <th key={c.key} scope="col" className="py-2 pr-2">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="py-2 pr-2">
                {texts.crosses}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-line">
                <td className="py-2 pr-2">
                  <input
                    type="checkbox"
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
                      aria-label={`${c.label} ${r.name}`}
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
          </tbody>
        </table>
      </div>
      <div className="mt-6 flex flex-wrap items-end gap-6">
        <button
          type="button"
          disabled={pending}
          onClick={() => promote({ vestigingIds: selected.length ? selected : undefined, top: undefined })}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
        >
          {texts.promoteChosen}
        </button>
        <form
          method="post"
          className="flex items-end gap-2"
          aria-label={texts.topForm}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(top);
            if (!Number.isInteger(n) || n < 1 || n > 200) {
              setTopError(texts.topInvalid);
              return;
            }
            setTopError(null);
            promote({ top: n });
          }}
        >
          <div>
            <label htmlFor="matrix-top" className="font-semibold">
              {texts.topCount}
            </label>
            <input
              id="matrix-top"
              type="number"
              min={1}
              max={200}
              value={top}
              onChange={(e) => setTop(e.target.value)}
              aria-invalid={topError ? true : undefined}
              aria-describedby={topError ? "matrix-top-fout" : undefined}
              className="mt-1 block w-32 rounded border border-field bg-white px-3 py-2"
            />
            {topError ? (
              <p id="matrix-top-fout" className="mt-1 text-danger">
                {topError}
              </p>
            ) : null}
          </div>
          <button type="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold disabled:opacity-70">
            {texts.topSubmit}
          </button>
        </form>
      </div>
    </>
  );
}
