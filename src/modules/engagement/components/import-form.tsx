"use client";
/**
 * CSV longlist import: all or nothing; on any error the per-row report is shown and nothing is imported.
 *
 * Not on useActionForm (src/components/forms/action-form.ts), on purpose: the form sends a FILE. The
 * browser reads it and finds its encoding (UTF-8 or Windows-1252, what Dutch Excel writes) before
 * sending the text, and names that encoding in the report, also when the import is refused; the
 * one reader of posted forms (formValues) reads text fields only, and a refused result carries no
 * encoding. It needs JavaScript, as before.
 */
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { decodeCsvBytes, encodingNotice } from "@/lib/csv/decode";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import { importLonglistAction } from "../actions";

export function ImportForm({ slug, texts }: { slug: string; texts: Messages["engagementPages"]["importForm"] }) {
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string; rows?: [string, string[]][] } | null>(null);

  return (
    <form
      method="post"
      aria-label={texts.label}
      noValidate
      className="mt-4 grid max-w-xl gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const file = fileRef.current?.files?.[0];
        if (!file) {
          setStatus({ ok: false, text: texts.chooseFile });
          requestAnimationFrame(() => reportRef.current?.focus());
          return;
        }
        startTransition(async () => {
          // Dutch Excel saves CSV as Windows-1252: detect it instead of showing "Caf�".
          const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
          const read = encodingNotice(encoding);
          const result = await importLonglistAction(slug, text);
          if (result.ok) {
            const n =
              (result.data as { created?: number; count?: number } | null)?.created ?? (result.data as { count?: number } | null)?.count;
            setStatus({
              ok: true,
              text: `${n !== undefined ? fillMarks(texts.imported, { n: String(n) }) : texts.importedList} ${read}`,
            });
            router.refresh();
          } else {
            setStatus({
              ok: false,
              text: `${result.message} ${texts.nothingImported} ${read}`,
              rows: Object.entries(result.fieldErrors ?? {}),
            });
          }
          requestAnimationFrame(() => reportRef.current?.focus());
        });
      }}
    >
      <div>
        <label htmlFor="import-file" className="font-semibold">
          {texts.file}
        </label>
        <input id="import-file" ref={fileRef} type="file" accept=".csv,text/csv" aria-describedby="import-uitleg" className="mt-1 block" />
        <p id="import-uitleg" className="mt-1 text-sm text-muted">
          {texts.hint}
        </p>
      </div>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
        >
          {pending ? texts.busy : texts.submit}
        </button>
      </div>
      <div ref={reportRef} tabIndex={-1} role="status" aria-live="polite" className="outline-none">
        {status ? <p className={status.ok ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
        {status?.rows?.length ? (
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="text-left font-semibold">{texts.errorsCaption}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="pr-4">
                  {texts.line}
                </th>
                <th scope="col">{texts.problem}</th>
              </tr>
            </thead>
            <tbody>
              {status.rows.map(([line, messages]) => (
                <tr key={line} className="border-b border-line">
                  <th scope="row" className="pr-4">
                    {line}
                  </th>
                  <td>{messages.join(" ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </form>
  );
}
